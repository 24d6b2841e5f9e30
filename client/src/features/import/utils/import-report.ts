/** Pure helpers shaping an import report for the page. */

export interface Issue {
  severity: 'ERROR' | 'WARNING';
  code: string;
  line: number | null;
  column: string | null;
  value: string | null;
  messageVi: string;
  messageEn: string;
}

export const IMPORT_KINDS = ['auto', 'DOSSIERS', 'RATINGS', 'MEETINGS', 'REPORTED'] as const;
export type ImportKindChoice = (typeof IMPORT_KINDS)[number];

/** The kind argument: null lets the server detect it from the header. */
export const kindArgument = (choice: ImportKindChoice): Exclude<ImportKindChoice, 'auto'> | null => (choice === 'auto' ? null : choice);

/** The message in the UI language. */
export const issueMessage = (issue: Pick<Issue, 'messageVi' | 'messageEn'>, locale: string): string =>
  locale === 'en' ? issue.messageEn : issue.messageVi;

/** File-wide problems first, then by line, then by column as written. */
export function sortIssues<T extends Pick<Issue, 'line' | 'column'>>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => (a.line ?? -1) - (b.line ?? -1) || (a.column ?? '').localeCompare(b.column ?? ''));
}

/** A stable key for a row of the issue table (two problems may share line and column). */
export const issueKey = (issue: Issue, index: number): string =>
  `${issue.severity}:${issue.line ?? 'file'}:${issue.column ?? ''}:${issue.code}:${index}`;

/**
 * The preview's rows padded or cut to the header's width, so every cell sits under its column
 * (a short CSV line has fewer cells than the header).
 */
export function previewRows(header: readonly string[], rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => header.map((_, i) => row[i] ?? ''));
}

/** The message id of a column status. */
export const columnStatusId = (status: string) =>
  (
    ({
      MAPPED: 'import.column.MAPPED',
      UNKNOWN: 'import.column.UNKNOWN',
      PERSONAL_DATA_IGNORED: 'import.column.PERSONAL_DATA_IGNORED',
      DUPLICATE: 'import.column.DUPLICATE',
    }) as const
  )[status as 'MAPPED'] ?? 'import.column.UNKNOWN';

/** Seconds an import took: 1.234 → "1,23" (vi), "1.23" (en). */
export function formatSeconds(seconds: number, locale: 'vi' | 'en'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(seconds);
}

/** An instant as Viet Nam reads it: "2024-11-04T01:12:00Z" → "04/11/2024 08:12". */
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

/** File size for people: 2048 → "2 KB". */
export function formatBytes(bytes: number, locale: 'vi' | 'en'): string {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`;
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
