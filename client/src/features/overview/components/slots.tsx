import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import type { TrendBand } from '../../../components/trend-chart';
import { toCampaignBands } from '../../../shared/campaign-bands';
import type { Locale } from '../../../shared/format';
import { trendWindow, type Period } from '../../../shared/period';
import { toCampaignPeriods } from '../utils/campaign-input';
import { OverviewDrillDown } from './overview-drill';
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

const KINDS = ['YEARLY_THEME', 'PEAK_MONTH', 'SAME_DAY', 'SAME_DAY_WEEK', 'OTHER'] as const;

/**
 * Campaign periods to shade on the trend chart, over the chart's own twelve-month window (not the selected
 * period), labelled by the campaign's kind. The bands only add context: on an error the chart draws without them.
 */
export function useCampaignBands({ unitCode, period }: SlotProps): TrendBand[] {
  const intl = useIntl();
  const { data } = useQuery(OverviewCampaignBandsQuery, { variables: { unitCode }, errorPolicy: 'ignore' });
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

/** The dossiers behind a figure (from `dossiers`), opened from the cards and the units table. */
export function DrillDownSlot(props: SlotProps & { metric?: string }) {
  return <OverviewDrillDown unitCode={props.unitCode} period={props.period} />;
}
