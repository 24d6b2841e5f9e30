/** Sorting of a DataTable's rows: one column, by the value its CSV export also writes. Pure, so tested alone. */

export type CellValue = string | number | null | undefined;

export interface TableSort {
  id: string;
  desc: boolean;
}

export interface SortableColumn<T> {
  id: string;
  value: (row: T) => CellValue;
  /** Text sorts A→Z on the first click; any other column largest first. */
  kind?: 'text' | 'count' | 'rate';
}

/** A header click: first its column's first direction, then the other, then back to the rows as passed. */
export function nextSort(current: TableSort | null, column: Pick<SortableColumn<unknown>, 'id' | 'kind'>): TableSort | null {
  const descFirst = column.kind !== 'text';
  if (current?.id !== column.id) return { id: column.id, desc: descFirst };
  return current.desc === descFirst ? { id: column.id, desc: !descFirst } : null;
}

/**
 * The rows in the sort's order. A missing value (a rate without a denominator) goes last in either
 * direction; equal values keep the order they came in.
 */
export function sortRows<T>(rows: readonly T[], columns: readonly SortableColumn<T>[], sort: TableSort | null, locale: string): T[] {
  const column = sort && columns.find((c) => c.id === sort.id);
  if (!sort || !column) return [...rows];
  const collator = new Intl.Collator(locale === 'vi' ? 'vi' : 'en', { numeric: true });
  const keyed = rows.map((row) => ({ row, value: column.value(row) }));
  const missing = (v: CellValue) => v === null || v === undefined;
  keyed.sort((a, b) => {
    if (missing(a.value) || missing(b.value)) return Number(missing(a.value)) - Number(missing(b.value));
    const order =
      typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return sort.desc ? -order : order;
  });
  return keyed.map((k) => k.row);
}

/** The URL parameter that keeps a table's sort: ?sort-<urlKey>=. A view that closes a table clears it. */
export const sortParamKey = (urlKey: string): string => `sort-${urlKey}`;

/** The URL form of a sort: the column id, "-" first when descending (?sort-units=-received). */
export function sortParamOf(sort: TableSort | null): string | undefined {
  return sort ? `${sort.desc ? '-' : ''}${sort.id}` : undefined;
}

/** A sort read back from the URL; a column the table does not have (an old link) is no sort. */
export function readSortParam(param: string | null, columnIds: readonly string[]): TableSort | null {
  if (!param) return null;
  const desc = param.startsWith('-');
  const id = desc ? param.slice(1) : param;
  return columnIds.includes(id) ? { id, desc } : null;
}
