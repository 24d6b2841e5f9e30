import type { ComparePeriodsPageQuery } from '../../../__generated__/graphql';
import { isLocalDay, periodConvention, type Period } from '../../../shared/period';

/**
 * Shapes the API's period comparison (comparePeriods) for the page: one column per period, one row per
 * catalogue metric with the API's deltas, the grouped chart's points, and the choices kept in the URL.
 * Nothing is recomputed: values, differences and "which is better" are the API's.
 */

export const PRESETS = ['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR', 'REPORTING_WINDOW', 'CALENDAR_PERIOD'] as const;
export type Preset = (typeof PRESETS)[number];
/** What the page compares with when the link says nothing (the API's own default). */
export const DEFAULT_PRESETS: readonly Preset[] = ['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'];
/** The API compares at most this many periods with the base at once. */
export const MAX_COMPARED = 12;

export type { Period };

type QueryComparison = ComparePeriodsPageQuery['comparePeriods'];
type QueryRow = QueryComparison['base'];
/** A period as the API names it (codegen's types); the page's own periods have no name or day count yet. */
export type ApiPeriod = Period & Partial<Pick<QueryRow['period'], 'days' | 'name'>>;
/** A compared row: codegen's, of which the shaping reads the label, preset, period, deltas and kpi figures. */
export type ApiComparedRow = Omit<QueryRow, 'period' | 'kpi' | 'preset'> & {
  preset?: QueryRow['preset'];
  period: ApiPeriod;
  kpi: Partial<QueryRow['kpi']>;
};
export type ApiComparison = Omit<QueryComparison, 'base' | 'compared' | 'asOf'> & {
  asOf?: QueryComparison['asOf'];
  base: ApiComparedRow;
  compared: ApiComparedRow[];
};

/** A column of the table: the base period first, then the compared ones in the API's order. */
export interface PeriodColumn {
  /** BASE, a preset (PREVIOUS_PERIOD…) or PERIOD_n. */
  label: string;
  preset: Preset | null;
  /** n of PERIOD_n (the n-th extra period), else null. */
  extra: number | null;
  period: ApiPeriod;
  isBase: boolean;
}

export function toPeriodColumns(comparison: ApiComparison): PeriodColumn[] {
  const column = (row: ApiComparedRow, isBase: boolean): PeriodColumn => {
    const extra = /^PERIOD_(\d+)$/.exec(row.label);
    return {
      label: row.label,
      preset: (PRESETS as readonly string[]).includes(row.preset ?? '') ? (row.preset as Preset) : null,
      extra: extra ? Number(extra[1]) : null,
      period: row.period,
      isBase: isBase,
    };
  };
  return [column(comparison.base, true), ...comparison.compared.map((row) => column(row, false))];
}

export interface DeltaCell {
  value: number | null;
  /** The API's difference: this period's value − the base period's value. */
  difference: number | null;
  relativeChange: number | null;
  /** True: the base period did better; false: worse; null: neutral metric, missing value or no change. */
  baseIsBetter: boolean | null;
}

export interface PeriodDeltaRow {
  metric: string;
  base: number | null;
  /** One cell per compared period, in column order. */
  cells: DeltaCell[];
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && !Number.isNaN(v) ? v : null);

/**
 * One row per catalogue metric, in the API's (catalogue) order, with the base value and, per compared
 * period, its value and the API's delta. A metric a period's deltas lack gets an empty cell.
 */
export function toPeriodDeltaRows(comparison: ApiComparison): PeriodDeltaRow[] {
  const metrics: string[] = [];
  for (const row of comparison.compared) for (const d of row.deltas) if (!metrics.includes(d.metric)) metrics.push(d.metric);
  return metrics.map((metric) => {
    const deltas = comparison.compared.map((row) => row.deltas.find((d) => d.metric === metric));
    const fromDelta = deltas.find((d) => d !== undefined);
    return {
      metric,
      base: fromDelta ? fromDelta.baseValue : numberOrNull((comparison.base.kpi as Record<string, unknown>)[metric]),
      cells: deltas.map((d) => ({
        value: d?.value ?? null,
        difference: d?.difference ?? null,
        relativeChange: d?.relativeChange ?? null,
        baseIsBetter: d?.baseIsBetter ?? null,
      })),
    };
  });
}

/**
 * Catalogue metrics drawn together in the grouped chart: the chosen one with the others of its kind, so the
 * bars share a scale (counts of dossiers, counts of ratings, or rates).
 */
export const METRIC_GROUPS: readonly (readonly string[])[] = [
  ['receivedTotal', 'received', 'receivedOnline', 'receivedInPerson', 'carriedOver'],
  ['resolved', 'early', 'onTime', 'overdue', 'sameDay'],
  ['pending', 'pendingWithinDeadline', 'pendingOverdue'],
  ['ratings', 'ratingsVerySatisfied', 'ratingsSatisfied', 'ratingsNeutral', 'ratingsDissatisfied'],
  ['onTimeRate', 'earlyRate', 'overdueRate', 'sameDayRate', 'onlineShare', 'satisfactionRate'],
];

/** The chosen metric first, then the rest of its group; a metric in no group stands alone. */
export function chartMetrics(metric: string): string[] {
  const group = METRIC_GROUPS.find((g) => g.includes(metric));
  return group ? [metric, ...group.filter((m) => m !== metric)] : [metric];
}

export type GroupedPoint = { label: string; metric: string } & Record<string, string | number | null>;

/**
 * Points of the grouped bar chart: one group per metric (label: its name), one bar per period under the
 * keys p0 (base), p1, … in column order.
 */
export function toGroupedPoints(rows: PeriodDeltaRow[], metrics: string[], nameOf: (metric: string) => string): GroupedPoint[] {
  return metrics
    .map((metric) => rows.find((r) => r.metric === metric))
    .filter((r): r is PeriodDeltaRow => Boolean(r))
    .map((r) => {
      const point: GroupedPoint = { label: nameOf(r.metric), metric: r.metric, p0: r.base };
      r.cells.forEach((c, i) => (point[`p${i + 1}`] = c.value));
      return point;
    });
}

/** ?against=PREVIOUS_PERIOD,REPORTING_WINDOW → presets in that order; absent → the default; "none" → none. */
export function readPresets(params: URLSearchParams): Preset[] {
  const raw = params.get('against');
  if (raw === null) return [...DEFAULT_PRESETS];
  const wanted = raw.split(',').filter((p): p is Preset => (PRESETS as readonly string[]).includes(p));
  return [...new Set(wanted)];
}

/** The URL value of the chosen presets: undefined (absent) for the default, "none" for none. */
export function presetsParam(presets: readonly Preset[]): string {
  return presets.length ? presets.join(',') : 'none';
}

/** ?periods=2021-09-01..2021-09-30,2020-11-01..2020-11-30 → extra periods; malformed or reversed ones are dropped. */
export function readExtraPeriods(params: URLSearchParams): Period[] {
  const periods: Period[] = [];
  for (const part of (params.get('periods') ?? '').split(',')) {
    const [from, to, more] = part.split('..');
    if (
      more === undefined &&
      from &&
      to &&
      isLocalDay(from) &&
      isLocalDay(to) &&
      from <= to &&
      !periods.some((p) => p.from === from && p.to === to)
    )
      periods.push({ from, to });
  }
  return periods;
}

export const extraPeriodsParam = (periods: Period[]): string | undefined =>
  periods.length ? periods.map((p) => `${p.from}..${p.to}`).join(',') : undefined;

/** ?asOf=2021-11-10 → the to-date cut-off, when it is a real day. */
export function readAsOf(params: URLSearchParams): string | null {
  const value = params.get('asOf');
  return value && isLocalDay(value) ? value : null;
}

/** Presets the base period allows: the reporting window of a calendar period, the calendar period of a reporting window. */
export function presetAllowed(preset: Preset, base: Period): boolean {
  if (preset === 'REPORTING_WINDOW') return periodConvention(base) === 'CALENDAR';
  if (preset === 'CALENDAR_PERIOD') return periodConvention(base) === 'REPORTING_WINDOW';
  return true;
}

/**
 * What the URL asks to compare the base with: the presets as ticked, the extra periods, the cut-off day, and
 * the presets actually asked (those the base allows). Presets the base does not allow stay in the URL (they
 * return with a fitting base) but are not asked; with nothing left to compare with, the default presets are
 * (and are shown ticked).
 */
export function readComparison(
  params: URLSearchParams,
  base: Period,
): { shown: Preset[]; against: Preset[]; extras: Period[]; asOf: string | null } {
  const presets = readPresets(params);
  const extras = readExtraPeriods(params);
  const asked = presets.filter((p) => presetAllowed(p, base));
  const shown = asked.length || extras.length ? presets : [...new Set([...presets, ...DEFAULT_PRESETS])];
  return { shown, against: shown.filter((p) => presetAllowed(p, base)), extras, asOf: readAsOf(params) };
}

/** Tells apart the same days asked twice. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}
