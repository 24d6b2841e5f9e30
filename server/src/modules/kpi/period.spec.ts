import { buckets, bucketStart, namedPeriod, previousPeriod, samePeriodLastYear, toDate, validatePeriod, wholeMonthsInside } from './period';

describe('periods', () => {
  it('cuts a period into clipped buckets', () => {
    expect(buckets({ from: '2021-11-15', to: '2022-01-10' }, 'MONTH')).toEqual([
      { from: '2021-11-15', to: '2021-11-30' },
      { from: '2021-12-01', to: '2021-12-31' },
      { from: '2022-01-01', to: '2022-01-10' },
    ]);
    expect(buckets({ from: '2021-11-01', to: '2021-11-30' })).toEqual([{ from: '2021-11-01', to: '2021-11-30' }]);
    expect(buckets({ from: '2021-11-17', to: '2021-11-30' }, 'WEEK')[0]).toEqual({ from: '2021-11-17', to: '2021-11-21' });
  });

  it('starts weeks on Monday and quarters on Jan/Apr/Jul/Oct', () => {
    expect(bucketStart('2021-11-20', 'WEEK')).toBe('2021-11-15');
    expect(bucketStart('2021-11-21', 'WEEK')).toBe('2021-11-15');
    expect(bucketStart('2021-11-22', 'WEEK')).toBe('2021-11-22');
    expect(bucketStart('2021-11-20', 'QUARTER')).toBe('2021-10-01');
  });

  it('names calendar periods and the 15th–14th reporting windows of Decree 09/2019', () => {
    expect(namedPeriod('MONTH', 2021, 11, 'CALENDAR')).toEqual({ from: '2021-11-01', to: '2021-11-30' });
    expect(namedPeriod('MONTH', 2021, 11, 'REPORTING_WINDOW')).toEqual({ from: '2021-10-15', to: '2021-11-14' });
    expect(namedPeriod('QUARTER', 2022, 1, 'REPORTING_WINDOW')).toEqual({ from: '2021-12-15', to: '2022-03-14' });
    expect(namedPeriod('QUARTER', 2022, 4, 'REPORTING_WINDOW')).toEqual({ from: '2022-09-15', to: '2022-12-14' });
    expect(namedPeriod('YEAR', 2022, 1, 'REPORTING_WINDOW')).toEqual({ from: '2021-12-15', to: '2022-12-14' });
    expect(namedPeriod('HALF', 2023, 1, 'CALENDAR')).toEqual({ from: '2023-01-01', to: '2023-06-30' });
    expect(() => namedPeriod('QUARTER', 2022, 5, 'CALENDAR')).toThrow('QUARTER index must be 1–4, got 5');
  });

  it('steps back to the previous period and the same period last year', () => {
    expect(previousPeriod({ from: '2021-11-01', to: '2021-11-30' })).toEqual({ from: '2021-10-01', to: '2021-10-31' });
    expect(previousPeriod({ from: '2022-01-01', to: '2022-04-30' })).toEqual({ from: '2021-09-01', to: '2021-12-31' });
    expect(previousPeriod({ from: '2021-11-15', to: '2021-11-20' })).toEqual({ from: '2021-11-09', to: '2021-11-14' });
    expect(samePeriodLastYear({ from: '2021-11-01', to: '2021-11-30' })).toEqual({ from: '2020-11-01', to: '2020-11-30' });
    expect(samePeriodLastYear({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });

  it('compares like for like to date', () => {
    expect(toDate({ from: '2021-11-01', to: '2021-11-30' }, '2021-11-10', { from: '2020-11-01', to: '2020-11-30' })).toEqual({
      current: { from: '2021-11-01', to: '2021-11-10' },
      comparison: { from: '2020-11-01', to: '2020-11-10' },
    });
  });

  it('refuses a reversed period or one longer than ten years, naming the values', () => {
    expect(() => validatePeriod({ from: '2021-12-01', to: '2021-11-01' })).toThrow('period.from (2021-12-01) must be on or before period.to (2021-11-01)');
    expect(() => validatePeriod({ from: '2010-01-01', to: '2021-01-01' })).toThrow('period spans 4019 days; at most 10 years (3653 days) are allowed');
    expect(() => validatePeriod({ from: '2021-02-30', to: '2021-03-01' })).toThrow('period.from must be a real date written YYYY-MM-DD, got "2021-02-30"');
  });

  it('finds the whole months inside a period', () => {
    expect(wholeMonthsInside({ from: '2021-10-15', to: '2022-01-14' })).toEqual(['2021-11-01', '2021-12-01']);
    expect(wholeMonthsInside({ from: '2021-11-15', to: '2021-11-20' })).toEqual([]);
  });
});
