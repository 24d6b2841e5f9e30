import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { BarChart } from '../../../components/bar-chart';
import { ChartPanel } from '../../../components/chart-panel';
import type { TableColumn } from '../../../components/data-table';
import { useMetric } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatNumber, type Locale } from '../../../shared/format';
import { PALETTE } from '../../../shared/palette';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { toChannelRows, type ChannelKey } from '../utils/overview-series';

const OverviewChannelsQuery = graphql(`
  query OverviewChannels($scope: ScopeInput!, $period: PeriodInput!) {
    kpis(scope: $scope, period: $period, groupBy: [CHANNEL]) {
      channel
      received
      resolved
      onTimeRate
      sameDayRate
    }
  }
`);

interface ChannelRow {
  channel: ChannelKey;
  label: string;
  received: number;
  resolved: number;
  onTimeRate: number | null;
  sameDayRate: number | null;
}

const COLOURS: Record<ChannelKey, string> = { DIRECT: PALETTE.blue, ONLINE: PALETTE.bluishGreen, POSTAL: PALETTE.orange };

/** The channels' query (the page prefetches it). */
export const overviewChannelsQuery = (unitCode: string, period: Period) =>
  pageQuery(OverviewChannelsQuery, { scope: subtree(unitCode), period });

/** Received, resolved and rates per channel (in person, online, post). */
export function OverviewChannels({ unitCode, period }: { unitCode: string; period: Period }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(OverviewChannelsQuery, { variables: overviewChannelsQuery(unitCode, period).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const received = useMetric('received');
  const resolved = useMetric('resolved');
  const onTime = useMetric('onTimeRate');
  const sameDay = useMetric('sameDayRate');
  const title = intl.formatMessage({ id: 'overview.channelsTitle' });
  const what = intl.formatMessage({ id: 'overview.channels' });

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
  const rows: ChannelRow[] = toChannelRows(
    data.kpis.map((r) => ({ ...r, channel: r.channel as ChannelKey, label: '' })),
    (channel) => ({ channel, label: '', received: 0, resolved: 0, onTimeRate: null, sameDayRate: null }),
  ).map((r) => ({ ...r, label: intl.formatMessage({ id: `channel.${r.channel}` }) }));
  if (!rows.some((r) => r.received > 0))
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'overview.channelsEmpty' })}</EmptyState>
      </Panel>
    );

  const columns: TableColumn<ChannelRow>[] = [
    { id: 'channel', header: intl.formatMessage({ id: 'channel.label' }), value: (r) => r.label, kind: 'text' },
    { id: 'received', header: received.name, value: (r) => r.received, kind: 'count', description: received.description },
    { id: 'resolved', header: resolved.name, value: (r) => r.resolved, kind: 'count', description: resolved.description },
    { id: 'onTimeRate', header: onTime.name, value: (r) => r.onTimeRate, kind: 'rate', description: onTime.description },
    { id: 'sameDayRate', header: sameDay.name, value: (r) => r.sameDayRate, kind: 'rate', description: sameDay.description },
  ];
  return (
    <ChartPanel
      urlKey="channels"
      busy={loading}
      title={title}
      description={received.name}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.channel}
      csvName={['kenh', unitCode, period.from, period.to]}
      chart={
        <BarChart
          bars={rows.map((r) => ({ key: r.channel, label: r.label, value: r.received, colour: COLOURS[r.channel] }))}
          valueName={received.name}
          summary={`${title}: ${rows.map((r) => `${r.label} ${formatNumber(r.received, locale)}`).join(', ')}`}
        />
      }
    />
  );
}
