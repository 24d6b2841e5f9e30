import { isLocalDay, nextPeriod, periodConvention, presetPeriod, previousPeriod, todayInVietnam, trendWindow } from './period';

describe('previous period', () => {
  it('compares November 2021 with October 2021 (31 days), not with the 30 days before', () => {
    expect(previousPeriod({ from: '2021-11-01', to: '2021-11-30' })).toEqual({ from: '2021-10-01', to: '2021-10-31' });
  });

  it('steps a quarter back by a quarter and March back to February', () => {
    expect(previousPeriod({ from: '2022-01-01', to: '2022-03-31' })).toEqual({ from: '2021-10-01', to: '2021-12-31' });
    expect(previousPeriod({ from: '2022-03-01', to: '2022-03-31' })).toEqual({ from: '2022-02-01', to: '2022-02-28' });
  });

  it('steps a week back by its own length', () => {
    expect(previousPeriod({ from: '2021-11-15', to: '2021-11-20' })).toEqual({ from: '2021-11-09', to: '2021-11-14' });
  });

  it('steps a reporting window back a window, as the API does: 15 Sep–14 Oct, Q4 2021 (15 Sep–14 Dec), the window year before', () => {
    expect(previousPeriod({ from: '2021-10-15', to: '2021-11-14' })).toEqual({ from: '2021-09-15', to: '2021-10-14' });
    expect(previousPeriod({ from: '2021-12-15', to: '2022-03-14' })).toEqual({ from: '2021-09-15', to: '2021-12-14' });
    expect(previousPeriod({ from: '2020-12-15', to: '2021-12-14' })).toEqual({ from: '2019-12-15', to: '2020-12-14' });
  });

  it('and next period undoes previous period', () => {
    expect(nextPeriod({ from: '2021-10-01', to: '2021-10-31' })).toEqual({ from: '2021-11-01', to: '2021-11-30' });
    expect(nextPeriod({ from: '2022-01-01', to: '2022-04-30' })).toEqual({ from: '2022-05-01', to: '2022-08-31' });
    expect(nextPeriod({ from: '2021-11-15', to: '2021-11-20' })).toEqual({ from: '2021-11-21', to: '2021-11-26' });
    expect(nextPeriod({ from: '2021-09-15', to: '2021-10-14' })).toEqual({ from: '2021-10-15', to: '2021-11-14' });
    expect(nextPeriod({ from: '2021-09-15', to: '2021-12-14' })).toEqual({ from: '2021-12-15', to: '2022-03-14' });
  });
});

describe('named periods and reporting windows', () => {
  it('recognises calendar months, quarters, halves and years', () => {
    expect(periodConvention({ from: '2021-11-01', to: '2021-11-30' })).toBe('CALENDAR');
    expect(periodConvention({ from: '2021-10-01', to: '2021-12-31' })).toBe('CALENDAR');
    expect(periodConvention({ from: '2022-01-01', to: '2022-06-30' })).toBe('CALENDAR');
    expect(periodConvention({ from: '2021-01-01', to: '2021-12-31' })).toBe('CALENDAR');
    expect(periodConvention({ from: '2021-11-01', to: '2021-12-31' })).toBeNull();
    expect(periodConvention({ from: '2021-02-01', to: '2021-04-30' })).toBeNull();
  });

  it('recognises Decree 09/2019 reporting windows: month, Q1 2022 (15 Dec–14 Mar), year (15 Dec–14 Dec)', () => {
    expect(periodConvention({ from: '2021-10-15', to: '2021-11-14' })).toBe('REPORTING_WINDOW');
    expect(periodConvention({ from: '2021-12-15', to: '2022-03-14' })).toBe('REPORTING_WINDOW');
    expect(periodConvention({ from: '2020-12-15', to: '2021-12-14' })).toBe('REPORTING_WINDOW');
    expect(periodConvention({ from: '2021-11-15', to: '2021-11-20' })).toBeNull();
  });
});

describe('trend window', () => {
  it('covers the twelve months up to the period end', () => {
    expect(trendWindow({ from: '2021-11-01', to: '2021-11-30' })).toEqual({ from: '2020-12-01', to: '2021-11-30' });
    expect(trendWindow({ from: '2021-11-15', to: '2021-11-20' })).toEqual({ from: '2020-12-01', to: '2021-11-20' });
  });
});

describe('presets', () => {
  it('gives the calendar month, previous month and quarter of today', () => {
    expect(presetPeriod('thisMonth', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('previousMonth', '2024-01-10')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(presetPeriod('thisQuarter', '2024-05-31')).toEqual({ from: '2024-04-01', to: '2024-06-30' });
  });

  it('gives the 15th–14th reporting window that contains today', () => {
    expect(presetPeriod('reportingWindow', '2021-11-10')).toEqual({ from: '2021-10-15', to: '2021-11-14' });
    expect(presetPeriod('reportingWindow', '2021-11-15')).toEqual({ from: '2021-11-15', to: '2021-12-14' });
    expect(presetPeriod('reportingWindow', '2021-12-20')).toEqual({ from: '2021-12-15', to: '2022-01-14' });
  });

  it('takes today in Viet Nam: 20:00 UTC on 30 Nov is already 1 Dec there', () => {
    expect(todayInVietnam(new Date('2021-11-30T20:00:00Z'))).toBe('2021-12-01');
  });
});

describe('local days', () => {
  it('accepts real days only', () => {
    expect(isLocalDay('2024-02-29')).toBe(true);
    expect(isLocalDay('2023-02-29')).toBe(false);
    expect(isLocalDay('2021-11-1')).toBe(false);
    expect(isLocalDay(null)).toBe(false);
  });
});
