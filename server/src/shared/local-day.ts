import { UserError } from './user-error';

/**
 * Local calendar days in Asia/Ho_Chi_Minh, as 'YYYY-MM-DD' strings.
 *
 * Vietnam has kept UTC+7 without daylight saving since 1975, so the offset is a constant:
 * this keeps the conversion exact and fast enough for millions of rows (Intl is ~50× slower).
 */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type LocalDay = string;

/** The local day on which an instant falls (23:30 local on the 5th is the 5th, though UTC says 16:30). */
export function localDayOf(instant: Date): LocalDay {
  return dayFromNumber(Math.floor((instant.getTime() + VN_OFFSET_MS) / DAY_MS));
}

/** True for a real calendar day written YYYY-MM-DD (rejects 2021-02-30). */
export function isLocalDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function assertLocalDay(value: string, label = 'day'): LocalDay {
  if (!isLocalDay(value)) throw new UserError(`${label} must be a real date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

// Generators and rollups convert the same few thousand days millions of times: remember them.
const numberOfDay = new Map<LocalDay, number>();
const dayOfNumber = new Map<number, LocalDay>();

/** Day number since 1970-01-01 (UTC arithmetic on the calendar date, no zone involved). */
export function dayNumber(day: LocalDay): number {
  let n = numberOfDay.get(day);
  if (n === undefined) {
    n = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
    if (numberOfDay.size < 100_000) numberOfDay.set(day, n);
  }
  return n;
}

export function dayFromNumber(n: number): LocalDay {
  let day = dayOfNumber.get(n);
  if (day === undefined) {
    day = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (dayOfNumber.size < 100_000) dayOfNumber.set(n, day);
  }
  return day;
}

export function addDays(day: LocalDay, n: number): LocalDay {
  return dayFromNumber(dayNumber(day) + n);
}

/** Days from a to b (b − a). */
export function daysBetween(a: LocalDay, b: LocalDay): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: LocalDay): number {
  return (dayNumber(day) + 4) % 7; // 1970-01-01 was a Thursday
}

/** The instant of a local wall-clock time on a local day. */
export function localInstant(day: LocalDay, hours: number, minutes = 0, seconds = 0): Date {
  return new Date(dayNumber(day) * DAY_MS - VN_OFFSET_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000);
}

/** First instant of a local day (00:00 local). */
export function startOfLocalDay(day: LocalDay): Date {
  return localInstant(day, 0);
}
