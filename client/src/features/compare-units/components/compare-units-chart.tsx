import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { BarChart } from '../../../components/bar-chart';
import { ChartPanel } from '../../../components/chart-panel';
import type { TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { formatPeriod, type Locale } from '../../../shared/format';
import { PALETTE } from '../../../shared/palette';
import type { Period } from '../../../shared/period';
import { toMetricBars, type KpiKey, type MetricBar } from '../utils/compare-units-rows';
import { formatMetric, metricInfo } from './compare-units-cells';

/** The chosen metric per unit as bars (picked units orange and starred), with its table and CSV. */
export function CompareUnitsChart({
  rows,
  metric,
  picks,
  period,
  csvName,
  busy,
}: {
  rows: Parameters<typeof toMetricBars>[0];
  metric: KpiKey;
  picks: string[];
  period: Period;
  csvName: (string | number)[];
  busy: boolean;
}) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const { byKey } = useMetrics();
  const info = metricInfo(byKey, metric);
  const pickKey = picks.join();
  // Derived once per answer and pick: the table beside the chart re-sorts whenever its rows change identity.
  const { bars, missing } = useMemo(() => toMetricBars(rows, metric, pickKey ? pickKey.split(',') : []), [rows, metric, pickKey]);
  const title = intl.formatMessage({ id: 'compareUnits.chartTitle' }, { metric: info.name });
  const columns: TableColumn<MetricBar>[] = [
    { id: 'unit', header: intl.formatMessage({ id: 'compareUnits.unit' }), value: (b) => b.label, kind: 'text' },
    {
      id: 'value',
      header: info.name,
      value: (b) => b.value,
      kind: info.unit === 'RATE' ? 'rate' : 'count',
      description: info.description,
    },
  ];
  return (
    <ChartPanel
      busy={busy}
      title={title}
      description={intl.formatMessage({ id: 'compareUnits.chartDescription' }, { period: formatPeriod(period.from, period.to) })}
      columns={columns}
      rows={bars}
      rowKey={(b) => b.key}
      csvName={csvName}
      urlKey="chart"
      chart={
        <>
          <BarChart
            kind={info.unit === 'RATE' ? 'rate' : 'count'}
            height={Math.max(160, bars.length * 30 + 40)}
            valueName={info.name}
            bars={bars.map((b) => ({
              key: b.key,
              label: b.picked ? `★ ${b.label}` : b.label,
              value: b.value,
              colour: b.picked ? PALETTE.orange : PALETTE.blue,
            }))}
            summary={intl.formatMessage(
              { id: 'compareUnits.chartSummary' },
              { metric: info.name, values: bars.map((b) => `${b.label} ${formatMetric(b.value, info, locale)}`).join(', ') },
            )}
          />
          {missing.length > 0 && (
            <p className="section__note">{intl.formatMessage({ id: 'compareUnits.chartMissing' }, { names: missing.join(', ') })}</p>
          )}
        </>
      }
    />
  );
}
