import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'wouter';
import { graphql } from '../../../__generated__';
import type { TrendBand } from '../../../components/trend-chart';
import { toCampaignBands } from '../../../shared/campaign-bands';
import type { Locale } from '../../../shared/format';
import { Loading } from '../../../components/query-state';
import { sortParamKey } from '../../../components/table-sort';
import { pageQuery } from '../../../shared/page-query';
import { trendWindow, type Period } from '../../../shared/period';
import { useUpdateParams } from '../../../shared/use-view-state';
import { toCampaignPeriods } from '../utils/campaign-input';
import { DRILL_TABLE, readDrill, type DrillFigure } from '../utils/drill-down';
import { OverviewEarlyWarning } from './overview-warning';

/*
 * The views the page places beside its own: campaign bands on the trend, the early warning panel and the
 * dossier list behind a figure. Each lives in its own file; the page only knows these names.
 */

export interface SlotProps {
  unitCode: string;
  period: Period;
}

const OverviewCampaignBandsQuery = graphql(`
  query OverviewCampaignBands($unitCode: String!) {
    campaigns(unitCode: $unitCode) {
      code
      name
      nameEn
      kind
      startsOn
      endsOn
    }
  }
`);

/** The campaigns drawn as bands (the page prefetches them). */
export const campaignBandsQuery = (unitCode: string) => pageQuery(OverviewCampaignBandsQuery, { unitCode });

const KINDS = ['YEARLY_THEME', 'PEAK_MONTH', 'SAME_DAY', 'SAME_DAY_WEEK', 'OTHER'] as const;

/**
 * Campaign periods to shade on the trend chart, over the chart's own twelve-month window (not the selected
 * period), labelled by the campaign's kind. The bands only add context: on an error the chart draws without them.
 */
export function useCampaignBands({ unitCode, period }: SlotProps): TrendBand[] {
  const intl = useIntl();
  const { data } = useQuery(OverviewCampaignBandsQuery, { variables: campaignBandsQuery(unitCode).variables, errorPolicy: 'ignore' });
  if (!data?.campaigns) return [];
  return toCampaignBands(toCampaignPeriods(data.campaigns, intl.locale as Locale), trendWindow(period), {
    label: (c) => {
      const kind = (KINDS as readonly string[]).includes(c.kind ?? '') ? (c.kind as (typeof KINDS)[number]) : 'OTHER';
      return intl.formatMessage({ id: `overview.band.kind.${kind}` });
    },
  });
}

/** Unfinished dossiers about to turn overdue (from `earlyWarning`). */
export function EarlyWarningSlot(props: SlotProps) {
  return <OverviewEarlyWarning {...props} />;
}

// The dossier list is fetched when a figure is opened (a click, or a copied link that names one), not with the page.
const OverviewDrillDown = lazy(() => import('./overview-drill').then((m) => ({ default: m.OverviewDrillDown })));

/** The dossiers behind a figure (from `dossiers`), opened from the cards and the units table. */
export function DrillDownSlot(props: SlotProps & { metric?: string }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  if (!readDrill(params)) return null;
  return (
    <Suspense fallback={<Loading what={intl.formatMessage({ id: 'overview.drill.what' })} />}>
      <OverviewDrillDown unitCode={props.unitCode} period={props.period} />
    </Suspense>
  );
}

/** Opens the dossier list behind a figure: of a unit's own desk (a table row), or of the whole selected unit (a card). */
export function useOpenDrill(): (figure: DrillFigure, unitCode?: string) => void {
  const update = useUpdateParams();
  // Another list: the last one's sort does not carry over.
  return useCallback(
    (figure, unitCode) => update({ drill: figure, drillUnit: unitCode, [sortParamKey(DRILL_TABLE)]: undefined }),
    [update],
  );
}
