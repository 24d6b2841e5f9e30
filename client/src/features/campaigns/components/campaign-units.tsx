import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatDate, formatPeriod } from '../../../shared/format';
import { CampaignUnitsQuery } from '../api/campaign-units.query';
import { toUnitProgressRows, type UnitProgressRow } from '../utils/campaign-progress';
import { ownDays } from '../utils/campaign-units';
import type { DetailCampaign } from './campaign-detail';
import { useLocale } from './campaign-labels';

const COUNTS = ['receivedTotal', 'received', 'resolved', 'early', 'onTime', 'overdue', 'pendingOverdue', 'sameDay'] as const;
const RATES = ['sameDayRate', 'onTimeRate', 'satisfactionRate'] as const;

/** One row per enrolled unit for the whole campaign (its own desk, its own days), the organiser's desk first. */
export function CampaignUnits({
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
  const { data: fresh, previousData, loading, error, refetch } = useQuery(CampaignUnitsQuery, { variables: { code, includeOrganiser } });
  const data = fresh ?? previousData;
  const title = intl.formatMessage({ id: 'campaigns.unitsTitle' });
  const what = intl.formatMessage({ id: 'campaigns.units' });
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
  const rows = toUnitProgressRows(data.campaign.progress, campaign.enrollments, campaign.organiser.code, locale);
  if (!rows.length)
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'campaigns.unitsEmpty' })}</EmptyState>
      </Panel>
    );
  const metricColumn = (key: string, kind: 'count' | 'rate'): TableColumn<UnitProgressRow> => ({
    id: key,
    header: byKey.get(key)?.name ?? key,
    value: (r) => r[key as keyof UnitProgressRow] as number | null,
    kind,
    description: byKey.get(key)?.description,
  });
  const daysText = (r: UnitProgressRow) =>
    !r.startsOn || !r.endsOn
      ? intl.formatMessage({ id: 'campaigns.notEnrolledDesk' })
      : ownDays({ startsOn: r.startsOn, endsOn: r.endsOn }, campaign)
        ? formatPeriod(r.startsOn, r.endsOn)
        : intl.formatMessage({ id: 'campaigns.wholeCampaign' });
  const columns: TableColumn<UnitProgressRow>[] = [
    {
      id: 'unit',
      header: intl.formatMessage({ id: 'campaigns.unit' }),
      value: (r) => r.name,
      kind: 'text',
      minWidth: '12rem',
      render: (r) => (
        <>
          {r.name}
          {r.organiser && <span className="cell-sub">{intl.formatMessage({ id: 'campaigns.ownDesk' })}</span>}
        </>
      ),
    },
    {
      id: 'days',
      header: intl.formatMessage({ id: 'campaigns.enrolledDays' }),
      value: (r) => (r.startsOn && r.endsOn ? `${formatDate(r.startsOn)} – ${formatDate(r.endsOn)}` : ''),
      kind: 'text',
      minWidth: '9rem',
      render: daysText,
    },
    ...COUNTS.map((k) => metricColumn(k, 'count')),
    ...RATES.map((k) => metricColumn(k, 'rate')),
  ];
  return (
    <Panel title={title} description={intl.formatMessage({ id: 'campaigns.unitsDescription' })} busy={loading}>
      <DataTable
        urlKey="campaign-units"
        caption={title}
        hideCaption
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        csvName={[
          'chien-dich-theo-don-vi',
          code,
          ...(includeOrganiser === undefined ? [] : [includeOrganiser ? 'co-don-vi-to-chuc' : 'khong-don-vi-to-chuc']),
        ]}
        className="campaign-units-table"
      />
    </Panel>
  );
}
