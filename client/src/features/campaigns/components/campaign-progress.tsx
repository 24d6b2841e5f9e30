import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { ChartPanel } from '../../../components/chart-panel';
import type { TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { TrendChart } from '../../../components/trend-chart';
import { toCampaignBands } from '../../../shared/campaign-bands';
import { formatDate, formatNumber, formatPercent, formatPeriod } from '../../../shared/format';
import { PALETTE } from '../../../shared/palette';
import { CampaignProgressQuery } from '../api/campaign-progress.query';
import { dayLabel, toProgressPoints, type ProgressPoint } from '../utils/campaign-progress';
import type { DetailCampaign } from './campaign-detail';
import { localName, useLocale } from './campaign-labels';

const COUNT_COLUMNS = ['receivedTotal', 'carriedOver', 'received', 'resolved', 'sameDay'] as const;
const AFTER_RATES = ['overdue', 'pendingOverdue'] as const;
const RATE_COLUMNS = ['sameDayRate', 'onTimeRate'] as const;

/** The enrolled units day by day: received and resolved (bars), same-day rate and overdue (lines), the table beside. */
export function CampaignProgress({
  code,
  includeOrganiser,
  campaign,
}: {
  code: string;
  includeOrganiser?: boolean;
  campaign: DetailCampaign;
}) {
  const intl = useIntl();
  const locale = useLocale();
  const { byKey } = useMetrics();
  const name = (key: string) => byKey.get(key)?.name ?? key;
  const { data: fresh, previousData, loading, error, refetch } = useQuery(CampaignProgressQuery, { variables: { code, includeOrganiser } });
  const data = fresh ?? previousData;
  const title = intl.formatMessage({ id: 'campaigns.progressTitle' });
  const what = intl.formatMessage({ id: 'campaigns.progress' });
  if (error)
    return (
      <Panel title={title}>
        <ErrorState what={what} error={error} onRetry={() => refetch()} />
      </Panel>
    );
  if (!data?.campaign)
    return (
      <Panel title={title}>
        <Loading what={what} />
      </Panel>
    );
  const points = toProgressPoints(data.campaign.progress);
  if (!points.some((p) => p.receivedTotal > 0 || p.resolved > 0))
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'campaigns.progressEmpty' })}</EmptyState>
      </Panel>
    );

  const period = { from: campaign.startsOn, to: campaign.endsOn };
  const bands = toCampaignBands(
    campaign.children.map((c) => ({ ...c, name: localName(c, locale) })),
    period,
    { axisLabel: dayLabel },
  );
  const column = (key: string, kind: 'count' | 'rate'): TableColumn<ProgressPoint> => ({
    id: key,
    header: name(key),
    value: (p) => p[key],
    kind,
    description: byKey.get(key)?.description,
  });
  const columns: TableColumn<ProgressPoint>[] = [
    { id: 'day', header: intl.formatMessage({ id: 'campaigns.day' }), value: (p) => p.day, render: (p) => formatDate(p.day), kind: 'text' },
    ...COUNT_COLUMNS.map((k) => column(k, 'count')),
    ...AFTER_RATES.map((k) => column(k, 'count')),
    ...RATE_COLUMNS.map((k) => column(k, 'rate')),
  ];
  const summary = intl.formatMessage(
    { id: 'campaigns.progressSummary' },
    {
      from: formatDate(period.from),
      to: formatDate(period.to),
      values: points
        .map(
          (p) =>
            `${p.label}: ${name('received')} ${formatNumber(p.received, locale)}, ${name('sameDayRate')} ${formatPercent(p.sameDayRate, locale)}`,
        )
        .join('; '),
    },
  );
  return (
    <ChartPanel
      urlKey="progress"
      busy={loading}
      title={title}
      description={`${formatPeriod(period.from, period.to)}. ${intl.formatMessage({ id: 'campaigns.progressDescription' })}`}
      columns={columns}
      rows={points}
      rowKey={(p) => p.day}
      csvName={[
        'chien-dich-theo-ngay',
        code,
        ...(includeOrganiser === undefined ? [] : [includeOrganiser ? 'co-don-vi-to-chuc' : 'khong-don-vi-to-chuc']),
      ]}
      chart={
        <TrendChart
          points={points}
          bands={bands}
          summary={summary}
          height={320}
          series={[
            { key: 'received', label: name('received'), kind: 'bar', axis: 'count', colour: PALETTE.skyBlue },
            { key: 'resolved', label: name('resolved'), kind: 'bar', axis: 'count', colour: PALETTE.blue },
            { key: 'sameDayRate', label: name('sameDayRate'), kind: 'line', axis: 'rate', colour: PALETTE.vermillion, dashed: true },
            { key: 'overdue', label: name('overdue'), kind: 'line', axis: 'count', colour: PALETTE.reddishPurple },
          ]}
        />
      }
    />
  );
}
