import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { KpiCard } from '../../../components/kpi-card';
import { useMetrics } from '../../../components/metric-catalogue';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatNumber, formatPeriod, type Locale } from '../../../shared/format';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { ATTRIBUTE_RATE, countIfReported } from '../utils/opinion-rows';

const OpinionsSummaryQuery = graphql(`
  query OpinionsSummary($scope: ScopeInput!, $period: PeriodInput!) {
    opinions(scope: $scope, period: $period) {
      meetings
      opinions
      opinionsItemised
      meetingsWithUnknownOpinionCount
      opinionsAnsweredOnSpot
      opinionsReferred
      opinionsCommuneAuthority
      opinionsDistrictAuthority
      opinionsAboutProcedures
      answeredOnSpotRate
      referredRate
      communeAuthorityShare
      procedureOpinionShare
    }
  }
`);

/** The summary's query (the page prefetches it). */
export const opinionsSummaryQuery = (unitCode: string, period: Period) =>
  pageQuery(OpinionsSummaryQuery, { scope: subtree(unitCode), period });

const COUNTS = [
  'meetings',
  'opinions',
  'opinionsAnsweredOnSpot',
  'opinionsReferred',
  'opinionsCommuneAuthority',
  'opinionsDistrictAuthority',
] as const;
const RATES = ['answeredOnSpotRate', 'referredRate', 'communeAuthorityShare', 'procedureOpinionShare'] as const;

/** The period's totals: meetings, opinions (or at least how many), follow-up counts and the catalogue's rates. */
export function OpinionsSummary({ unitCode, unitName, period }: { unitCode: string; unitName: string; period: Period }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const catalogue = useMetrics();
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(OpinionsSummaryQuery, { variables: opinionsSummaryQuery(unitCode, period).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const total = data?.opinions[0];
  useReadyMark(Boolean(data) && !catalogue.loading, 'opinions');
  const what = intl.formatMessage({ id: 'opinions.summary' });

  let body;
  if (error) body = <ErrorState what={what} error={error} onRetry={() => refetch()} />;
  else if (!data || catalogue.loading) body = <Loading what={what} />;
  else if (!total || total.meetings === 0)
    body = (
      <EmptyState>
        {intl.formatMessage({ id: 'opinions.empty' }, { unit: unitName, period: formatPeriod(period.from, period.to) })}
      </EmptyState>
    );
  else {
    const rateNote = intl.formatMessage({ id: 'opinions.rateNote' });
    body = (
      <div className={loading ? 'kpi-grid is-updating' : 'kpi-grid'} aria-busy={loading}>
        {COUNTS.map((key) => {
          // A count of an attribute no opinion reported is unknown, not 0 (the API's rate over it is null).
          const value =
            key in ATTRIBUTE_RATE
              ? countIfReported(total[key] ?? 0, total[ATTRIBUTE_RATE[key as keyof typeof ATTRIBUTE_RATE]])
              : total[key];
          let note: string | undefined;
          if (key === 'opinions' && total.opinions === null)
            note = intl.formatMessage(
              { id: 'opinions.atLeastNote' },
              { unknown: total.meetingsWithUnknownOpinionCount, itemised: formatNumber(total.opinionsItemised, locale) },
            );
          else if (value === null) note = rateNote;
          return <KpiCard key={key} metric={key} value={value} emphasis={key === 'opinions'} note={note} />;
        })}
        {RATES.map((key) => (
          <KpiCard key={key} metric={key} value={total[key]} note={total[key] === null ? rateNote : undefined} />
        ))}
      </div>
    );
  }
  return (
    <section className="section" aria-labelledby="opinions-summary-title">
      <div className="section__header">
        <h2 id="opinions-summary-title" className="section__title">
          {intl.formatMessage({ id: 'opinions.summaryTitle' })}
        </h2>
        <p className="section__note">{intl.formatMessage({ id: 'opinions.summaryNote' })}</p>
      </div>
      {body}
    </section>
  );
}
