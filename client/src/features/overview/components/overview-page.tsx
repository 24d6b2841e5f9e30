import { useIntl } from 'react-intl';
import { PageHeader } from '../../../components/page-header';
import { PeriodPicker } from '../../../components/period-picker';
import { UnitNotice, unitLabelQuery, useUnitLabel } from '../../../components/unit-label';
import { UnitPicker } from '../../../components/unit-picker';
import { formatPeriod } from '../../../shared/format';
import { viewSlot, type PagePrefetch } from '../../../shared/page-query';
import { useViewState } from '../../../shared/use-view-state';
import { OverviewCards, overviewCardsQuery } from './overview-cards';
import { OverviewChannels, overviewChannelsQuery } from './overview-channels';
import { OverviewTrend, overviewTrendQuery } from './overview-trend';
import { OverviewUnits, overviewUnitsQuery, rankMetricOf } from './overview-units';
import { earlyWarningQuery } from './overview-warning';
import { campaignBandsQuery, DrillDownSlot, EarlyWarningSlot } from './slots';
import '../overview.css';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

/** What the page's first view asks, started before it renders (app/lazy-page.tsx); the dossier list waits for a click. */
export const prefetch: PagePrefetch = (params) => {
  const { view, unitCode, period } = viewSlot(params);
  return [
    unitLabelQuery(unitCode),
    overviewCardsQuery(unitCode, period),
    earlyWarningQuery(unitCode, period, params),
    overviewTrendQuery(unitCode, period),
    campaignBandsQuery(unitCode),
    overviewChannelsQuery(unitCode, period),
    overviewUnitsQuery(unitCode, period, rankMetricOf(view.metric)),
  ];
};

/** The leader's first screen: key figures with their change, a year's trend, channels and units. */
export default function OverviewPage() {
  const intl = useIntl();
  const [view, update] = useViewState();
  const period = { from: view.from, to: view.to };
  const { name } = useUnitLabel(view.unit, period);
  const metric = rankMetricOf(view.metric);
  const slot = { unitCode: view.unit, period };
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'overview.title' })}
        context={
          <>
            <strong data-testid="context-unit">{name}</strong> ·{' '}
            <span data-testid="context-period">{formatPeriod(view.from, view.to)}</span> ·{' '}
            {intl.formatMessage({ id: 'unit.withDescendants' })}
          </>
        }
      />
      <section className="filters" aria-label={intl.formatMessage({ id: 'filters.label' })}>
        <UnitPicker code={view.unit} name={name} onChange={(unit) => update({ unit, drill: undefined, drillUnit: undefined })} />
        <PeriodPicker value={period} onChange={(p) => update({ from: p.from, to: p.to })} />
      </section>
      <UnitNotice code={view.unit} period={period} />
      <OverviewCards unitCode={view.unit} unitName={name} period={period} />
      <EarlyWarningSlot {...slot} />
      <div className="grid grid--2-1">
        <OverviewTrend unitCode={view.unit} period={period} />
        <OverviewChannels unitCode={view.unit} period={period} />
      </div>
      <OverviewUnits unitCode={view.unit} period={period} metric={metric} onMetric={(m) => update({ metric: m })} />
      <DrillDownSlot {...slot} metric={metric} />
    </>
  );
}
