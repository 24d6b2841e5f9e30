import { emptyCampaignForm, fieldsNamedIn, parseUnitCodes, toCreateCampaignInput } from './campaign-form';

describe('campaign form helpers', () => {
  it('starts a new campaign organised by the account’s own unit', () => {
    expect(emptyCampaignForm('766')).toMatchObject({ organiserCode: '766', code: '', parentCode: '' });
  });

  it('builds createCampaign’s input trimmed, leaving out a parent that was not typed', () => {
    const values = {
      code: ' tan-binh-2024-11 ',
      name: ' Tháng cao điểm 11/2024 ',
      kind: 'PEAK_MONTH' as const,
      organiserCode: ' 766',
      startsOn: '2024-11-01',
      endsOn: '2024-11-30',
      parentCode: '  ',
    };
    const input = toCreateCampaignInput(values);
    expect(input).toEqual({
      code: 'tan-binh-2024-11',
      name: 'Tháng cao điểm 11/2024',
      kind: 'PEAK_MONTH',
      organiserCode: '766',
      startsOn: '2024-11-01',
      endsOn: '2024-11-30',
    });
    expect('parentCode' in input).toBe(false);
    expect(toCreateCampaignInput({ ...values, parentCode: ' hcm-2024 ' }).parentCode).toBe('hcm-2024');
  });

  it('reads unit codes separated by commas, semicolons or spaces, each once', () => {
    expect(parseUnitCodes('26977, 26965 26968;26977,,')).toEqual(['26977', '26965', '26968']);
    expect(parseUnitCodes('  ')).toEqual([]);
  });

  it('finds the fields a server message names first', () => {
    expect(fieldsNamedIn('code: a campaign with the code x already exists')).toEqual(['code']);
    expect(fieldsNamedIn('startsOn, endsOn: 2024-11-01 – 2024-12-31 is outside the parent campaign p')).toEqual(['startsOn', 'endsOn']);
    expect(fieldsNamedIn('endsOn (2024-10-01) is before startsOn (2024-11-01)')).toEqual(['endsOn']);
    expect(fieldsNamedIn('name must not be empty')).toEqual(['name']);
    expect(fieldsNamedIn('Internal error')).toEqual([]);
  });
});
