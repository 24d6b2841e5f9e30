import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { exportCsv as exportRows } from '../shared/export-csv';
import { useUrlParam } from '../shared/use-url-param';
import { DataTable, type TableColumn } from './data-table';
import { Panel } from './panel';

export interface ChartPanelProps<T> {
  title: string;
  description?: string;
  /** The chart; the same rows are offered as a table and as CSV beside it. */
  chart: ReactNode;
  columns: TableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  csvName: (string | number)[];
  actions?: ReactNode;
  busy?: boolean;
  /** Keeps the switch in the URL (?view-<urlKey>=table) and the table's sort (?sort-<urlKey>=); null = not shared. */
  urlKey: string | null;
}

/** A titled chart with a Chart | Table switch and a CSV download that is always there. */
export function ChartPanel<T>({ title, description, chart, columns, rows, rowKey, csvName, actions, busy, urlKey }: ChartPanelProps<T>) {
  const intl = useIntl();
  const [ownView, setOwnView] = useState<'chart' | 'table'>('chart');
  const [viewParam, setViewParam] = useUrlParam(urlKey && `view-${urlKey}`);
  const view = urlKey ? (viewParam === 'table' ? 'table' : 'chart') : ownView;
  const setView = (next: 'chart' | 'table') => (urlKey ? setViewParam(next === 'table' ? 'table' : undefined) : setOwnView(next));
  const exportCsv = () =>
    void exportRows(
      columns.map((c) => c.header),
      rows.map((row) => columns.map((c) => c.value(row))),
      csvName,
    );
  return (
    <Panel
      title={title}
      description={description}
      busy={busy}
      tools={
        <>
          {actions}
          <div className="segmented" role="group" aria-label={intl.formatMessage({ id: 'chart.view' })}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {intl.formatMessage({ id: 'chart.showChart' })}
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {intl.formatMessage({ id: 'chart.showTable' })}
            </button>
          </div>
          <button type="button" className="button button--quiet" onClick={exportCsv}>
            <span aria-hidden="true">⤓ </span>
            {intl.formatMessage({ id: 'table.exportCsv' })}
            <span className="visually-hidden">: {title}</span>
          </button>
        </>
      }
    >
      {view === 'chart' ? chart : <DataTable caption={title} hideCaption columns={columns} rows={rows} rowKey={rowKey} urlKey={urlKey} />}
    </Panel>
  );
}
