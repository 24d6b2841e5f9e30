/**
 * Shapes the API's campaign impact (the campaign against the same days just before it and a year earlier)
 * into rows and verdicts. Differences and whether they are better come from the API's deltas, never
 * recomputed here.
 */

export interface ApiDelta {
  metric: string;
  value?: number | null;
  baseline?: number | null;
  difference?: number | null;
  relativeChange?: number | null;
  improved?: boolean | null;
}

export interface ImpactRow {
  metric: string;
  /** The value during the campaign. */
  value: number | null;
  before: ApiDelta | null;
  lastYear: ApiDelta | null;
}

export type Baseline = 'before' | 'lastYear';

/** One row per catalogue metric, in the API's (catalogue) order, with both baselines side by side. */
export function toImpactRows(before: readonly ApiDelta[], lastYear: readonly ApiDelta[]): ImpactRow[] {
  const order = [...new Set([...before.map((d) => d.metric), ...lastYear.map((d) => d.metric)])];
  const b = new Map(before.map((d) => [d.metric, d]));
  const y = new Map(lastYear.map((d) => [d.metric, d]));
  return order.map((metric) => {
    const x = b.get(metric) ?? null;
    const z = y.get(metric) ?? null;
    return { metric, value: x?.value ?? z?.value ?? null, before: x, lastYear: z };
  });
}

/**
 * better / worse by the metric's direction (the API's `improved`); unchanged when the difference is 0;
 * changed for a metric that is neither good nor bad news (dossiers received); none without both values.
 */
export type Verdict = 'better' | 'worse' | 'unchanged' | 'changed' | 'none';

export function verdictOf(delta: ApiDelta | null | undefined): Verdict {
  if (!delta || delta.value === null || delta.value === undefined || delta.baseline === null || delta.baseline === undefined) return 'none';
  if (delta.improved === true) return 'better';
  if (delta.improved === false) return 'worse';
  return delta.difference === 0 ? 'unchanged' : 'changed';
}

/** The metrics a campaign of this kind is judged by, the one it was run for first. */
export function headlineMetrics(kind: string): string[] {
  return kind === 'SAME_DAY' || kind === 'SAME_DAY_WEEK'
    ? ['sameDayRate', 'sameDay', 'onTimeRate', 'overdue', 'satisfactionRate']
    : ['onTimeRate', 'overdue', 'sameDayRate', 'satisfactionRate'];
}

/** Of the given metrics (in that order), where the campaign did better and where worse than a baseline. */
export function judge(
  rows: readonly ImpactRow[],
  baseline: Baseline,
  metrics: readonly string[],
): { better: ImpactRow[]; worse: ImpactRow[] } {
  const byMetric = new Map(rows.map((r) => [r.metric, r]));
  const picked = metrics.map((m) => byMetric.get(m)).filter((r): r is ImpactRow => Boolean(r));
  return {
    better: picked.filter((r) => verdictOf(r[baseline]) === 'better'),
    worse: picked.filter((r) => verdictOf(r[baseline]) === 'worse'),
  };
}
