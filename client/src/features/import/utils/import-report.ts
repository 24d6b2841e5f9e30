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
