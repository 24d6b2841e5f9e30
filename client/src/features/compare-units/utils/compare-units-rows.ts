/**
 * Shapes the API's unit comparison (compareUnits) for the page: table rows, rank moves, picked units side by
 * side, the chart's bars, and the sort and picks kept in the URL. Every figure, rank and light is the API's.
 */
import type { CompareUnitsPageQuery } from '../../../__generated__/graphql';
import { readSortParam, sortParamOf } from '../../../components/table-sort';

/** The KpiRow fields that are catalogue metrics (counts, then rates); screens order them by the catalogue. */
export const KPI_KEYS = [
  'receivedTotal',
  'receivedOnline',
  'receivedInPerson',
  'carriedOver',
  'received',
  'resolved',
  'early',
  'onTime',
  'overdue',
  'pending',
  'pendingWithinDeadline',
  'pendingOverdue',
  'sameDay',
  'ratings',
  'ratingsVerySatisfied',
  'ratingsSatisfied',
  'ratingsNeutral',
  'ratingsDissatisfied',
  'onTimeRate',
  'earlyRate',
  'overdueRate',
  'sameDayRate',
  'onlineShare',
  'satisfactionRate',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export type KpiFigures = Record<KpiKey, number | null>;

export const isKpiKey = (key: string | null | undefined): key is KpiKey => (KPI_KEYS as readonly string[]).includes(key ?? '');

export const TRAFFIC_LIGHTS = ['GREEN', 'AMBER', 'RED', 'GREY'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

type QueryRow = CompareUnitsPageQuery['compareUnits']['rows'][number];
type ApiUnit = Pick<QueryRow['unit'], 'code' | 'name' | 'nameEn'>;
export type ApiTarget = QueryRow['targetStatus'][number];
/** A compared row as the page's query gets it (codegen's types), of which the shaping reads the units' names and any kpi figures. */
export type ApiComparisonRow = Omit<QueryRow, 'unit' | 'members' | 'splitMembers' | 'kpi'> & {
  unit: ApiUnit;
  members: ApiUnit[];
  splitMembers: ApiUnit[];
  kpi: Partial<QueryRow['kpi']>;
};

export interface RankingRow {
  code: string;
  name: string;
  /** Grouped by successor: the old units summed into this row (names in the UI language). */
  members: string[];
  /** Of the members, those split between several successors and counted whole here. */
  splitMembers: string[];
  value: number | null;
  previousValue: number | null;
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  trafficLight: TrafficLight;
  targets: ApiTarget[];
  kpi: KpiFigures;
}

const nameOf = (unit: ApiUnit, locale: string) => (locale === 'en' && unit.nameEn) || unit.name;

/** One row per unit, in the API's order (by rank, unranked last, then by name), names in the UI language. */
export function toRankingRows(rows: ApiComparisonRow[], locale: string): RankingRow[] {
  return rows.map((r) => ({
    code: r.unit.code,
    name: nameOf(r.unit, locale),
    members: r.members.map((m) => nameOf(m, locale)),
    splitMembers: r.splitMembers.map((m) => nameOf(m, locale)),
    value: r.value,
    previousValue: r.previousValue,
    rank: r.rank,
    previousRank: r.previousRank,
    rankChange: r.rankChange,
    trafficLight: (TRAFFIC_LIGHTS as readonly string[]).includes(r.trafficLight) ? (r.trafficLight as TrafficLight) : 'GREY',
    targets: r.targetStatus,
    kpi: Object.fromEntries(KPI_KEYS.map((k) => [k, r.kpi[k] ?? null])) as KpiFigures,
  }));
}

export type RankMove = { kind: 'up' | 'down'; steps: number } | { kind: 'same' | 'new' | 'unranked' };

/**
 * How a unit's rank moved since the previous period, from the API's rankChange (previousRank − rank):
 * up, down, the same, new (ranked now, not before) or unranked (no value now).
 */
export function rankMove(row: Pick<RankingRow, 'rank' | 'previousRank' | 'rankChange'>): RankMove {
  if (row.rank === null) return { kind: 'unranked' };
  if (row.rankChange === null || row.previousRank === null) return { kind: 'new' };
  if (row.rankChange > 0) return { kind: 'up', steps: row.rankChange };
  if (row.rankChange < 0) return { kind: 'down', steps: -row.rankChange };
  return { kind: 'same' };
}

export interface SortState {
  id: string;
  desc: boolean;
}

/**
 * ?sort=-receivedTotal → the table's sort, written as every table writes it (components/table-sort.ts); links
 * copied before that (?sort=receivedTotal&dir=desc) still open sorted. Unknown columns: API order, by rank.
 */
export function readSort(params: URLSearchParams, columnIds: readonly string[]): SortState | null {
  const legacyDir = params.get('dir');
  const id = params.get('sort');
  if (legacyDir !== null) return id && columnIds.includes(id) ? { id, desc: legacyDir === 'desc' } : null;
  return readSortParam(id, columnIds);
}

/** The URL parameters of a sort (the old dir parameter removed); no sort removes it. */
export function sortParams(sort: SortState | null): { sort: string | undefined; dir: undefined } {
  return { sort: sortParamOf(sort), dir: undefined };
}

/** At most this many units side by side: the panel stays readable. */
export const MAX_PICKS = 4;
const CODE = /^[0-9A-Za-z_.-]{1,32}$/;

/** ?pick=26977,26965 → the picked unit codes (distinct, well-formed, at most MAX_PICKS). */
export function readPicks(params: URLSearchParams): string[] {
  const codes = (params.get('pick') ?? '').split(',').filter((c) => CODE.test(c));
  return [...new Set(codes)].slice(0, MAX_PICKS);
}

/** Picks a unit, or unpicks it; a pick beyond MAX_PICKS is refused (the list stays as it was). */
export function togglePick(picks: string[], code: string): string[] {
  if (picks.includes(code)) return picks.filter((c) => c !== code);
  return picks.length >= MAX_PICKS ? picks : [...picks, code];
}

export const picksParam = (picks: string[]): string | undefined => (picks.length ? picks.join(',') : undefined);

export interface SideBySideRow {
  metric: KpiKey;
  /** One value per picked unit, in the order of `units`. */
  values: (number | null)[];
}

/**
 * The picked units side by side: one row per metric (in the order given), one value per unit, in the order
 * they were picked. Codes no longer in the comparison (another unit or period) are left out.
 */
export function toSideBySide(
  rows: RankingRow[],
  picks: string[],
  metrics: readonly KpiKey[],
): { units: RankingRow[]; rows: SideBySideRow[] } {
  const units = picks.map((code) => rows.find((r) => r.code === code)).filter((r): r is RankingRow => Boolean(r));
  return { units, rows: metrics.map((metric) => ({ metric, values: units.map((u) => u.kpi[metric]) })) };
}

export interface MetricBar {
  key: string;
  label: string;
  value: number;
  picked: boolean;
}

/**
 * The chosen metric per unit for the bar chart, in the API's rank order; units without a value (a rate with
 * no denominator) have no bar and are named apart, so a missing rate is never drawn as 0.
 */
export function toMetricBars(rows: RankingRow[], metric: KpiKey, picks: string[]): { bars: MetricBar[]; missing: string[] } {
  const bars: MetricBar[] = [];
  const missing: string[] = [];
  for (const row of rows) {
    const value = row.kpi[metric];
    if (value === null) missing.push(row.name);
    else bars.push({ key: row.code, label: row.name, value, picked: picks.includes(row.code) });
  }
  return { bars, missing };
}
