import { UserError } from '../../shared/user-error';
import { addDays, assertLocalDay, dayNumber, daysBetween, weekday, type LocalDay } from '../../shared/local-day';

/** Local days, both inclusive. */
export interface Period {
  from: LocalDay;
  to: LocalDay;
}

export type TimeGrain = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

export const MAX_PERIOD_DAYS = 3653; // ten years, leap days included

export class PeriodError extends UserError {}

/** Checks a period: real days, from ≤ to, at most ten years. */
export function validatePeriod(period: Period, label = 'period'): Period {
  assertLocalDay(period.from, `${label}.from`);
  assertLocalDay(period.to, `${label}.to`);
  if (period.from > period.to) throw new PeriodError(`${label}.from (${period.from}) must be on or before ${label}.to (${period.to})`);
  const days = daysBetween(period.from, period.to) + 1;
  if (days > MAX_PERIOD_DAYS) throw new PeriodError(`${label} spans ${days} days; at most 10 years (${MAX_PERIOD_DAYS} days) are allowed`);
  return period;
}

export const monthStart = (day: LocalDay): LocalDay => `${day.slice(0, 7)}-01`;

export function monthEnd(day: LocalDay): LocalDay {
  return addDays(addMonths(monthStart(day), 1), -1);
}

/** The same day n months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: LocalDay, n: number): LocalDay {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const d = Math.min(Number(day.slice(8, 10)), last);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** First day of the grain's bucket that contains `day` (weeks start on Monday). */
export function bucketStart(day: LocalDay, grain: TimeGrain): LocalDay {
  switch (grain) {
    case 'DAY':
      return day;
    case 'WEEK':
      return addDays(day, -((weekday(day) + 6) % 7));
    case 'MONTH':
      return monthStart(day);
    case 'QUARTER':
      return `${day.slice(0, 4)}-${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    case 'YEAR':
      return `${day.slice(0, 4)}-01-01`;
  }
}

function nextBucket(start: LocalDay, grain: TimeGrain): LocalDay {
  switch (grain) {
    case 'DAY':
      return addDays(start, 1);
    case 'WEEK':
      return addDays(start, 7);
    case 'MONTH':
      return addMonths(start, 1);
    case 'QUARTER':
      return addMonths(start, 3);
    case 'YEAR':
      return addMonths(start, 12);
  }
}

/** The period cut into the grain's buckets; the first and last are clipped to the period. */
export function buckets(period: Period, grain?: TimeGrain | null): Period[] {
  if (!grain) return [period];
  const result: Period[] = [];
  for (let start = bucketStart(period.from, grain); start <= period.to; start = nextBucket(start, grain)) {
    const end = addDays(nextBucket(start, grain), -1);
    result.push({ from: start < period.from ? period.from : start, to: end > period.to ? period.to : end });
  }
  return result;
}

export type NamedPeriodKind = 'MONTH' | 'QUARTER' | 'HALF' | 'YEAR';
export type PeriodConvention = 'CALENDAR' | 'REPORTING_WINDOW';

/**
 * A named period. CALENDAR: the month, quarter, half or year as on the calendar (national portal).
 * REPORTING_WINDOW (Decree 09/2019): month n = 15th of month n−1 to the 14th of n; Q1 = 15 Dec–14 Mar …;
 * year = 15 Dec of the previous year to 14 Dec.
 */
export function namedPeriod(kind: NamedPeriodKind, year: number, index: number, convention: PeriodConvention): Period {
  const months = { MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12 }[kind];
  const count = 12 / months;
  if (!Number.isInteger(index) || index < 1 || index > count) throw new PeriodError(`${kind} index must be 1–${count}, got ${index}`);
  const firstMonth = `${year}-${String((index - 1) * months + 1).padStart(2, '0')}-01`;
  if (convention === 'CALENDAR') return { from: firstMonth, to: addDays(addMonths(firstMonth, months), -1) };
  return { from: addDays(addMonths(firstMonth, -1), 14), to: addDays(addMonths(firstMonth, months - 1), 13) };
}

const isWholeMonths = (p: Period) => p.from === monthStart(p.from) && p.to === monthEnd(p.to);

/**
 * The period just before, of the same kind: a reporting window steps back a window (15 Sep–14 Oct before
 * 15 Oct–14 Nov), whole months by whole months, anything else by its length.
 */
export function previousPeriod(p: Period): Period {
  const name = nameOfPeriod(p);
  if (name?.convention === 'REPORTING_WINDOW')
    return name.index > 1
      ? namedPeriod(name.kind, name.year, name.index - 1, name.convention)
      : namedPeriod(name.kind, name.year - 1, NAMED_COUNT[name.kind], name.convention);
  if (isWholeMonths(p)) {
    const months = monthsBetween(p.from, p.to);
    const from = addMonths(p.from, -months);
    return { from, to: addDays(p.from, -1) };
  }
  const length = daysBetween(p.from, p.to) + 1;
  return { from: addDays(p.from, -length), to: addDays(p.from, -1) };
}

/** The same days a year earlier (29 Feb becomes 28 Feb). */
export function samePeriodLastYear(p: Period): Period {
  return { from: addMonths(p.from, -12), to: isWholeMonths(p) ? monthEnd(addMonths(p.to, -12)) : addMonths(p.to, -12) };
}

/** Like-for-like "to date": the period cut at `asOf`, and `other` cut after the same number of days. */
export function toDate(p: Period, asOf: LocalDay, other?: Period): { current: Period; comparison?: Period } {
  const to = asOf < p.to ? asOf : p.to;
  if (to < p.from) throw new PeriodError(`asOf ${asOf} is before the period starts (${p.from})`);
  const elapsed = daysBetween(p.from, to);
  const comparison = other ? { from: other.from, to: minDay(addDays(other.from, elapsed), other.to) } : undefined;
  return { current: { from: p.from, to }, comparison };
}

function monthsBetween(from: LocalDay, to: LocalDay): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

const minDay = (a: LocalDay, b: LocalDay) => (a < b ? a : b);

/** Whole calendar months lying inside the period (first days), in order. */
export function wholeMonthsInside(p: Period): LocalDay[] {
  const months: LocalDay[] = [];
  for (let m = monthStart(p.from); m <= p.to; m = addMonths(m, 1)) if (m >= p.from && monthEnd(m) <= p.to) months.push(m);
  return months;
}

export const periodLength = (p: Period) => dayNumber(p.to) - dayNumber(p.from) + 1;

/** A named period: which month, quarter, half or year, in which convention. */
export interface PeriodName {
  kind: NamedPeriodKind;
  year: number;
  index: number;
  convention: PeriodConvention;
}

const NAMED_KINDS: NamedPeriodKind[] = ['MONTH', 'QUARTER', 'HALF', 'YEAR'];
const NAMED_COUNT: Record<NamedPeriodKind, number> = { MONTH: 12, QUARTER: 4, HALF: 2, YEAR: 1 };

/** The name of a period that is exactly a calendar or reporting-window month, quarter, half or year; null otherwise. */
export function nameOfPeriod(p: Period): PeriodName | null {
  // Both conventions name a period after the year it ends in (reporting Q1 2022 ends on 14 Mar 2022).
  const year = Number(p.to.slice(0, 4));
  for (const convention of ['CALENDAR', 'REPORTING_WINDOW'] as PeriodConvention[]) {
    for (const kind of NAMED_KINDS) {
      for (let index = 1; index <= NAMED_COUNT[kind]; index++) {
        const named = namedPeriod(kind, year, index, convention);
        if (named.from === p.from && named.to === p.to) return { kind, year, index, convention };
      }
    }
  }
  return null;
}

/**
 * Like-for-like "to date" for a set of comparisons: the base cut at `asOf` and every other period cut
 * after the same number of days (toDate). With `asOf` on or after the base's end the base is complete
 * and nothing is cut, so complete periods are compared with complete periods.
 */
export function likeForLike(base: Period, asOf: LocalDay | null | undefined, others: Period[]): { base: Period; others: Period[] } {
  if (!asOf || asOf >= base.to) return { base, others };
  const current = toDate(base, asOf).current;
  return { base: current, others: others.map((o) => toDate(base, asOf, o).comparison!) };
}

export type PeriodRelation = 'PREVIOUS_PERIOD' | 'SAME_PERIOD_LAST_YEAR' | 'REPORTING_WINDOW' | 'CALENDAR_PERIOD';

/**
 * A period derived from a base period: the previous one, the same one last year, or the same named
 * period in the other convention (calendar ↔ Decree 09/2019 reporting window).
 */
export function relatedPeriod(base: Period, relation: PeriodRelation): Period {
  switch (relation) {
    case 'PREVIOUS_PERIOD':
      return previousPeriod(base);
    case 'SAME_PERIOD_LAST_YEAR':
      return samePeriodLastYear(base);
    case 'REPORTING_WINDOW':
    case 'CALENDAR_PERIOD': {
      const wanted: PeriodConvention = relation === 'REPORTING_WINDOW' ? 'REPORTING_WINDOW' : 'CALENDAR';
      const name = nameOfPeriod(base);
      const needed =
        wanted === 'REPORTING_WINDOW'
          ? 'a calendar month, quarter, half or year'
          : 'a reporting-window month, quarter, half or year (15th–14th)';
      if (!name || name.convention === wanted)
        throw new PeriodError(`${relation} needs ${needed} as the base period; ${base.from} – ${base.to} is not one`);
      return namedPeriod(name.kind, name.year, name.index, wanted);
    }
  }
}
