/**
 * Local calendar days (YYYY-MM-DD, Asia/Ho_Chi_Minh) and periods for the pickers and for the
 * comparisons the pages ask the API for. Same rules as the server's kpi/period.ts.
 */
export interface Period {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A real calendar day written YYYY-MM-DD (2021-02-30 is not one). */
export function isLocalDay(value: string | null | undefined): value is string {
  const m = value ? DAY.exec(value) : null;
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

const toUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => fromUtc(toUtc(day) + n * MS_PER_DAY);
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
export const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;

/** The same day n months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, n: number): string {
  const m = Number(day.slice(5, 7)) - 1 + n;
  const year = Number(day.slice(0, 4)) + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const d = Math.min(Number(day.slice(8, 10)), last);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const monthEnd = (day: string): string => addDays(addMonths(monthStart(day), 1), -1);

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthsIn = (p: Period) =>
  (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(p.to.slice(5, 7)) - Number(p.from.slice(5, 7)) + 1;

/**
 * Whether a period is a named calendar period (month, quarter, half, year: whole months that start on a
 * month 1, 4, 7 or 10 as the kind needs) or a Decree 09/2019 reporting window (15th → 14th), or neither.
 * The server's nameOfPeriod; the API checks the same rule where it matters.
 */
export function periodConvention(period: Period): 'CALENDAR' | 'REPORTING_WINDOW' | null {
  if (!isLocalDay(period.from) || !isLocalDay(period.to) || period.from > period.to) return null;
  const [fy, fm, fd] = period.from.split('-').map(Number);
  const [ty, tm, td] = period.to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) + 1;
  const lengths: Record<number, number> = { 1: 1, 3: 3, 6: 6, 12: 12 };
  if (fd === 1 && td === daysInMonth(ty, tm) && lengths[months] && (fm - 1) % months === 0) return 'CALENDAR';
  // A reporting window: 15th of the month before the named one through the 14th of its last month.
  if (fd === 15 && td === 14 && lengths[months - 1] && tm % (months - 1) === 0) return 'REPORTING_WINDOW';
  return null;
}

/** Whole months, or a named reporting window, step by months (how many); any other period steps by its days (null). */
function monthsPerStep(p: Period): number | null {
  if (p.from === monthStart(p.from) && p.to === monthEnd(p.to)) return monthsIn(p);
  if (periodConvention(p) === 'REPORTING_WINDOW') return monthsIn(p) - 1;
  return null;
}

/**
 * The period just before, of the same kind, as the API's PREVIOUS_PERIOD: October before November, the
 * window 15 Sep–14 Oct before 15 Oct–14 Nov, the six days before a week of six days.
 */
export function previousPeriod(p: Period): Period {
  const months = monthsPerStep(p);
  const from = months === null ? addDays(p.from, -(daysBetween(p.from, p.to) + 1)) : addMonths(p.from, -months);
  return { from, to: addDays(p.from, -1) };
}

/** The period just after, of the same kind. */
export function nextPeriod(p: Period): Period {
  const months = monthsPerStep(p);
  const from = addDays(p.to, 1);
  return { from, to: months === null ? addDays(p.to, daysBetween(p.from, p.to) + 1) : addDays(addMonths(from, months), -1) };
}

/** The twelve calendar months up to the period's end (the last one cut at the end day). */
export function trendWindow(p: Period): Period {
  return { from: addMonths(monthStart(p.to), -11), to: p.to };
}

export type PresetKey = 'thisMonth' | 'previousMonth' | 'thisQuarter' | 'reportingWindow';
export const PRESET_KEYS: readonly PresetKey[] = ['thisMonth', 'previousMonth', 'thisQuarter', 'reportingWindow'];

/**
 * The pickers' presets relative to `today`. The reporting window (Decree 09/2019) of month n runs from
 * the 15th of month n−1 to the 14th of month n; the preset is the window that contains today.
 */
export function presetPeriod(key: PresetKey, today: string): Period {
  switch (key) {
    case 'thisMonth':
      return { from: monthStart(today), to: monthEnd(today) };
    case 'previousMonth': {
      const from = addMonths(monthStart(today), -1);
      return { from, to: monthEnd(from) };
    }
    case 'thisQuarter': {
      const month = Number(today.slice(5, 7));
      const from = `${today.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
      return { from, to: monthEnd(addMonths(from, 2)) };
    }
    case 'reportingWindow': {
      const fifteenth = `${today.slice(0, 7)}-15`;
      const from = today >= fifteenth ? fifteenth : addMonths(fifteenth, -1);
      return { from, to: addDays(addMonths(from, 1), -1) };
    }
  }
}

/** Today in Viet Nam, whatever the browser's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
