import { issue, warning, type ImportIssue } from './import-issue';
import { ImportKind, KIND_COLUMNS, PERSONAL_DATA_HEADERS, type ColumnSpec } from './import-columns';
import { token } from './cell-values';

export type ColumnStatus = 'MAPPED' | 'UNKNOWN' | 'PERSONAL_DATA_IGNORED' | 'DUPLICATE';

export interface MappedColumn {
  /** Position in the row (0-based). */
  index: number;
  header: string;
  /** The column it was read as, or null. */
  spec: ColumnSpec | null;
  status: ColumnStatus;
}

export interface HeaderMap {
  kind: ImportKind;
  columns: MappedColumn[];
  /** Column key → position in the row. */
  indexOf: Map<string, number>;
  /** key → the header as the file wrote it, for messages. */
  headerOf: Map<string, string>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** "Mã hồ sơ", "MA_HO_SO", "ma ho so" and "ma-ho-so" are all ma_ho_so; a BOM or stray spaces do not count. */
export function normalizeHeader(header: string): string {
  return token(header.replace(/^\uFEFF/, '').replace(/[\u200B-\u200D]/g, ''));
}

function specFor(kind: ImportKind, name: string): ColumnSpec | undefined {
  return KIND_COLUMNS[kind].find((c) => c.vi === name || c.en === name || c.aliases?.includes(name));
}

/** Reads a header row as the columns of `kind`: missing required columns are errors, unknown ones warnings. */
export function mapHeaders(kind: ImportKind, headers: string[], headerLine = 1): HeaderMap {
  const columns: MappedColumn[] = [];
  const indexOf = new Map<string, number>();
  const headerOf = new Map<string, string>();
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  headers.forEach((header, index) => {
    const name = normalizeHeader(header);
    if (name === '') return; // trailing empty columns of a spreadsheet
    const spec = specFor(kind, name);
    if (spec) {
      const first = indexOf.get(spec.key);
      if (first !== undefined) {
        errors.push(issue('DUPLICATE_COLUMN', { line: headerLine, column: header }, { first: first + 1, names: `${spec.vi} | ${spec.en}` }));
        columns.push({ index, header, spec, status: 'DUPLICATE' });
        return;
      }
      indexOf.set(spec.key, index);
      headerOf.set(spec.key, header);
      columns.push({ index, header, spec, status: 'MAPPED' });
    } else if (PERSONAL_DATA_HEADERS.has(name)) {
      warnings.push(warning('PERSONAL_DATA_IGNORED', { line: headerLine, column: header }));
      columns.push({ index, header, spec: null, status: 'PERSONAL_DATA_IGNORED' });
    } else {
      warnings.push(warning('UNKNOWN_COLUMN', { line: headerLine, column: header }));
      columns.push({ index, header, spec: null, status: 'UNKNOWN' });
    }
  });
  for (const spec of KIND_COLUMNS[kind]) {
    if (spec.required && !indexOf.has(spec.key)) errors.push(issue('MISSING_COLUMN', { line: headerLine }, { names: `${spec.vi} | ${spec.en}` }));
  }
  return { kind, columns, indexOf, headerOf, errors, warnings };
}

/**
 * The kind whose required columns are all in the header; when several fit, the one that reads the
 * most columns. Null when none fits.
 */
export function detectKind(headers: string[]): ImportKind | null {
  const names = headers.map(normalizeHeader);
  let best: { kind: ImportKind; score: number } | null = null;
  for (const kind of Object.values(ImportKind)) {
    const specs = KIND_COLUMNS[kind];
    const found = specs.filter((s) => names.includes(s.vi) || names.includes(s.en) || s.aliases?.some((a) => names.includes(a)));
    if (!specs.filter((s) => s.required).every((s) => found.includes(s))) continue;
    if (!best || found.length > best.score) best = { kind, score: found.length };
  }
  return best?.kind ?? null;
}
