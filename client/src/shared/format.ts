/**
 * Number and date formats of the dashboard. Vietnamese: 45.730, 99,32%, 30/11/2021.
 * English keeps day/month/year dates and uses English separators (45,730; 99.32%) so a foreign
 * reader does not take 45.730 for forty-five.
 */
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];
const TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
export const NO_VALUE = '–';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(TAG[locale], options)));
  return format;
}

/** 45730 → "45.730" (vi), "45,730" (en); null → "–". */
export function formatNumber(value: number | null | undefined, locale: Locale = 'vi'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NO_VALUE;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A fraction 0–1 as a percentage with two decimals: 0.99317 → "99,32%" (vi), "99.32%" (en). */
export function formatPercent(fraction: number | null | undefined, locale: Locale = 'vi', digits = 2): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return NO_VALUE;
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction);
}

/** A change in a count, with its sign: +1.234, −56, 0. */
export function formatSignedNumber(value: number, locale: Locale = 'vi'): string {
  const body = numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(value));
  return value > 0 ? `+${body}` : value < 0 ? `−${body}` : body;
}

/** A change between two rates in percentage points, two decimals: 0.0012 → "+0,12". */
export function formatPoints(deltaFraction: number, locale: Locale = 'vi'): string {
  const points = Math.round(deltaFraction * 10000) / 100;
  const body = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(points));
  return points > 0 ? `+${body}` : points < 0 ? `−${body}` : body;
}

/** A relative change as a signed percentage with one decimal: 0.027 → "+2,7%". */
export function formatSignedPercent(fraction: number, locale: Locale = 'vi'): string {
  const body = numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(fraction));
  const zero = Math.abs(fraction) < 0.0005;
  return zero ? body : fraction > 0 ? `+${body}` : `−${body}`;
}

/** "2021-11-30" → "30/11/2021" (a local day: no time zone arithmetic). */
export function formatDate(day: string | null | undefined): string {
  if (!day) return NO_VALUE;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/** "2021-11-01" → "11/2021". */
export function formatMonth(day: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(day);
  return match ? `${match[2]}/${match[1]}` : day;
}

/** "01/11/2021 – 30/11/2021", or the one day when from = to. */
export function formatPeriod(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** A decimal with fixed digits: seconds an import took, 1.234 → "1,23" (vi), "1.23" (en). */
export function formatDecimal(value: number, locale: Locale = 'vi', digits = 2): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** File size for people: 2048 → "2 KB", 1,5 MB. */
export function formatBytes(bytes: number, locale: Locale = 'vi'): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${numberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`;
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

/** An instant as Viet Nam reads it, whatever the browser's zone: "2024-11-04T01:12:00Z" → "04/11/2024 08:12". */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** "30/11/2021" (or 30-11-2021, 30.11.2021, 2021-11-30) → "2021-11-30"; null when it is not a real day. */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}
