import { toCampaignBands } from '../../../shared/campaign-bands';
import { trendWindow } from '../../../shared/period';
import { toCampaignPeriods } from './campaign-input';

const CAMPAIGNS = [
  {
    code: 'hcm-2021-urban-government',
    name: 'Năm chính quyền đô thị',
    nameEn: 'Urban government year',
    kind: 'YEARLY_THEME',
    startsOn: '2021-01-01',
    endsOn: '2021-12-31',
  },
  {
    code: 'tan-binh-2021-11-peak-month',
    name: 'Tháng cao điểm',
    nameEn: 'Peak month',
    kind: 'PEAK_MONTH',
    startsOn: '2021-11-01',
    endsOn: '2021-11-30',
  },
  {
    code: 'tan-binh-2021-11-same-day-month',
    name: 'Giải quyết trong ngày',
    nameEn: null,
    kind: 'SAME_DAY',
    startsOn: '2021-11-01',
    endsOn: '2021-11-30',
  },
  {
    code: 'tan-binh-2021-11-same-day-week',
    name: 'Tuần lễ',
    nameEn: 'Same-day week',
    kind: 'SAME_DAY_WEEK',
    startsOn: '2021-11-15',
    endsOn: '2021-11-20',
  },
];

describe('toCampaignPeriods', () => {
  it('names campaigns in the UI language, Vietnamese where there is no English name', () => {
    expect(toCampaignPeriods(CAMPAIGNS, 'en').map((c) => c.name)).toEqual([
      'Urban government year',
      'Peak month',
      'Giải quyết trong ngày',
      'Same-day week',
    ]);
    expect(toCampaignPeriods(CAMPAIGNS, 'vi')[1]).toEqual({
      code: 'tan-binh-2021-11-peak-month',
      name: 'Tháng cao điểm',
      kind: 'PEAK_MONTH',
      startsOn: '2021-11-01',
      endsOn: '2021-11-30',
    });
  });
  it('gives the overview’s trend of Tân Bình, November 2021, one band on 11/2021 led by the peak month', () => {
    const bands = toCampaignBands(toCampaignPeriods(CAMPAIGNS, 'vi'), trendWindow({ from: '2021-11-01', to: '2021-11-30' }), {
      label: (c) => `kind:${c.kind}`,
    });
    expect(bands).toEqual([
      {
        from: '11/2021',
        to: '11/2021',
        label: 'kind:PEAK_MONTH (+2)',
        codes: ['tan-binh-2021-11-peak-month', 'tan-binh-2021-11-same-day-month', 'tan-binh-2021-11-same-day-week'],
      },
    ]);
  });
});
