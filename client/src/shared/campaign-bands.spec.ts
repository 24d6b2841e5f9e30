import { toCampaignBands, type CampaignPeriod } from './campaign-bands';

const THEME: CampaignPeriod = {
  code: 'hcm-2021',
  name: 'Năm chính quyền đô thị',
  kind: 'YEARLY_THEME',
  startsOn: '2021-01-01',
  endsOn: '2021-12-31',
};
const PEAK: CampaignPeriod = { code: 'peak', name: 'Tháng cao điểm', kind: 'PEAK_MONTH', startsOn: '2021-11-01', endsOn: '2021-11-30' };
const MONTH: CampaignPeriod = {
  code: 'same-day-month',
  name: 'Trong ngày cả tháng',
  kind: 'SAME_DAY',
  startsOn: '2021-11-01',
  endsOn: '2021-11-30',
};
const WEEK: CampaignPeriod = {
  code: 'week',
  name: 'Tuần lễ trong ngày',
  kind: 'SAME_DAY_WEEK',
  startsOn: '2021-11-15',
  endsOn: '2021-11-20',
};
const TWELVE_MONTHS = { from: '2020-12-01', to: '2021-11-30' };
const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

describe('campaign bands on a trend chart', () => {
  it('shades November 2021 once on a chart of months, for the peak month and the two campaigns inside it', () => {
    expect(toCampaignBands([WEEK, MONTH, PEAK, THEME], TWELVE_MONTHS)).toEqual([
      { from: '11/2021', to: '11/2021', label: 'Tháng cao điểm (+2)', codes: ['peak', 'same-day-month', 'week'] },
    ]);
  });

  it('leaves out yearly themes unless asked, and campaigns outside the period', () => {
    expect(toCampaignBands([THEME, PEAK], { from: '2022-01-01', to: '2022-12-31' })).toEqual([]);
    expect(toCampaignBands([THEME], TWELVE_MONTHS, { excludeKinds: [] })).toEqual([
      { from: '01/2021', to: '11/2021', label: 'Năm chính quyền đô thị', codes: ['hcm-2021'] },
    ]);
  });

  it('clips a campaign to the period and labels days as the chart does, the same-day week inside the peak month', () => {
    const november = { from: '2021-11-01', to: '2021-11-30' };
    expect(toCampaignBands([WEEK, MONTH], november, { axisLabel: dayLabel, label: (c) => c.code })).toEqual([
      { from: '15/11', to: '20/11', label: 'week', codes: ['week'] },
    ]);
    expect(toCampaignBands([WEEK], { from: '2021-11-17', to: '2021-12-31' }, { axisLabel: dayLabel })).toEqual([
      { from: '17/11', to: '20/11', label: 'Tuần lễ trong ngày', codes: ['week'] },
    ]);
  });
});
