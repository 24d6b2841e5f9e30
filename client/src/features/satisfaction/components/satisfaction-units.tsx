import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import type { SatisfactionUnitsQuery as SatisfactionUnitsResult } from '../../../__generated__/graphql';
import { BarChart } from '../../../components/bar-chart';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetric, useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatPercent, type Locale } from '../../../shared/format';
import { PALETTE } from '../../../shared/palette';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { LEVELS, orderRows } from '../utils/satisfaction-series';
import { useSatisfactionThreshold } from './satisfaction-threshold';

const SatisfactionUnitsQuery = graphql(`
  query SatisfactionUnits($scope: ScopeInput!, $period: PeriodInput!) {
    satisfaction(scope: $scope, period: $period, groupBy: [UNIT]) {
      unit {
        id
        code
        name
        nameEn
      }
      ratings
      ratingsVerySatisfied
      ratingsSatisfied
      ratingsNeutral
      ratingsDissatisfied
      satisfactionRate
      dissatisfiedShare
    }
  }
`);

type ApiRow = SatisfactionUnitsResult['satisfaction'][number];
interface UnitRow extends ApiRow {
  id: string;
  name: string;
}

/** Columns a user can sort the table by (kept in the URL as ?sort=-satisfactionRate). */
export const UNIT_SORT_COLUMNS = ['name', ...LEVELS, 'ratings', 'satisfactionRate', 'dissatisfiedShare'] as const;
const DEFAULT_SORT = { id: 'satisfactionRate', desc: true };

/** The units table's query (the page prefetches it). */
export const satisfactionUnitsQuery = (unitCode: string, period: Period) =>
  pageQuery(SatisfactionUnitsQuery, { scope: subtree(unitCode), period });

/** Each unit's ratings by level and satisfaction rate: bars against the threshold, and the sortable table. */
export function SatisfactionUnits({
  unitCode,
  period,
  sort,
  onSort,
}: {
  unitCode: string;
  period: Period;
  sort: { id: string; desc: boolean } | null;
  onSort: (sort: { id: string; desc: boolean } | null) => void;
}) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const { byKey } = useMetrics();
  const rate = useMetric('satisfactionRate');
  const threshold = useSatisfactionThreshold(unitCode, period);
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(SatisfactionUnitsQuery, { variables: satisfactionUnitsQuery(unitCode, period).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const title = intl.formatMessage({ id: 'satisfaction.unitsTitle' });
  const what = intl.formatMessage({ id: 'satisfaction.units' });
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
  const rows: UnitRow[] = data.satisfaction
    .filter((r) => r.unit)
    .map((r) => {
      const unitName = (locale === 'en' && r.unit!.nameEn) || r.unit!.name;
      const own = r.unit!.code === unitCode && data.satisfaction.length > 1;
      return { ...r, id: r.unit!.id, name: own ? `${unitName} ${intl.formatMessage({ id: 'satisfaction.ownDesk' })}` : unitName };
    });
  if (!rows.some((r) => r.ratings > 0))
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'satisfaction.unitsEmpty' })}</EmptyState>
      </Panel>
    );

  const shown = sort ?? DEFAULT_SORT;
  // The bars follow the table's order, so the chart and the table read the same way.
  const ordered = orderRows(rows, shown, locale);
  const withRate = ordered.filter((r) => r.satisfactionRate !== null);
  const withoutRate = ordered.filter((r) => r.satisfactionRate === null);
  const rateMissing = intl.formatMessage({ id: 'satisfaction.rateMissing' });
  const columns: TableColumn<UnitRow>[] = [
    { id: 'name', header: intl.formatMessage({ id: 'satisfaction.unit' }), value: (r) => r.name, kind: 'text', minWidth: '12rem' },
    ...LEVELS.map((key) => ({
      id: key,
      header: name(key),
      value: (r: UnitRow) => r[key],
      kind: 'count' as const,
      description: byKey.get(key)?.description,
    })),
    { id: 'ratings', header: name('ratings'), value: (r) => r.ratings, kind: 'count', description: byKey.get('ratings')?.description },
    {
      id: 'satisfactionRate',
      header: rate.name,
      value: (r) => r.satisfactionRate,
      render: (r) =>
        r.satisfactionRate === null ? (
          <span title={rateMissing}>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{rateMissing}</span>
          </span>
        ) : (
          formatPercent(r.satisfactionRate, locale)
        ),
      kind: 'rate',
      description: rate.description,
    },
    {
      id: 'dissatisfiedShare',
      header: name('dissatisfiedShare'),
      value: (r) => r.dissatisfiedShare,
      kind: 'rate',
      description: byKey.get('dissatisfiedShare')?.description,
    },
  ];
  return (
    <Panel
      title={title}
      description={[intl.formatMessage({ id: 'satisfaction.unitsDescription' }), threshold?.note].filter(Boolean).join(' ')}
      busy={loading}
    >
      <BarChart
        bars={withRate.map((r) => ({ key: r.id, label: r.name, value: r.satisfactionRate!, colour: PALETTE.blue }))}
        valueName={rate.name}
        kind="rate"
        reference={threshold ? { value: threshold.value, label: threshold.label } : undefined}
        summary={intl.formatMessage(
          { id: 'satisfaction.unitsChartSummary' },
          { values: withRate.map((r) => `${r.name} ${formatPercent(r.satisfactionRate, locale)}`).join(', ') },
        )}
        height={Math.max(180, withRate.length * 30 + 50)}
      />
      {withoutRate.length > 0 && (
        <p className="section__note">
          {intl.formatMessage({ id: 'satisfaction.noRatings' }, { names: withoutRate.map((r) => r.name).join(', ') })}
        </p>
      )}
      <DataTable
        urlKey={null}
        caption={`${title} — ${rate.name}`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        csvName={['hai-long-theo-don-vi', unitCode, period.from, period.to]}
        sort={shown}
        onSortChange={onSort}
      />
    </Panel>
  );
}
