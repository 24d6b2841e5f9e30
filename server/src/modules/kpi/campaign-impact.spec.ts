import { addCounts, baselineBefore, baselineWindow, campaignDeltas, CAMPAIGN_METRICS, enrolmentWindows, mergeWindowRows } from './campaign-impact';
import { emptyCounts, type Counts } from './metric-catalogue';

const WEEK = { from: '2021-11-15', to: '2021-11-20' };
const MONTH = { from: '2021-11-01', to: '2021-11-30' };
const counts = (values: Partial<Counts>): Counts => ({ ...emptyCounts(), ...values });

describe('campaign enrolment windows', () => {
  it('groups units that share their days and cuts every enrolment to the campaign', () => {
    const windows = enrolmentWindows(MONTH, [
      { unitId: 1, startsOn: '2021-11-01', endsOn: '2021-11-30' },
      { unitId: 2, startsOn: '2021-10-20', endsOn: '2021-12-10' },
      { unitId: 3, startsOn: '2021-11-10', endsOn: '2021-11-30' },
    ]);
    expect(windows).toEqual([
      { period: MONTH, unitIds: [1, 2] },
      { period: { from: '2021-11-10', to: '2021-11-30' }, unitIds: [3] },
    ]);
  });

  it('drops an enrolment with no day inside the campaign', () => {
    expect(enrolmentWindows(WEEK, [{ unitId: 1, startsOn: '2021-11-21', endsOn: '2021-11-30' }])).toEqual([]);
  });
});

describe('campaign baselines', () => {
  it('puts the same-day week (15–20 Nov 2021) against 9–14 Nov 2021 and 15–20 Nov 2020', () => {
    expect(baselineBefore(WEEK)).toEqual({ from: '2021-11-09', to: '2021-11-14' });
    expect(baselineWindow(WEEK, WEEK, 'BEFORE')).toEqual({ from: '2021-11-09', to: '2021-11-14' });
    expect(baselineWindow(WEEK, WEEK, 'SAME_PERIOD_LAST_YEAR')).toEqual({ from: '2020-11-15', to: '2020-11-20' });
  });

  it('takes as many days before the peak month as it has (30: 2–31 Oct), not the calendar month before', () => {
    expect(baselineBefore(MONTH)).toEqual({ from: '2021-10-02', to: '2021-10-31' });
    expect(baselineWindow(MONTH, MONTH, 'SAME_PERIOD_LAST_YEAR')).toEqual({ from: '2020-11-01', to: '2020-11-30' });
  });

  it('shifts an enrolment for part of the campaign back by the whole campaign', () => {
    expect(baselineWindow(MONTH, { from: '2021-11-10', to: '2021-11-30' }, 'BEFORE')).toEqual({ from: '2021-10-11', to: '2021-10-31' });
  });
});

describe('merging enrolment windows into campaign rows', () => {
  it('sums the units of two windows day by day and recomputes rates from the sums', () => {
    const rows = mergeWindowRows(WEEK, 'DAY', [
      { unitId: null, periodStart: '2021-11-15', counts: counts({ received: 10, resolved: 10, sameDay: 10, onTime: 10 }) },
      { unitId: null, periodStart: '2021-11-16', counts: counts({ received: 4, resolved: 4, sameDay: 0, onTime: 4 }) },
      { unitId: null, periodStart: '2021-11-16', counts: counts({ received: 6, resolved: 6, sameDay: 6, onTime: 6 }) },
    ]);
    expect(rows.map((r) => [r.periodStart, r.periodEnd, r.counts.received, r.rates.sameDayRate])).toEqual([
      ['2021-11-15', '2021-11-15', 10, 1],
      ['2021-11-16', '2021-11-16', 10, 0.6],
    ]);
  });

  it('puts a late-starting window into the campaign week it falls in, and leaves out weeks nobody covered', () => {
    const rows = mergeWindowRows({ from: '2021-11-01', to: '2021-11-21' }, 'WEEK', [
      { unitId: 7, periodStart: '2021-11-10', counts: counts({ received: 3 }) },
      { unitId: 8, periodStart: '2021-11-08', counts: counts({ received: 5 }) },
    ]);
    expect(rows.map((r) => [r.unitId, r.periodStart, r.periodEnd])).toEqual([
      [7, '2021-11-08', '2021-11-14'],
      [8, '2021-11-08', '2021-11-14'],
    ]);
  });

  it('gives one row per unit for the whole campaign without a grain, rates null without a denominator', () => {
    const [row] = mergeWindowRows(WEEK, null, [{ unitId: 5, periodStart: null, counts: counts({ received: 2 }) }]);
    expect(row).toMatchObject({ unitId: 5, periodStart: null, periodEnd: null, rates: { sameDayRate: null, onlineShare: 0 } });
  });

  it('adds every count of disjoint units, carried over and pending included', () => {
    expect(addCounts(counts({ carriedOver: 2, pending: 1 }), counts({ carriedOver: 3, pending: 4 }))).toMatchObject({ carriedOver: 5, pending: 5 });
  });
});

describe('campaign deltas', () => {
  const during = counts({ received: 120, resolved: 100, sameDay: 60, early: 10, onTime: 90, overdue: 0 });
  const before = counts({ received: 100, resolved: 80, sameDay: 20, early: 8, onTime: 68, overdue: 4 });
  const byMetric = (rows: ReturnType<typeof campaignDeltas>) => new Map(rows.map((d) => [d.metric, d]));

  it('gives value, baseline, difference and relative change per metric, better or worse by its direction', () => {
    const d = byMetric(campaignDeltas(during, before));
    expect(d.get('sameDay')).toEqual({ metric: 'sameDay', value: 60, baseline: 20, difference: 40, relativeChange: 2, improved: true });
    expect(d.get('overdue')).toEqual({ metric: 'overdue', value: 0, baseline: 4, difference: -4, relativeChange: -1, improved: true });
    expect(d.get('sameDayRate')!.value).toBeCloseTo(0.6);
    expect(d.get('sameDayRate')!.difference).toBeCloseTo(0.35);
    expect(d.get('received')!.improved).toBeNull();
  });

  it('leaves the change null when the baseline had nothing (0 or a rate without denominator)', () => {
    const d = byMetric(campaignDeltas(during, emptyCounts()));
    expect(d.get('received')).toMatchObject({ baseline: 0, difference: 120, relativeChange: null });
    expect(d.get('sameDayRate')).toMatchObject({ baseline: null, difference: null, relativeChange: null, improved: null });
  });

  it('covers every count and rate a KPI row carries, in catalogue order', () => {
    expect(campaignDeltas(during, before).map((d) => d.metric)).toEqual(CAMPAIGN_METRICS.map((m) => m.key));
    expect(CAMPAIGN_METRICS.map((m) => m.key)).toEqual(expect.arrayContaining(['receivedTotal', 'sameDay', 'onTimeRate', 'satisfactionRate']));
    expect(CAMPAIGN_METRICS.map((m) => m.key)).not.toContain('opinions');
  });
});
