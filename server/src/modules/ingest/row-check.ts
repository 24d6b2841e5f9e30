import type { LocalDay } from '../../shared/local-day';
import { parseBoolean, parseChoice, parseDay, parseDecimal, parseInstant, parseWholeNumber, type Parsed } from './cell-values';
import { issue, warning, type ImportIssue, type IssueCode } from './import-issue';
import type { HeaderMap } from './header-map';
import { KIND_COLUMNS } from './import-columns';

/** One data row seen through the header: cells by column key, trimmed, '' when absent. */
export interface RowView {
  line: number;
  get(key: string): string;
  /** The header of a column as the file wrote it (its Vietnamese name when absent). */
  column(key: string): string;
}

/** A row's cells by column key: a class, not closures, since it is made a million times per large file. */
class Row implements RowView {
  constructor(
    private readonly map: HeaderMap,
    readonly line: number,
    private readonly cells: string[],
  ) {}

  get(key: string): string {
    const i = this.map.indexOf.get(key);
    if (i === undefined) return '';
    const cell = this.cells[i];
    return cell === undefined ? '' : cell.trim();
  }

  column(key: string): string {
    return this.map.headerOf.get(key) ?? KIND_COLUMNS[this.map.kind].find((c) => c.key === key)?.vi ?? key;
  }
}

export function rowView(map: HeaderMap, line: number, cells: string[]): RowView {
  return new Row(map, line, cells);
}

export interface RowOptions {
  required?: boolean;
}

/** Reads the cells of one row into values, collecting an issue (line, column, value, reason) per bad cell. */
export class RowCheck {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];

  constructor(readonly row: RowView) {}

  get ok(): boolean {
    return this.errors.length === 0;
  }

  fail(key: string, code: IssueCode, params: Record<string, string | number> = {}): null {
    this.errors.push(issue(code, { line: this.row.line, column: this.row.column(key), value: this.row.get(key) }, params));
    return null;
  }

  warn(key: string, code: IssueCode, params: Record<string, string | number> = {}): void {
    this.warnings.push(warning(code, { line: this.row.line, column: this.row.column(key), value: this.row.get(key) }, params));
  }

  private take<T>(key: string, parsed: Parsed<T>): T | null {
    return parsed.ok ? parsed.value : this.fail(key, parsed.code, parsed.params);
  }

  private missing(key: string, options?: RowOptions): null {
    return options?.required ? this.fail(key, 'REQUIRED') : null;
  }

  text(key: string, options?: RowOptions & { max?: number }): string | null {
    const text = this.row.get(key);
    if (text === '') return this.missing(key, options);
    const max = options?.max ?? 200;
    return text.length > max ? this.fail(key, 'TOO_LONG', { max }) : text;
  }

  day(key: string, options?: RowOptions): LocalDay | null {
    const text = this.row.get(key);
    return text === '' ? this.missing(key, options) : this.take(key, parseDay(text));
  }

  instant(key: string, options?: RowOptions & { notAfter?: Date }): Date | null {
    const text = this.row.get(key);
    if (text === '') return this.missing(key, options);
    const value = this.take(key, parseInstant(text));
    if (value && options?.notAfter && value > options.notAfter) return this.fail(key, 'FUTURE');
    return value;
  }

  whole(key: string, min: number, max: number, options?: RowOptions): number | null {
    const text = this.row.get(key);
    return text === '' ? this.missing(key, options) : this.take(key, parseWholeNumber(text, min, max));
  }

  decimal(key: string, options?: RowOptions): string | null {
    const text = this.row.get(key);
    return text === '' ? this.missing(key, options) : this.take(key, parseDecimal(text));
  }

  choice<T>(key: string, choices: Record<string, T>, shown: string[], options?: RowOptions): T | null {
    const text = this.row.get(key);
    return text === '' ? this.missing(key, options) : this.take(key, parseChoice(text, choices, shown));
  }

  bool(key: string, options?: RowOptions): boolean | null {
    const text = this.row.get(key);
    return text === '' ? this.missing(key, options) : this.take(key, parseBoolean(text));
  }
}
