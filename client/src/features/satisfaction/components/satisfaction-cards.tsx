import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { KpiCard } from '../../../components/kpi-card';
import { useMetric, useMetrics } from '../../../components/metric-catalogue';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatNumber, formatPercent, formatPeriod, type Locale } from '../../../shared/format';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { previousChanges } from '../../../shared/previous-change.fragment';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { useSatisfactionThreshold } from './satisfaction-threshold';

const SatisfactionCardsQuery = graphql(`
  query SatisfactionCards($scope: ScopeInput!, $unitCode: String!, $period: PeriodInput!) {
    current: satisfaction(scope: $scope, period: $period) {
      ...SatisfactionCardsFigures
    }
    change: comparePeriods(scope: $scope, period: $period, against: [PREVIOUS_PERIOD]) {
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
  fragment SatisfactionCardsFigures on SatisfactionRow {
    ratings
    ratingsVerySatisfied
    ratingsSatisfied
    ratingsNeutral
    ratingsDissatisfied
    satisfactionRate
    verySatisfiedShare
    satisfiedShare
    neutralShare
    dissatisfiedShare
  }
`);

/** Each level's count with its share (the API's), beside the ratings and the satisfaction rate. */
const LEVEL_SHARES = [
  ['ratingsVerySatisfied', 'verySatisfiedShare'],
  ['ratingsSatisfied', 'satisfiedShare'],
  ['ratingsNeutral', 'neutralShare'],
  ['ratingsDissatisfied', 'dissatisfiedShare'],
] as const;

/** The cards' query: the period's ratings and their change since the previous period (the page prefetches it). */
export const satisfactionCardsQuery = (unitCode: string, period: Period) =>
  pageQuery(SatisfactionCardsQuery, { scope: subtree(unitCode), unitCode, period });

/** The period's ratings, satisfaction rate and levels, against the previous period (F10: 65.334, 99,32%). */
export function SatisfactionCards({ unitCode, unitName, period }: { unitCode: string; unitName: string; period: Period }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const catalogue = useMetrics();
  const ratings = useMetric('ratings');
  const threshold = useSatisfactionThreshold(unitCode, period);
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(SatisfactionCardsQuery, { variables: satisfactionCardsQuery(unitCode, period).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const current = data?.current[0];
  const previous = previousChanges(data?.change);
  const change = (metric: string) => previous?.byMetric.get(metric) ?? null;
  // The targets in force, as the API judged the period against them; none in force: the next one, dated.
  const targets = (data?.targets.rows[0]?.targetStatus ?? []).filter((t) => t.metric === 'satisfactionRate');
  useReadyMark(Boolean(data) && !catalogue.loading, 'satisfaction');
  const what = intl.formatMessage({ id: 'satisfaction.cards' });

  let body;
  if (error) body = <ErrorState what={what} error={error} onRetry={() => refetch()} />;
  else if (!data || catalogue.loading) body = <Loading what={what} />;
  else if (!current || current.ratings === 0)
    body = (
      <EmptyState>
        {intl.formatMessage({ id: 'satisfaction.empty' }, { unit: unitName, period: formatPeriod(period.from, period.to) })}
      </EmptyState>
    );
  else
    body = (
      <div className={loading ? 'kpi-grid is-updating' : 'kpi-grid'} aria-busy={loading}>
        <KpiCard metric="ratings" value={current.ratings} change={change('ratings')} emphasis />
        <KpiCard
          metric="satisfactionRate"
          value={current.satisfactionRate}
          change={change('satisfactionRate')}
          targets={targets}
          emphasis
          note={
            <>
              {intl.formatMessage(
                { id: 'kpi.ofRatings' },
                { count: formatNumber(current.ratings, locale), name: ratings.name.toLowerCase() },
              )}
              {threshold && !threshold.inForce && !targets.length && (
                <>
                  <br />
                  {threshold.label}
                </>
              )}
            </>
          }
        />
        {LEVEL_SHARES.map(([count, share]) => (
          <KpiCard
            key={count}
            metric={count}
            value={current[count]}
            change={change(count)}
            note={intl.formatMessage({ id: 'satisfaction.shareNote' }, { share: formatPercent(current[share], locale) })}
          />
        ))}
      </div>
    );
  return (
    <section className="section" aria-labelledby="satisfaction-cards-title">
      <div className="section__header">
        <h2 id="satisfaction-cards-title" className="section__title">
          {intl.formatMessage({ id: 'satisfaction.cardsTitle' })}
        </h2>
        {previous && (
          <p className="section__note">
            {intl.formatMessage({ id: 'kpi.vsPrevious' }, { period: formatPeriod(previous.period.from, previous.period.to) })}
          </p>
        )}
      </div>
      {body}
    </section>
  );
}
