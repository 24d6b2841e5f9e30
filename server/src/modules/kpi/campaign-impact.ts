import { addDays, type LocalDay } from '../../shared/local-day';
import { COUNT_KEYS, METRICS, RATE_KEYS, emptyCounts, metricValue, ratesOf, type Counts, type MetricDirection, type Rates } from './metric-catalogue';
import { bucketStart, buckets, periodLength, samePeriodLastYear, type Period, type TimeGrain } from './period';

/**
 * Campaign measurement rules, free of the database: which units count on which days (each
 * enrolment's own dates), the baselines a campaign is compared with, and the deltas.
 */

/** An enrolled unit and the days it took part. */
export interface EnrolmentDays {
  unitId: number;
  startsOn: LocalDay;
  endsOn: LocalDay;
}

/** Units that share the same days: one KPI engine call each. */
export interface EnrolmentWindow {
  period: Period;
  unitIds: number[];
}

/**
 * Enrolments grouped by their days, each cut to the campaign's days (an enrolment cannot count
 * outside the campaign); enrolments with no day inside it are dropped. Sorted by first day.
 */
export function enrolmentWindows(campaign: Period, enrolments: readonly EnrolmentDays[]): EnrolmentWindow[] {
  const byKey = new Map<string, EnrolmentWindow>();
  for (const e of enrolments) {
    const from = e.startsOn > campaign.from ? e.startsOn : campaign.from;
    const to = e.endsOn < campaign.to ? e.endsOn : campaign.to;
    if (from > to) continue;
    const key = `${from}|${to}`;
    let w = byKey.get(key);
    if (!w) byKey.set(key, (w = { period: { from, to }, unitIds: [] }));
    if (!w.unitIds.includes(e.unitId)) w.unitIds.push(e.unitId);
  }
  return [...byKey.values()].sort((a, b) => a.period.from.localeCompare(b.period.from) || a.period.to.localeCompare(b.period.to));
}

/** The same number of days immediately before the period (a 30-day November → 2–31 October). */
export function baselineBefore(period: Period): Period {
  const length = periodLength(period);
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

export type BaselineKind = 'BEFORE' | 'SAME_PERIOD_LAST_YEAR';

/**
 * Where a window of the campaign is compared. BEFORE: shifted back by the campaign's length, so
 * that the campaign's baseline is the days just before it and an enrolment for part of the
 * campaign is compared with the same part of that baseline. SAME_PERIOD_LAST_YEAR: the window's
 * own days a year earlier.
 */
export function baselineWindow(campaign: Period, window: Period, kind: BaselineKind): Period {
  if (kind === 'SAME_PERIOD_LAST_YEAR') return samePeriodLastYear(window);
  const shift = periodLength(campaign);
  return { from: addDays(window.from, -shift), to: addDays(window.to, -shift) };
}

/** A period's row of counts, as the engine gives it, before units are attached. */
export interface CountsRow {
  unitId: number | null;
  periodStart: LocalDay | null;
  counts: Counts;
}

export interface MergedRow {
  unitId: number | null;
  periodStart: LocalDay | null;
  periodEnd: LocalDay | null;
  counts: Counts;
  rates: Rates;
}

/**
 * Rows of several enrolment windows as rows of the campaign: each row goes to the campaign's bucket
 * containing its first day (buckets clipped to the campaign), and rows of the same unit (or of the
 * whole campaign) and bucket are summed. Units never repeat across windows, so every count adds up:
 * carried over and pending included (each unit's own pending at its own first and last day). Rates
 * come from the summed counts, through the catalogue. Buckets no enrolment covers are left out.
 */
export function mergeWindowRows(campaign: Period, grain: TimeGrain | null, rows: readonly CountsRow[]): MergedRow[] {
  const campaignBuckets = new Map(buckets(campaign, grain).map((b) => [grain ? bucketStart(b.from, grain) : campaign.from, b]));
  const merged = new Map<string, { unitId: number | null; bucket: Period | null; counts: Counts }>();
  for (const row of rows) {
    const bucket = grain && row.periodStart ? (campaignBuckets.get(bucketStart(row.periodStart, grain)) ?? null) : null;
    if (grain && !bucket) throw new Error(`row of ${row.periodStart} lies outside the campaign ${campaign.from} – ${campaign.to}`);
    const key = `${row.unitId}|${bucket?.from ?? ''}`;
    let m = merged.get(key);
    if (!m) merged.set(key, (m = { unitId: row.unitId, bucket, counts: emptyCounts() }));
    m.counts = addCounts(m.counts, row.counts);
  }
  return [...merged.values()]
    .map((m) => ({ unitId: m.unitId, periodStart: m.bucket?.from ?? null, periodEnd: m.bucket?.to ?? null, counts: m.counts, rates: ratesOf(m.counts) }))
    .sort((a, b) => (a.periodStart ?? '').localeCompare(b.periodStart ?? '') || (a.unitId ?? 0) - (b.unitId ?? 0));
}

/** Counts of disjoint sets of units, summed. */
export function addCounts(a: Counts, b: Counts): Counts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, a[k] + b[k]])) as Counts;
}

export interface CampaignDelta {
  metric: string;
  value: number | null;
  baseline: number | null;
  difference: number | null;
  relativeChange: number | null;
  improved: boolean | null;
}

const ROW_METRIC_KEYS = new Set<string>([...COUNT_KEYS, ...RATE_KEYS]);

/** The catalogue metrics a KPI row carries (Form 06 counts, ratings and their rates), in catalogue order. */
export const CAMPAIGN_METRICS = METRICS.filter((m) => ROW_METRIC_KEYS.has(m.key));

/**
 * Every catalogue metric of the campaign against a baseline. difference = value − baseline and
 * relativeChange = difference / baseline, null when either value is null (a rate without
 * denominator) or, for relativeChange, when the baseline is 0. improved follows the metric's
 * direction; null for neutral metrics, no change or missing values.
 */
export function campaignDeltas(during: Counts, baseline: Counts): CampaignDelta[] {
  return CAMPAIGN_METRICS.map((m) => {
    const value = metricValue(m.key, during);
    const base = metricValue(m.key, baseline);
    const difference = value === null || base === null ? null : value - base;
    return {
      metric: m.key,
      value,
      baseline: base,
      difference,
      relativeChange: difference === null || base === 0 ? null : difference / base!,
      improved: improved(m.direction, difference),
    };
  });
}

function improved(direction: MetricDirection, difference: number | null): boolean | null {
  if (direction === 'NEUTRAL' || difference === null || difference === 0) return null;
  return direction === 'HIGHER_IS_BETTER' ? difference > 0 : difference < 0;
}
