import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { KpiCard } from '../../../components/kpi-card';
import { useMetric, useMetrics } from '../../../components/metric-catalogue';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatNumber, formatPeriod, type Locale } from '../../../shared/format';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { previousChanges } from '../../../shared/previous-change.fragment';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { METRIC_FIGURES } from '../utils/drill-down';
import { useOpenDrill } from './slots';

const OverviewCardsQuery = graphql(`
  query OverviewCards($scope: ScopeInput!, $period: PeriodInput!, $unitCode: String!) {
    # The period's figures come with their change: comparePeriods computes them anyway (a separate kpis
    # would count the period twice).
    change: comparePeriods(scope: $scope, period: $period, against: [PREVIOUS_PERIOD]) {
      base {
        kpi {
          ...OverviewCardsFigures
        }
      }
      ...PreviousChange
    }
    targets: compareUnits(unitCodes: [$unitCode], period: $period) {
      rows {
        targetStatus {
          ...KpiTargetCheck
        }
      }
    }
  }
  fragment OverviewCardsFigures on KpiRow {
    receivedTotal
    received
    carriedOver
    resolved
    early
    onTime
    overdue
    pending
    pendingOverdue
    sameDay
    onTimeRate
    sameDayRate
    satisfactionRate
    ratings
  }
`);

type Figures = Record<(typeof CARD_METRICS)[number] | 'ratings', number | null>;

/** Cards in reading order: what came in, how it was resolved, what is left, then the rates. */
const CARD_METRICS = [
  'receivedTotal',
  'received',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'overdue',
  'pending',
  'pendingOverdue',
  'sameDay',
  'onTimeRate',
  'satisfactionRate',
] as const;
const EMPHASIS = new Set<string>(['receivedTotal', 'onTimeRate', 'satisfactionRate']);

/** The cards' query: the period's figures and their change since the previous one (the page prefetches it). */
export const overviewCardsQuery = (unitCode: string, period: Period) =>
  pageQuery(OverviewCardsQuery, { scope: subtree(unitCode), period, unitCode });

export function OverviewCards({ unitCode, unitName, period }: { unitCode: string; unitName: string; period: Period }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const catalogue = useMetrics();
  const ratings = useMetric('ratings');
  const openDrill = useOpenDrill();
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(OverviewCardsQuery, { variables: overviewCardsQuery(unitCode, period).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const current = data?.change.base.kpi as Figures | undefined;
  const previous = previousChanges(data?.change);
  // The targets in force for the unit in the period, judged by the API (as on the compare-units page).
  const targets = data?.targets.rows[0]?.targetStatus ?? [];
  useReadyMark(Boolean(current) && !catalogue.loading, 'overview');
  const what = intl.formatMessage({ id: 'overview.cards' });

  let body;
  if (error) body = <ErrorState what={what} error={error} onRetry={() => refetch()} />;
  else if (!current || catalogue.loading) body = <Loading what={what} />;
  else if (!current.receivedTotal && !current.resolved && !current.ratings)
    body = (
      <EmptyState>
        {intl.formatMessage({ id: 'overview.empty' }, { unit: unitName, period: formatPeriod(period.from, period.to) })}
      </EmptyState>
    );
  else
    body = (
      <div className={loading ? 'kpi-grid is-updating' : 'kpi-grid'} aria-busy={loading}>
        {CARD_METRICS.map((key) => (
          <KpiCard
            key={key}
            metric={key}
            value={current[key]}
            change={previous?.byMetric.get(key) ?? null}
            targets={targets.filter((t) => t.metric === key)}
            emphasis={EMPHASIS.has(key)}
            note={
              key === 'satisfactionRate' ? (
                intl.formatMessage(
                  { id: 'kpi.ofRatings' },
                  { count: formatNumber(current.ratings, locale), name: ratings.name.toLowerCase() },
                )
              ) : (key === 'overdue' || key === 'pendingOverdue') && current[key] ? (
                <button
                  type="button"
                  className="drill-link"
                  data-drill={METRIC_FIGURES[key]}
                  onClick={() => openDrill(METRIC_FIGURES[key])}
                >
                  {intl.formatMessage({ id: 'overview.drill.openCard' })}
                  <span className="visually-hidden">: {catalogue.byKey.get(key)?.name ?? key}</span>
                </button>
              ) : undefined
            }
          />
        ))}
      </div>
    );
  return (
    <section className="section" aria-labelledby="overview-cards-title">
      <div className="section__header">
        <h2 id="overview-cards-title" className="section__title">
          {intl.formatMessage({ id: 'overview.cardsTitle' })}
        </h2>
        {previous && (
          <p className="section__note">
            {intl.formatMessage({ id: 'kpi.vsPrevious' }, { period: formatPeriod(previous.period.from, previous.period.to) })}
            {data && !targets.some((t) => (CARD_METRICS as readonly string[]).includes(t.metric)) && (
              <> · {intl.formatMessage({ id: 'kpi.noTargets' })}</>
            )}
          </p>
        )}
      </div>
      {body}
    </section>
  );
}
