import {
  buckets,
  bucketStart,
  likeForLike,
  nameOfPeriod,
  namedPeriod,
  previousPeriod,
  relatedPeriod,
  samePeriodLastYear,
  toDate,
  validatePeriod,
  wholeMonthsInside,
} from './period';

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
    // A reporting window steps back a window: the month 15 Oct–14 Nov, then Q1 2022 (15 Dec–14 Mar).
    expect(previousPeriod({ from: '2021-10-15', to: '2021-11-14' })).toEqual({ from: '2021-09-15', to: '2021-10-14' });
    expect(previousPeriod({ from: '2021-12-15', to: '2022-03-14' })).toEqual({ from: '2021-09-15', to: '2021-12-14' });
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
    expect(() => validatePeriod({ from: '2021-12-01', to: '2021-11-01' })).toThrow(
      'period.from (2021-12-01) must be on or before period.to (2021-11-01)',
    );
    expect(() => validatePeriod({ from: '2010-01-01', to: '2021-01-01' })).toThrow(
      'period spans 4019 days; at most 10 years (3653 days) are allowed',
    );
    expect(() => validatePeriod({ from: '2021-02-30', to: '2021-03-01' })).toThrow(
      'period.from must be a real date written YYYY-MM-DD, got "2021-02-30"',
    );
  });

  it('finds the whole months inside a period', () => {
    expect(wholeMonthsInside({ from: '2021-10-15', to: '2022-01-14' })).toEqual(['2021-11-01', '2021-12-01']);
    expect(wholeMonthsInside({ from: '2021-11-15', to: '2021-11-20' })).toEqual([]);
  });
});

describe('named periods and like-for-like comparisons', () => {
  it('recognises calendar and reporting-window periods by name, and nothing else', () => {
    expect(nameOfPeriod({ from: '2021-11-01', to: '2021-11-30' })).toEqual({
      kind: 'MONTH',
      year: 2021,
      index: 11,
      convention: 'CALENDAR',
    });
    expect(nameOfPeriod({ from: '2021-10-15', to: '2021-11-14' })).toEqual({
      kind: 'MONTH',
      year: 2021,
      index: 11,
      convention: 'REPORTING_WINDOW',
    });
    expect(nameOfPeriod({ from: '2021-12-15', to: '2022-03-14' })).toEqual({
      kind: 'QUARTER',
      year: 2022,
      index: 1,
      convention: 'REPORTING_WINDOW',
    });
    expect(nameOfPeriod({ from: '2025-01-01', to: '2025-06-30' })).toEqual({ kind: 'HALF', year: 2025, index: 1, convention: 'CALENDAR' });
    expect(nameOfPeriod({ from: '2021-12-15', to: '2022-12-14' })).toEqual({
      kind: 'YEAR',
      year: 2022,
      index: 1,
      convention: 'REPORTING_WINDOW',
    });
    expect(nameOfPeriod({ from: '2021-11-15', to: '2021-11-20' })).toBeNull();
  });

  it('cuts the base at asOf and every comparison after as many days; a complete base is not cut', () => {
    const nov = { from: '2021-11-01', to: '2021-11-30' };
    const oct = { from: '2021-10-01', to: '2021-10-31' };
    const febLastYear = { from: '2021-02-01', to: '2021-02-28' };
    expect(likeForLike(nov, '2021-11-10', [oct, febLastYear])).toEqual({
      base: { from: '2021-11-01', to: '2021-11-10' },
      others: [
        { from: '2021-10-01', to: '2021-10-10' },
        { from: '2021-02-01', to: '2021-02-10' },
      ],
    });
    // 30 days of November against a 28-day February: the comparison stops at its own end.
    expect(likeForLike(nov, '2021-11-29', [febLastYear]).others).toEqual([febLastYear]);
    expect(likeForLike(nov, '2021-11-30', [oct])).toEqual({ base: nov, others: [oct] });
    expect(likeForLike(nov, null, [oct])).toEqual({ base: nov, others: [oct] });
    expect(() => likeForLike(nov, '2021-10-31', [oct])).toThrow('asOf 2021-10-31 is before the period starts (2021-11-01)');
  });
});

describe('periods related to a base period', () => {
  const nov = { from: '2021-11-01', to: '2021-11-30' };
  it('derives the previous period, the same period last year and the other convention', () => {
    expect(relatedPeriod(nov, 'PREVIOUS_PERIOD')).toEqual({ from: '2021-10-01', to: '2021-10-31' });
    expect(relatedPeriod(nov, 'SAME_PERIOD_LAST_YEAR')).toEqual({ from: '2020-11-01', to: '2020-11-30' });
    expect(relatedPeriod(nov, 'REPORTING_WINDOW')).toEqual({ from: '2021-10-15', to: '2021-11-14' });
    expect(relatedPeriod({ from: '2021-10-15', to: '2021-11-14' }, 'CALENDAR_PERIOD')).toEqual(nov);
  });

  it('steps a reporting window back to the previous window, across the year too', () => {
    expect(relatedPeriod({ from: '2021-10-15', to: '2021-11-14' }, 'PREVIOUS_PERIOD')).toEqual({ from: '2021-09-15', to: '2021-10-14' });
    expect(relatedPeriod({ from: '2021-12-15', to: '2022-01-14' }, 'PREVIOUS_PERIOD')).toEqual({ from: '2021-11-15', to: '2021-12-14' });
    expect(relatedPeriod({ from: '2021-12-15', to: '2022-03-14' }, 'PREVIOUS_PERIOD')).toEqual({ from: '2021-09-15', to: '2021-12-14' });
    expect(relatedPeriod({ from: '2021-10-15', to: '2021-11-14' }, 'SAME_PERIOD_LAST_YEAR')).toEqual({
      from: '2020-10-15',
      to: '2020-11-14',
    });
  });

  it('refuses the other convention for a range that has no name in it, saying what it needs', () => {
    expect(() => relatedPeriod({ from: '2021-11-15', to: '2021-11-20' }, 'REPORTING_WINDOW')).toThrow(
      'REPORTING_WINDOW needs a calendar month, quarter, half or year as the base period; 2021-11-15 – 2021-11-20 is not one',
    );
    expect(() => relatedPeriod(nov, 'CALENDAR_PERIOD')).toThrow(
      'CALENDAR_PERIOD needs a reporting-window month, quarter, half or year (15th–14th) as the base period; 2021-11-01 – 2021-11-30 is not one',
    );
  });
});
