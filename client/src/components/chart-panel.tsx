import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { exportCsv as exportRows } from '../shared/export-csv';
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
}

/** A titled chart with a Chart | Table switch and a CSV download that is always there. */
export function ChartPanel<T>({ title, description, chart, columns, rows, rowKey, csvName, actions, busy }: ChartPanelProps<T>) {
  const intl = useIntl();
  const [view, setView] = useState<'chart' | 'table'>('chart');
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
      {view === 'chart' ? chart : <DataTable caption={title} hideCaption columns={columns} rows={rows} rowKey={rowKey} />}
    </Panel>
  );
}
