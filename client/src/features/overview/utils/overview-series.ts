import { formatMonth } from '../../../shared/format';

/** Shapes KPI rows from the API into what the overview's charts and tables draw. No figure is recomputed. */

export interface MonthRow {
  periodStart?: string | null;
  received: number;
  onTimeRate?: number | null;
  sameDayRate?: number | null;
}

export interface TrendPoint {
  [key: string]: string | number | null;
  label: string;
  month: string;
  received: number;
  onTimeRate: number | null;
  sameDayRate: number | null;
}

/** One point per month, in time order, labelled MM/yyyy. */
export function toTrendPoints(rows: MonthRow[]): TrendPoint[] {
  return rows
    .filter((r): r is MonthRow & { periodStart: string } => Boolean(r.periodStart))
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .map((r) => ({
      label: formatMonth(r.periodStart),
      month: r.periodStart,
      received: r.received,
      onTimeRate: r.onTimeRate ?? null,
      sameDayRate: r.sameDayRate ?? null,
    }));
}

export const CHANNEL_ORDER = ['DIRECT', 'ONLINE', 'POSTAL'] as const;
export type ChannelKey = (typeof CHANNEL_ORDER)[number];

/** Channels in a fixed order (in person, online, post), each present even with no dossiers. */
export function toChannelRows<T extends { channel?: string | null; received: number }>(rows: T[], empty: (channel: ChannelKey) => T): T[] {
  return CHANNEL_ORDER.map((channel) => rows.find((r) => r.channel === channel) ?? empty(channel));
}

export interface Ranking<T> {
  top: T[];
  bottom: T[];
}

/** A row as compareUnits ranks it: 1 = best (rank) or worst (rankFromBottom), ties sharing it; null without a value. */
export interface RankedRow {
  rank?: number | null;
  rankFromBottom?: number | null;
}

/**
 * The best and worst units as the API ranked them: top = ranks 1–n, bottom = ranks 1–n from the worst end,
 * worst first. Ties are kept, so either may list more than n; a unit on top is not repeated at the bottom,
 * and unranked units (no value) are in neither.
 */
export function rankLists<T extends RankedRow>(rows: readonly T[], n = 3): Ranking<T> {
  const within = (place: number | null | undefined): place is number => place != null && place <= n;
  const top = rows.filter((r) => within(r.rank)).sort((a, b) => a.rank! - b.rank!);
  const bottom = rows.filter((r) => !within(r.rank) && within(r.rankFromBottom)).sort((a, b) => a.rankFromBottom! - b.rankFromBottom!);
  return { top, bottom };
}

/** Units sharing one place of a ranking. */
export interface RankPlace<T> {
  place: number;
  rows: T[];
}

/**
 * A ranked list by place, in order: tied units together, so a tie larger than a list (all 16 desks at
 * 100% on time) can be said once instead of being listed as sixteen firsts.
 */
export function rankPlaces<T>(rows: readonly T[], place: (row: T) => number | null | undefined): RankPlace<T>[] {
  const places: RankPlace<T>[] = [];
  for (const row of rows) {
    const p = place(row);
    if (p == null) continue;
    const last = places[places.length - 1];
    if (last?.place === p) last.rows.push(row);
    else places.push({ place: p, rows: [row] });
  }
  return places;
}
