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

/**
 * The best and worst units by a metric (higher first, or lower first when lower is better). Units without
 * a value (no resolved dossier, so no rate) are left out; bottom never repeats a unit already on top.
 */
export function rankUnits<T>(rows: T[], value: (row: T) => number | null | undefined, lowerIsBetter = false, n = 3): Ranking<T> {
  const ranked = rows
    .map((row) => ({ row, v: value(row) }))
    .filter((x): x is { row: T; v: number } => typeof x.v === 'number')
    .sort((a, b) => (lowerIsBetter ? a.v - b.v : b.v - a.v));
  const top = ranked.slice(0, n);
  const bottom = ranked.slice(Math.max(top.length, ranked.length - n)).reverse();
  return { top: top.map((x) => x.row), bottom: bottom.map((x) => x.row) };
}
