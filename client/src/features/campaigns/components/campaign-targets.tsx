import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import type { TargetOutcome } from '../../../__generated__/graphql';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { TARGET_MARK } from '../../../shared/target-check.fragment';
import { CampaignImpactQuery } from '../api/campaign-impact.query';
import type { DetailCampaign } from './campaign-detail';
import { localName, useLocale } from './campaign-labels';
import { formatValue, unitOf } from './impact-format';

interface TargetRow {
  code: string;
  metric: string;
  comparator: string;
  threshold: number;
  basis: string;
  unitName: string | null;
  value: number | null;
  status: TargetOutcome;
}

/** The thresholds the campaign committed to, against its figures: MET / MISSED (words and mark, not colour alone). */
export function CampaignTargets({
  code,
  includeOrganiser,
  targets,
}: {
  code: string;
  includeOrganiser?: boolean;
  targets: DetailCampaign['targets'];
}) {
  const intl = useIntl();
  const locale = useLocale();
  const { byKey } = useMetrics();
  // The same request as the impact panel's: answered from the cache.
  const { data: fresh, previousData, loading, error, refetch } = useQuery(CampaignImpactQuery, { variables: { code, includeOrganiser } });
  const data = fresh ?? previousData;
  const title = intl.formatMessage({ id: 'campaigns.targetsTitle' });
  const what = intl.formatMessage({ id: 'campaigns.targets' });
  if (!targets.length)
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'campaigns.targetsEmpty' })}</EmptyState>
      </Panel>
    );
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
  const counts = data.campaign.impact?.targetCounts;
  const scope = new Map(targets.map((t) => [t.code, t.unit]));
  const rows: TargetRow[] = (data.campaign.impact?.targets ?? []).map((t) => {
    const unit = scope.get(t.code);
    return { ...t, value: t.value ?? null, unitName: unit ? localName(unit, locale) : null };
  });
  const condition = (r: TargetRow) =>
    `${byKey.get(r.metric)?.name ?? r.metric} ${intl.formatMessage({ id: `campaigns.comparator.${r.comparator as 'AT_LEAST' | 'AT_MOST'}` })} ${formatValue(r.threshold, unitOf(byKey, r.metric), locale)}`;
  const columns: TableColumn<TargetRow>[] = [
    { id: 'target', header: intl.formatMessage({ id: 'campaigns.target' }), value: condition, kind: 'text', minWidth: '12rem' },
    {
      id: 'unit',
      header: intl.formatMessage({ id: 'campaigns.targetUnit' }),
      value: (r) =>
        r.unitName
          ? intl.formatMessage({ id: 'campaigns.targetUnitScope' }, { unit: r.unitName })
          : intl.formatMessage({ id: 'campaigns.targetAllUnits' }),
      kind: 'text',
    },
    { id: 'basis', header: intl.formatMessage({ id: 'campaigns.basis' }), value: (r) => r.basis, kind: 'text' },
    {
      id: 'value',
      header: intl.formatMessage({ id: 'campaigns.value' }),
      value: (r) => r.value,
      kind: 'count',
      render: (r) => formatValue(r.value, unitOf(byKey, r.metric), locale),
    },
    {
      id: 'status',
      header: intl.formatMessage({ id: 'campaigns.status' }),
      value: (r) => intl.formatMessage({ id: `campaigns.status.${r.status}` }),
      kind: 'text',
      render: (r) => (
        <span className={`target-status target-status--${r.status.toLowerCase()}`} data-testid="target-status">
          <span aria-hidden="true">{TARGET_MARK[r.status]} </span>
          {intl.formatMessage({ id: `campaigns.status.${r.status}` })}
        </span>
      ),
    },
  ];
  return (
    <Panel
      title={title}
      busy={loading}
      description={[
        ...(counts ? [intl.formatMessage({ id: 'campaigns.targetsSummary' }, { met: counts.met, total: counts.total })] : []),
        intl.formatMessage({ id: 'campaigns.targetsDescription' }),
      ].join('. ')}
    >
      <DataTable
        urlKey="targets"
        caption={title}
        hideCaption
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        csvName={['chien-dich-chi-tieu', code]}
      />
    </Panel>
  );
}
