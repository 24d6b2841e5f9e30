import { formatDate, formatMonth } from '../../../shared/format';
import { addDays, addMonths, daysBetween, monthEnd, monthStart, type Period } from '../../../shared/period';

/**
 * Shapes the API's satisfaction rows for the satisfaction page's charts and tables. Counts, shares and
 * the satisfaction rate are the API's (the catalogue's); nothing is recomputed here.
 */

export const GRAINS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type Grain = (typeof GRAINS)[number];

export const LEVELS = ['ratingsVerySatisfied', 'ratingsSatisfied', 'ratingsNeutral', 'ratingsDissatisfied'] as const;
export type Level = (typeof LEVELS)[number];

export interface ApiSatisfactionRow {
  periodStart?: string | null;
  periodEnd?: string | null;
  ratings: number;
  ratingsVerySatisfied: number;
  ratingsSatisfied: number;
  ratingsNeutral: number;
  ratingsDissatisfied: number;
  satisfactionRate: number | null;
}

/** The axis label of a time bucket: 02/06/2023 (day, week's first day), 11/2021, Q4/2021, 2021. */
export function bucketLabel(start: string, grain: Grain): string {
  switch (grain) {
    case 'MONTH':
      return formatMonth(start);
    case 'QUARTER':
      return `Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}/${start.slice(0, 4)}`;
    case 'YEAR':
      return start.slice(0, 4);
    default:
      return formatDate(start);
  }
}

export interface LevelPoint {
  [key: string]: string | number | null;
  label: string;
  start: string;
  end: string;
  ratings: number;
  ratingsVerySatisfied: number;
  ratingsSatisfied: number;
  ratingsNeutral: number;
  ratingsDissatisfied: number;
  satisfactionRate: number | null;
}

/** One point per time bucket, in time order. */
export function toLevelPoints(rows: ApiSatisfactionRow[], grain: Grain): LevelPoint[] {
  return rows
    .filter((r): r is ApiSatisfactionRow & { periodStart: string } => Boolean(r.periodStart))
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .map((r) => ({
      label: bucketLabel(r.periodStart, grain),
      start: r.periodStart,
      end: r.periodEnd ?? r.periodStart,
      ratings: r.ratings,
      ratingsVerySatisfied: r.ratingsVerySatisfied,
      ratingsSatisfied: r.ratingsSatisfied,
      ratingsNeutral: r.ratingsNeutral,
      ratingsDissatisfied: r.ratingsDissatisfied,
      satisfactionRate: r.satisfactionRate,
    }));
}

const quarterStart = (day: string) =>
  `${day.slice(0, 4)}-${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;

/**
 * The stretch the over-time chart shows: the chosen period when it holds at least two buckets of the
 * grain, else a run of buckets up to its end (12 months, 8 quarters, 5 years, 12 weeks) so one month
 * is seen against those before it. Days always show the chosen period.
 */
export function trendPeriod(period: Period, grain: Grain): Period {
  const months =
    (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 12 +
    Number(period.to.slice(5, 7)) -
    Number(period.from.slice(5, 7));
  switch (grain) {
    case 'DAY':
      return period;
    case 'WEEK':
      return daysBetween(period.from, period.to) >= 13 ? period : { from: addDays(period.to, -83), to: period.to };
    case 'MONTH':
      return months >= 1 ? period : { from: addMonths(monthStart(period.to), -11), to: period.to };
    case 'QUARTER':
      return quarterStart(period.from) !== quarterStart(period.to)
        ? period
        : { from: addMonths(quarterStart(period.to), -21), to: period.to };
    case 'YEAR':
      return period.from.slice(0, 4) !== period.to.slice(0, 4)
        ? period
        : { from: `${Number(period.to.slice(0, 4)) - 4}-01-01`, to: period.to };
  }
}

/** True when the chosen period is whole months (the chart then shades it among the others). */
export function isWholeMonths(period: Period): boolean {
  return period.from === monthStart(period.from) && period.to === monthEnd(period.to);
}

/** A target as the targets query lists it. */
export interface ReferenceTargetLike {
  validFrom: string | null;
  validTo: string | null;
  campaignCode: string | null;
  unit: { code: string } | null;
}

/**
 * The target the charts draw as a line for a unit and period: one in force on some day of the period (as the
 * API judges the cards; the unit's own before one for every unit), else the next to come into force, which
 * the label then dates (Nov 2021 is drawn against Decision 766's 90%, "from 23/06/2022"). The targets query
 * also lists those of units under the unit, which do not bind it, and a campaign's target binds its enrolled
 * units only: neither is drawn.
 */
export function referenceTarget<T extends ReferenceTargetLike>(
  targets: readonly T[],
  period: Period,
  unitCode: string,
): { target: T; inForce: boolean } | null {
  const general = targets.filter((t) => t.campaignCode === null && (t.unit === null || t.unit.code === unitCode));
  const inForce = general
    .filter((t) => (t.validFrom === null || t.validFrom <= period.to) && (t.validTo === null || t.validTo >= period.from))
    .sort((a, b) => Number(b.unit !== null) - Number(a.unit !== null) || (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
  if (inForce.length) return { target: inForce[0], inForce: true };
  const next = general
    .filter((t) => t.validFrom !== null && t.validFrom > period.to)
    .sort((a, b) => a.validFrom!.localeCompare(b.validFrom!));
  return next.length ? { target: next[0], inForce: false } : null;
}

/** The first and last labels of the buckets that overlap the chosen period (to shade it on the chart); null when none do. */
export function selectedRange(points: Pick<LevelPoint, 'label' | 'start' | 'end'>[], period: Period): { from: string; to: string } | null {
  const inside = points.filter((p) => p.end >= period.from && p.start <= period.to);
  return inside.length ? { from: inside[0].label, to: inside[inside.length - 1].label } : null;
}

/** Rows in the table's order (numbers by value, text by the locale's collation, missing values last), for the bars. */
export function orderRows<T>(rows: T[], sort: { id: string; desc: boolean }, locale: string): T[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  return [...rows].sort((a, b) => {
    const av = (a as Record<string, unknown>)[sort.id];
    const bv = (b as Record<string, unknown>)[sort.id];
    const aMissing = av === null || av === undefined;
    const bMissing = bv === null || bv === undefined;
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    const order = typeof av === 'number' && typeof bv === 'number' ? av - bv : collator.compare(String(av), String(bv));
    return sort.desc ? -order : order;
  });
}
