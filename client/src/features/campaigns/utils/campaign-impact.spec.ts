import { headlineMetrics, judge, toImpactRows, verdictOf } from './campaign-impact';

// The same-day week (15–20 Nov 2021) on the demo data, as the API gives it.
const BEFORE = [
  { metric: 'receivedTotal', value: 14295, baseline: 12196, difference: 2099, relativeChange: 0.1721, improved: null },
  { metric: 'overdue', value: 0, baseline: 0, difference: 0, relativeChange: null, improved: null },
  { metric: 'sameDay', value: 5808, baseline: 4740, difference: 1068, relativeChange: 0.2253, improved: true },
  { metric: 'onTimeRate', value: 1, baseline: 1, difference: 0, relativeChange: 0, improved: null },
  { metric: 'sameDayRate', value: 0.5639, baseline: 0.5875, difference: -0.0236, relativeChange: -0.0401, improved: false },
  { metric: 'satisfactionRate', value: 0.99237, baseline: 0.99309, difference: -0.00073, relativeChange: -0.0007, improved: false },
];
const LAST_YEAR = [
  { metric: 'receivedTotal', value: 14295, baseline: 8745, difference: 5550, relativeChange: 0.6346, improved: null },
  { metric: 'sameDayRate', value: 0.5639, baseline: null, difference: null, relativeChange: null, improved: null },
];

describe('campaign impact', () => {
  it('puts both baselines of every metric side by side in the API’s order', () => {
    const rows = toImpactRows(BEFORE, LAST_YEAR);
    expect(rows.map((r) => r.metric)).toEqual(['receivedTotal', 'overdue', 'sameDay', 'onTimeRate', 'sameDayRate', 'satisfactionRate']);
    expect(rows[0]).toMatchObject({ value: 14295, before: { baseline: 12196 }, lastYear: { baseline: 8745 } });
    expect(rows[1].lastYear).toBeNull();
  });

  it('says the same-day week did worse than the days before on its same-day rate, though more dossiers were resolved the same day', () => {
    const { better, worse } = judge(toImpactRows(BEFORE, LAST_YEAR), 'before', headlineMetrics('SAME_DAY_WEEK'));
    expect(worse.map((r) => r.metric)).toEqual(['sameDayRate', 'satisfactionRate']);
    expect(better.map((r) => r.metric)).toEqual(['sameDay']);
  });

  it('calls no change unchanged, a neutral count changed, and a missing baseline not judged', () => {
    expect(BEFORE.map(verdictOf)).toEqual(['changed', 'unchanged', 'better', 'unchanged', 'worse', 'worse']);
    expect(verdictOf(LAST_YEAR[1])).toBe('none');
    expect(verdictOf(null)).toBe('none');
  });

  it('judges a peak month first by on-time rate and a same-day campaign first by same-day rate', () => {
    expect(headlineMetrics('PEAK_MONTH')[0]).toBe('onTimeRate');
    expect(headlineMetrics('SAME_DAY')[0]).toBe('sameDayRate');
  });
});
