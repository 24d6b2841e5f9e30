import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { ChartPanel } from '../../../components/chart-panel';
import { Panel } from '../../../components/panel';
import type { TableColumn } from '../../../components/data-table';
import { useMetric } from '../../../components/metric-catalogue';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { TrendChart } from '../../../components/trend-chart';
import { formatDate } from '../../../shared/format';
import { PALETTE } from '../../../shared/palette';
import { pageQuery, subtree } from '../../../shared/page-query';
import { trendWindow, type Period } from '../../../shared/period';
import { toTrendPoints, type TrendPoint } from '../utils/overview-series';
import { useCampaignBands } from './slots';

const OverviewTrendQuery = graphql(`
  query OverviewTrend($scope: ScopeInput!, $period: PeriodInput!) {
    kpis(scope: $scope, period: $period, groupBy: [MONTH]) {
      periodStart
      periodEnd
      received
      onTimeRate
      sameDayRate
    }
  }
`);

/** The trend's query: twelve months up to the period's end (the page prefetches it). */
export const overviewTrendQuery = (unitCode: string, period: Period) =>
  pageQuery(OverviewTrendQuery, { scope: subtree(unitCode), period: trendWindow(period) });

/** Twelve months up to the period's end: received per month, on-time and same-day rates. */
export function OverviewTrend({ unitCode, period }: { unitCode: string; period: Period }) {
  const intl = useIntl();
  const window = trendWindow(period);
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(OverviewTrendQuery, { variables: overviewTrendQuery(unitCode, period).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const received = useMetric('received');
  const onTime = useMetric('onTimeRate');
  const sameDay = useMetric('sameDayRate');
  const bands = useCampaignBands({ unitCode, period });
  const title = intl.formatMessage({ id: 'overview.trendTitle' });
  const what = intl.formatMessage({ id: 'overview.trend' });

  if (error)
    return (
      <Panel title={title}>
        <ErrorState what={what} error={error} onRetry={() => refetch()} />
      </Panel>
    );
  if (!data)
    return (
      <Panel title={title}>
        <Loading what={what} />
      </Panel>
    );
  const points = toTrendPoints(data.kpis);
  if (!points.some((p) => p.received > 0))
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'overview.trendEmpty' }, { date: formatDate(period.to) })}</EmptyState>
      </Panel>
    );

  const columns: TableColumn<TrendPoint>[] = [
    { id: 'month', header: intl.formatMessage({ id: 'overview.month' }), value: (p) => p.label, kind: 'text' },
    { id: 'received', header: received.name, value: (p) => p.received, kind: 'count', description: received.description },
    { id: 'onTimeRate', header: onTime.name, value: (p) => p.onTimeRate, kind: 'rate', description: onTime.description },
    { id: 'sameDayRate', header: sameDay.name, value: (p) => p.sameDayRate, kind: 'rate', description: sameDay.description },
  ];
  return (
    <ChartPanel
      urlKey="trend"
      busy={loading}
      title={title}
      description={intl.formatMessage({ id: 'overview.trendDescription' })}
      columns={columns}
      rows={points}
      rowKey={(p) => p.month}
      csvName={['xu-huong', unitCode, window.from, window.to]}
      chart={
        <TrendChart
          points={points}
          bands={bands}
          summary={[
            `${title}: ${intl.formatMessage({ id: 'overview.trendDescription' })}`,
            bands.length
              ? intl.formatMessage(
                  { id: 'overview.band.summary' },
                  { bands: bands.map((b) => `${b.label} ${b.from === b.to ? b.from : `${b.from}–${b.to}`}`).join('; ') },
                )
              : '',
          ]
            .filter(Boolean)
            .join(' ')}
          series={[
            { key: 'received', label: received.name, kind: 'bar', axis: 'count', colour: PALETTE.skyBlue },
            { key: 'onTimeRate', label: onTime.name, kind: 'line', axis: 'rate', colour: PALETTE.blue },
            { key: 'sameDayRate', label: sameDay.name, kind: 'line', axis: 'rate', colour: PALETTE.vermillion, dashed: true },
          ]}
        />
      }
    />
  );
}
