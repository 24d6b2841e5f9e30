import { useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { exportCsv as exportRows } from '../shared/export-csv';
import { formatNumber, formatPercent, type Locale } from '../shared/format';
import { useUrlParam } from '../shared/use-url-param';
import { nextSort, readSortParam, sortParamKey, sortParamOf, sortRows, type CellValue, type TableSort } from './table-sort';

export type { CellValue } from './table-sort';

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
  /**
   * Keeps the sort in the URL as ?sort-<urlKey>=-column, so a copied link reopens the table sorted the
   * same way; null = a table whose view is not shared (it keeps its sort to itself).
   */
  urlKey: string | null;
  /**
   * Controlled sort (e.g. kept in the URL): when given (null = unsorted, rows as passed), the table shows
   * it and reports every header click to onSortChange instead of keeping its own state.
   */
  sort?: TableSort | null;
  onSortChange?: (sort: TableSort | null) => void;
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
  urlKey,
  sort,
  onSortChange,
  rowClassName,
  hideCaption = false,
  className,
}: DataTableProps<T>) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const [ownSort, setOwnSort] = useState<TableSort | null>(null);
  const [sortParam, setSortParam] = useUrlParam(urlKey && sortParamKey(urlKey));
  const controlled = sort !== undefined;
  const ids = columns.map((c) => c.id);
  const urlSort = readSortParam(sortParam, ids);
  const shown = controlled ? sort : urlKey ? urlSort : ownSort;
  // Keyed on the sort's parts: a sort read from the URL is a new object on every render.
  const sorted = useMemo(
    () => sortRows(rows, columns, shown?.id ? { id: shown.id, desc: shown.desc } : null, locale),
    [rows, columns, shown?.id, shown?.desc, locale],
  );
  const toggle = (column: TableColumn<T>) => {
    const next = nextSort(shown, column);
    if (controlled) onSortChange?.(next);
    else if (urlKey) setSortParam(sortParamOf(next));
    else setOwnSort(next);
  };

  const exportCsv = () => {
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
            <tr>
              {columns.map((column) => {
                const order = shown?.id === column.id ? (shown.desc ? 'desc' : 'asc') : null;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    className={column.kind && column.kind !== 'text' ? 'num' : undefined}
                    aria-sort={order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : undefined}
                    title={column.description}
                    style={column.minWidth ? { minWidth: column.minWidth } : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => toggle(column)}
                      aria-label={intl.formatMessage({ id: 'table.sortBy' }, { column: column.header })}
                    >
                      {column.header}
                      <span className="sort-button__mark" aria-hidden="true">
                        {order === 'asc' ? '▲' : order === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((column, i) => {
                  const content = column.render ? column.render(row) : formatCell(column.value(row), column.kind, locale);
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
