import type { CsvCell } from './csv';
import { downloadFile, fileName } from './download';

/** Builds and downloads a CSV; the CSV writer is fetched on the first export, not with the page. */
export async function exportCsv(header: string[], rows: CsvCell[][], nameParts: (string | number)[]): Promise<void> {
  const { toCsv } = await import('./csv');
  downloadFile(toCsv(header, rows), fileName(nameParts, 'csv'), 'text/csv;charset=utf-8');
}
