import { parseBoolean, parseChoice, parseDay, parseDecimal, parseInstant, parseWholeNumber, token } from './cell-values';

const instant = (text: string) => {
  const p = parseInstant(text);
  return p.ok ? p.value.toISOString() : p.code;
};

describe('cell values', () => {
  it('reads a time without an offset as Asia/Ho_Chi_Minh wall-clock time', () => {
    expect(instant('2024-03-15T08:30:00')).toBe('2024-03-15T01:30:00.000Z');
    expect(instant('2024-03-15 08:30')).toBe('2024-03-15T01:30:00.000Z');
    expect(instant('2024-03-15')).toBe('2024-03-14T17:00:00.000Z');
  });

  it('honours Z and explicit offsets', () => {
    expect(instant('2024-03-15T08:30:00Z')).toBe('2024-03-15T08:30:00.000Z');
    expect(instant('2024-03-15T08:30:00+07:00')).toBe('2024-03-15T01:30:00.000Z');
    expect(instant('2024-03-15T08:30:00.250-0200')).toBe('2024-03-15T10:30:00.250Z');
  });

  it('tells a date that does not exist from one that is badly written', () => {
    expect(instant('2021-02-30T10:00:00')).toBe('DATE_NOT_EXIST');
    expect(instant('2024-03-15T25:00:00')).toBe('TIME_NOT_EXIST');
    expect(instant('15/03/2024 08:30')).toBe('BAD_DATE_TIME');
    expect(parseDay('2023-02-29')).toEqual({ ok: false, code: 'DATE_NOT_EXIST' });
    expect(parseDay('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDay('2024-3-1')).toEqual({ ok: false, code: 'BAD_DATE' });
  });

  it('reads whole numbers in a range and refuses thousands separators as ambiguous', () => {
    expect(parseWholeNumber('2', 0, 10)).toEqual({ ok: true, value: 2 });
    expect(parseWholeNumber('-1', 0, 10)).toMatchObject({ ok: false, code: 'BAD_INTEGER' });
    expect(parseWholeNumber('1.5', 0, 10)).toMatchObject({ ok: false, code: 'BAD_INTEGER' });
    expect(parseDecimal('45.730')).toEqual({ ok: false, code: 'AMBIGUOUS_NUMBER' });
    expect(parseDecimal('99.32')).toEqual({ ok: true, value: '99.32' });
    expect(parseDecimal('45730')).toEqual({ ok: true, value: '45730' });
    expect(parseDecimal('45,730')).toEqual({ ok: false, code: 'BAD_NUMBER' });
  });

  it('reads choices with or without diacritics, in either language', () => {
    expect(token('Trực tuyến')).toBe('truc_tuyen');
    expect(token('  Rất hài lòng ')).toBe('rat_hai_long');
    expect(token('Đã trả kết quả')).toBe('da_tra_ket_qua');
    const choices = { truc_tuyen: 'ONLINE', online: 'ONLINE' };
    expect(parseChoice('TRỰC TUYẾN', choices, ['truc_tuyen'])).toEqual({ ok: true, value: 'ONLINE' });
    expect(parseChoice('fax', choices, ['truc_tuyen/online'])).toEqual({ ok: false, code: 'BAD_CHOICE', params: { choices: 'truc_tuyen/online' } });
    expect(parseBoolean('Có')).toEqual({ ok: true, value: true });
    expect(parseBoolean('không')).toEqual({ ok: true, value: false });
    expect(parseBoolean('maybe')).toEqual({ ok: false, code: 'BAD_BOOLEAN' });
  });
});
