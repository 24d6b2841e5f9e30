import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { exportCsv as exportRows } from '../shared/export-csv';
import { formatNumber, formatPercent, type Locale } from '../shared/format';

export type CellValue = string | number | null | undefined;

export interface TableColumn<T> {
  id: string;
  header: string;
  /** The value sorted on and exported. */
  value: (row: T) => CellValue;
  /** count and rate cells are right-aligned and formatted; text is shown as is. */
  kind?: 'text' | 'count' | 'rate';
  /** A custom cell; the export still uses `value`. */
  render?: (row: T) => ReactNode;
  description?: string;
  /** Keeps a narrow column readable in a wide table, e.g. "10rem". */
  minWidth?: string;
}

export interface DataTableProps<T> {
  caption: string;
  columns: TableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Parts of the CSV file name (unit, period …); no export button when absent. */
  csvName?: (string | number)[];
  initialSort?: { id: string; desc: boolean };
  /**
   * Controlled sort (e.g. kept in the URL): when given (null = unsorted, rows as passed), the table shows
   * it and reports every header click to onSortChange instead of keeping its own state.
   */
  sort?: { id: string; desc: boolean } | null;
  onSortChange?: (sort: { id: string; desc: boolean } | null) => void;
  rowClassName?: (row: T) => string | undefined;
  /** Visually hide the caption when a heading above already says it. */
  hideCaption?: boolean;
  className?: string;
}

/** A sortable table (keyboard: Tab to a column header, Enter to sort) with its CSV export. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  csvName,
  initialSort,
  sort,
  onSortChange,
  rowClassName,
  hideCaption = false,
  className,
}: DataTableProps<T>) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const [ownSorting, setOwnSorting] = useState<SortingState>(initialSort ? [initialSort] : []);
  const controlled = sort !== undefined;
  const sortId = sort?.id;
  const sortDesc = sort?.desc;
  // One array per sort, not per render: TanStack re-sorts (and queues a state reset) whenever it changes.
  const controlledSorting = useMemo<SortingState>(
    () => (sortId === undefined ? [] : [{ id: sortId, desc: Boolean(sortDesc) }]),
    [sortId, sortDesc],
  );
  const sorting: SortingState = controlled ? controlledSorting : ownSorting;
  const onSortingChange = (updater: SortingState | ((old: SortingState) => SortingState)) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    if (controlled) onSortChange?.(next[0] ? { id: next[0].id, desc: next[0].desc } : null);
    else setOwnSorting(next);
  };
  const defs = useMemo<ColumnDef<T, CellValue>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        // Missing values (a rate without denominator) sort last in either direction.
        accessorFn: (row: T) => c.value(row) ?? undefined,
        sortUndefined: 'last',
        sortingFn: (a, b, id) => compareCells(a.getValue(id), b.getValue(id), locale),
        sortDescFirst: c.kind !== 'text',
      })),
    [columns, locale],
  );
  const table = useReactTable({
    data: rows,
    columns: defs,
    state: { sorting },
    onSortingChange,
    // A controlled sort holds one column (what a URL can say).
    enableMultiSort: !controlled,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => rowKey(row),
  });
  const byId = new Map(columns.map((c) => [c.id, c]));

  const exportCsv = () => {
    const sorted = table.getRowModel().rows.map((r) => r.original);
    void exportRows(
      columns.map((c) => c.header),
      sorted.map((row) => columns.map((c) => c.value(row))),
      csvName ?? [caption],
    );
  };

  return (
    <div className={className ? `data-table ${className}` : 'data-table'}>
      <div className="data-table__bar">
        <span className="data-table__count">{intl.formatMessage({ id: 'table.rows' }, { count: rows.length })}</span>
        {csvName && (
          <button type="button" className="button button--quiet" onClick={exportCsv}>
            <span aria-hidden="true">⤓ </span>
            {intl.formatMessage({ id: 'table.exportCsv' })}
            <span className="visually-hidden">: {caption}</span>
          </button>
        )}
      </div>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table>
          <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const column = byId.get(header.column.id)!;
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={column.kind && column.kind !== 'text' ? 'num' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      title={column.description}
                      style={column.minWidth ? { minWidth: column.minWidth } : undefined}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        aria-label={intl.formatMessage({ id: 'table.sortBy' }, { column: column.header })}
                      >
                        {column.header}
                        <span className="sort-button__mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original)}>
                {columns.map((column, i) => {
                  const content = column.render ? column.render(row.original) : formatCell(column.value(row.original), column.kind, locale);
                  const className = column.kind && column.kind !== 'text' ? 'num' : undefined;
                  return i === 0 ? (
                    <th key={column.id} scope="row" className={className}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.id} className={className}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function formatCell(value: CellValue, kind: TableColumn<unknown>['kind'], locale: Locale): ReactNode {
  if (kind === 'rate') return formatPercent(typeof value === 'number' ? value : null, locale);
  if (kind === 'count') return formatNumber(typeof value === 'number' ? value : null, locale);
  return value ?? '';
}

function compareCells(a: CellValue, b: CellValue, locale: Locale): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), locale === 'vi' ? 'vi' : 'en', { numeric: true });
}
