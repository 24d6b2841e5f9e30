import { VN_OFFSET_MS, type LocalDay } from '../../shared/local-day';
import type { IssueCode } from './import-issue';

/** A cell read as a value, or the reason it cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: IssueCode; params?: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: IssueCode, params?: Record<string, string | number>): Parsed<T> => ({ ok: false, code, params });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 / RFC 3339: date, optional time (T or a space), optional fraction, optional Z or offset.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:(Z)|([+-])(\d{2}):?(\d{2})?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  return d <= MONTH_DAYS[m - 1] + (leap ? 1 : 0);
}

/** YYYY-MM-DD that exists on the calendar. */
export function parseDay(text: string): Parsed<LocalDay> {
  const m = DAY.exec(text);
  if (!m) return fail('BAD_DATE');
  if (!realDay(Number(m[1]), Number(m[2]), Number(m[3]))) return fail('DATE_NOT_EXIST');
  return ok(text);
}

/**
 * An instant in ISO 8601. Without an offset it is Asia/Ho_Chi_Minh wall-clock time (UTC+7, no
 * daylight saving); a date alone is 00:00 local.
 */
export function parseInstant(text: string): Parsed<Date> {
  const fast = fastLocalInstant(text);
  if (fast) return fast;
  const m = INSTANT.exec(text);
  if (!m) return fail('BAD_DATE_TIME');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!realDay(y, mo, d)) return fail('DATE_NOT_EXIST');
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || s > 59) return fail('TIME_NOT_EXIST');
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offsetMs = VN_OFFSET_MS;
  if (m[8] === 'Z') offsetMs = 0;
  else if (m[9]) {
    const oh = Number(m[10]);
    const om = m[11] === undefined ? 0 : Number(m[11]);
    if (oh > 14 || om > 59) return fail('TIME_NOT_EXIST');
    offsetMs = (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return ok(new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMs));
}

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const two = (text: string, i: number) => digit(text, i) * 10 + digit(text, i + 1);

const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/** YYYY-MM-DDTHH:MM:SS without an offset, the form exports mostly use, read without a regular expression. */
function fastLocalInstant(text: string): Parsed<Date> | null {
  if (text.length !== 19 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':') return null;
  for (const i of DIGITS) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return null;
  }
  const y = two(text, 0) * 100 + two(text, 2);
  const mo = two(text, 5);
  const d = two(text, 8);
  const h = two(text, 11);
  const mi = two(text, 14);
  const s = two(text, 17);
  if (!realDay(y, mo, d)) return { ok: false, code: 'DATE_NOT_EXIST' };
  if (h > 23 || mi > 59 || s > 59) return { ok: false, code: 'TIME_NOT_EXIST' };
  return { ok: true, value: new Date(Date.UTC(y, mo - 1, d, h, mi, s) - VN_OFFSET_MS) };
}

/** A whole number in [min, max], written with digits only. */
export function parseWholeNumber(text: string, min: number, max: number): Parsed<number> {
  if (!/^[+]?\d{1,15}$/.test(text)) return fail('BAD_INTEGER', { min, max });
  const n = Number(text);
  return n >= min && n <= max ? ok(n) : fail('BAD_INTEGER', { min, max });
}

/** A decimal number as PostgreSQL numeric text. "45.730" (Vietnamese thousands) is refused as ambiguous. */
export function parseDecimal(text: string): Parsed<string> {
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) return fail('AMBIGUOUS_NUMBER');
  if (!/^-?\d{1,10}(\.\d{1,4})?$/.test(text)) return fail('BAD_NUMBER');
  return ok(text);
}

/**
 * A value as a choice token: no diacritics, lower case, words joined by "_" — so that
 * "Trực tuyến", "truc tuyen", "TRUC_TUYEN" and "truc-tuyen" all read as truc_tuyen.
 */
export function token(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/[\s\-./]+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
}

/** One of a fixed set of tokens (Vietnamese and English), listed in the error as the first of each. */
export function parseChoice<T>(text: string, choices: Record<string, T>, shown: string[]): Parsed<T> {
  // Most files write the tokens themselves: look them up before normalising.
  const value = Object.hasOwn(choices, text) ? choices[text] : choices[token(text)];
  return value === undefined ? fail('BAD_CHOICE', { choices: shown.join(', ') }) : ok(value);
}

const YES = new Set(['co', 'c', 'x', 'yes', 'y', 'true', '1', 'dung', 'da']);
const NO = new Set(['khong', 'k', 'no', 'n', 'false', '0', 'sai', 'chua']);

export function parseBoolean(text: string): Parsed<boolean> {
  const t = token(text);
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return fail('BAD_BOOLEAN');
}

/** The text of an instant in local time, for messages: 2024-03-15 08:30 (UTC+7). */
export function localText(instant: Date): string {
  return `${new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')} (UTC+7)`;
}
