import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | null | undefined;

/**
 * CSV text for a table: a header row, then the rows; numbers as plain numbers (no thousands separators)
 * so a spreadsheet reads them as numbers. Starts with a byte-order mark so Excel reads UTF-8 Vietnamese.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `\uFEFF${stringify([header, ...rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell)))], { record_delimiter: 'windows' })}`;
}
