import { useId, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { ChartPanel } from '../../../components/chart-panel';
import type { TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { TrendChart } from '../../../components/trend-chart';
import { SERIES_COLOURS } from '../../../shared/palette';
import { chartMetrics, toGroupedPoints, type GroupedPoint, type PeriodColumn, type PeriodDeltaRow } from '../utils/compare-periods-rows';
import { usePeriodText } from './period-label';
import { metricOf } from './compare-periods-table';

/** A grouped bar chart: the chosen metric and the others of its kind, one bar per period; its table and CSV beside it. */
export function ComparePeriodsChart({
  columns,
  rows,
  metric,
  onMetric,
  csvName,
  busy,
}: {
  columns: PeriodColumn[];
  rows: PeriodDeltaRow[];
  metric: string;
  onMetric: (metric: string) => void;
  csvName: (string | number)[];
  busy: boolean;
}) {
  const intl = useIntl();
  const selectId = useId();
  const { byKey } = useMetrics();
  const textOf = usePeriodText();
  const info = metricOf(byKey, metric);
  const axis = info.unit === 'RATE' ? 'rate' : 'count';
  const points = useMemo(() => toGroupedPoints(rows, chartMetrics(metric), (key) => metricOf(byKey, key).name), [rows, metric, byKey]);
  const periodNames = columns.map((c) => {
    const t = textOf(c);
    return `${t.role}: ${t.name}`;
  });
  const title = intl.formatMessage({ id: 'comparePeriods.chartTitle' });
  const tableColumns: TableColumn<GroupedPoint>[] = [
    { id: 'metric', header: intl.formatMessage({ id: 'comparePeriods.metric' }), value: (p) => p.label, kind: 'text' },
    ...columns.map((_, i): TableColumn<GroupedPoint> => ({
      id: `p${i}`,
      header: periodNames[i],
      value: (p) => p[`p${i}`] as number | null,
      kind: axis === 'rate' ? 'rate' : 'count',
    })),
  ];
  const picker = (
    <div className="field field--inline">
      <label htmlFor={selectId}>{intl.formatMessage({ id: 'comparePeriods.chartMetric' })}</label>
      <select id={selectId} value={metric} onChange={(e) => onMetric(e.target.value)}>
        {rows.map((r) => (
          <option key={r.metric} value={r.metric}>
            {metricOf(byKey, r.metric).name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <ChartPanel
      busy={busy}
      title={title}
      description={intl.formatMessage({ id: 'comparePeriods.chartDescription' }, { metric: info.name })}
      actions={picker}
      columns={tableColumns}
      rows={points}
      rowKey={(p) => p.metric}
      csvName={csvName}
      urlKey="chart"
      chart={
        <TrendChart
          height={320}
          points={points}
          summary={intl.formatMessage({ id: 'comparePeriods.chartSummary' }, { metric: info.name, periods: periodNames.join(', ') })}
          series={columns.map((c, i) => ({
            key: `p${i}`,
            label: periodNames[i],
            kind: 'bar',
            axis,
            colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
          }))}
        />
      }
    />
  );
}
