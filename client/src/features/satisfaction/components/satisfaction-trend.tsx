import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { ChartPanel } from '../../../components/chart-panel';
import type { TableColumn } from '../../../components/data-table';
import { useMetric, useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { TrendChart, type TrendSeries } from '../../../components/trend-chart';
import { formatDate, formatNumber, formatPercent, type Locale } from '../../../shared/format';
import { PALETTE } from '../../../shared/palette';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { LEVELS, selectedRange, toLevelPoints, trendPeriod, type Grain, type Level, type LevelPoint } from '../utils/satisfaction-series';
import { useSatisfactionThreshold } from './satisfaction-threshold';

const SatisfactionTrendQuery = graphql(`
  query SatisfactionTrend($scope: ScopeInput!, $period: PeriodInput!, $groupBy: [SatisfactionDimension!]) {
    satisfaction(scope: $scope, period: $period, groupBy: $groupBy) {
      periodStart
      periodEnd
      ratings
      ratingsVerySatisfied
      ratingsSatisfied
      ratingsNeutral
      ratingsDissatisfied
      satisfactionRate
    }
  }
`);

/** Okabe–Ito, from the best level to the worst: two blues, then orange and vermillion (told apart by lightness too). */
const LEVEL_COLOURS: Record<Level, string> = {
  ratingsVerySatisfied: PALETTE.blue,
  ratingsSatisfied: PALETTE.skyBlue,
  ratingsNeutral: PALETTE.orange,
  ratingsDissatisfied: PALETTE.vermillion,
};

/** The trend's query: the window around the period at the chosen grain (the page prefetches it). */
export const satisfactionTrendQuery = (unitCode: string, period: Period, grain: Grain) =>
  pageQuery(SatisfactionTrendQuery, { scope: subtree(unitCode), period: trendPeriod(period, grain), groupBy: [grain] });

/** Ratings per level per time bucket (stacked), the satisfaction rate and the catalogue's threshold. */
export function SatisfactionTrend({ unitCode, period, grain }: { unitCode: string; period: Period; grain: Grain }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const { byKey } = useMetrics();
  const rate = useMetric('satisfactionRate');
  const ratings = useMetric('ratings');
  const threshold = useSatisfactionThreshold(unitCode, period);
  const window = trendPeriod(period, grain);
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(SatisfactionTrendQuery, { variables: satisfactionTrendQuery(unitCode, period, grain).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const title = intl.formatMessage({ id: 'satisfaction.trendTitle' });
  const what = intl.formatMessage({ id: 'satisfaction.trend' });
  const name = (key: string) => byKey.get(key)?.name ?? key;

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
  const points = toLevelPoints(data.satisfaction, grain);
  if (!points.some((p) => p.ratings > 0))
    return (
      <Panel title={title}>
        <EmptyState>
          {intl.formatMessage({ id: 'satisfaction.trendEmpty' }, { from: formatDate(window.from), to: formatDate(window.to) })}
        </EmptyState>
      </Panel>
    );

  const range = window.from !== period.from || window.to !== period.to ? selectedRange(points, period) : null;
  const series: TrendSeries[] = [
    ...LEVELS.map((key) => ({
      key,
      label: name(key),
      kind: 'bar' as const,
      axis: 'count' as const,
      colour: LEVEL_COLOURS[key],
      stack: 'levels',
    })),
    { key: 'satisfactionRate', label: rate.name, kind: 'line', axis: 'rate', colour: PALETTE.black },
  ];
  const columns: TableColumn<LevelPoint>[] = [
    { id: 'bucket', header: intl.formatMessage({ id: 'satisfaction.bucket' }), value: (p) => p.label, kind: 'text' },
    { id: 'start', header: intl.formatMessage({ id: 'satisfaction.bucketStart' }), value: (p) => formatDate(p.start), kind: 'text' },
    { id: 'end', header: intl.formatMessage({ id: 'satisfaction.bucketEnd' }), value: (p) => formatDate(p.end), kind: 'text' },
    ...LEVELS.map((key) => ({
      id: key,
      header: name(key),
      value: (p: LevelPoint) => p[key],
      kind: 'count' as const,
      description: byKey.get(key)?.description,
    })),
    { id: 'ratings', header: ratings.name, value: (p) => p.ratings, kind: 'count', description: ratings.description },
    { id: 'satisfactionRate', header: rate.name, value: (p) => p.satisfactionRate, kind: 'rate', description: rate.description },
  ];
  const summary = intl.formatMessage(
    { id: 'satisfaction.trendSummary' },
    {
      title,
      grain: intl.formatMessage({ id: `satisfaction.grain.${grain}` }).toLowerCase(),
      values: points
        .map(
          (p) =>
            `${p.label}: ${formatNumber(p.ratings, locale)} ${ratings.name.toLowerCase()}, ${formatPercent(p.satisfactionRate, locale)}`,
        )
        .join('; '),
    },
  );
  return (
    <ChartPanel
      busy={loading}
      title={title}
      description={[
        intl.formatMessage({ id: 'satisfaction.trendDescription' }, { from: formatDate(window.from), to: formatDate(window.to) }),
        threshold?.note,
      ]
        .filter(Boolean)
        .join(' ')}
      columns={columns}
      rows={points}
      rowKey={(p) => p.start}
      csvName={['hai-long-theo-thoi-gian', unitCode, grain.toLowerCase(), window.from, window.to]}
      urlKey="trend"
      chart={
        <TrendChart
          points={points}
          series={series}
          bands={range ? [{ ...range, label: intl.formatMessage({ id: 'satisfaction.selectedPeriod' }) }] : []}
          references={threshold ? [{ axis: 'rate', value: threshold.value, label: threshold.label }] : []}
          legendInSeriesOrder
          summary={summary}
          height={320}
        />
      }
    />
  );
}
