import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useMetrics } from '../../../components/metric-catalogue';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { PeriodPicker } from '../../../components/period-picker';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { UnitNotice, unitLabelQuery, useUnitLabel } from '../../../components/unit-label';
import { UnitPicker } from '../../../components/unit-picker';
import { formatDate, formatPeriod } from '../../../shared/format';
import { pageQuery, subtree, viewSlot, type PagePrefetch } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { useViewState } from '../../../shared/use-view-state';
import { ComparePeriodsPageQuery } from '../api/compare-periods-page.query';
import '../compare-periods.css';
import { extraPeriodsParam, presetsParam, readComparison, toPeriodColumns, toPeriodDeltaRows } from '../utils/compare-periods-rows';
import { ComparePeriodsChart } from './compare-periods-chart';
import { ComparePeriodsOptions } from './compare-periods-options';
import { ComparePeriodsTable } from './compare-periods-table';
import { usePeriodName } from './period-label';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

const DEFAULT_METRIC = 'receivedTotal';

/** The comparison's query for a unit, a base period and what the URL compares it with (the page prefetches it). */
const comparePeriodsQuery = (unitCode: string, period: Period, params: URLSearchParams) => {
  const { against, extras, asOf } = readComparison(params, period);
  return pageQuery(ComparePeriodsPageQuery, { scope: subtree(unitCode), period, against, periods: extras, asOf });
};

/** What the page's first view asks, started before it renders (app/lazy-page.tsx). */
export const prefetch: PagePrefetch = (params) => {
  const { unitCode, period } = viewSlot(params);
  return [unitLabelQuery(unitCode), comparePeriodsQuery(unitCode, period, params)];
};

/**
 * A unit (with the units under it) in a base period against two or more periods: presets derived from the
 * base, a cut to date, periods of one's own. Every catalogue metric with the API's deltas, a grouped chart,
 * CSV. Every choice lives in the URL.
 */
export default function ComparePeriodsPage() {
  const intl = useIntl();
  const [view, update, params] = useViewState();
  const period = { from: view.from, to: view.to };
  const { name } = useUnitLabel(view.unit, period);
  const catalogue = useMetrics();
  const nameOf = usePeriodName();
  const { shown, extras, asOf } = readComparison(params, period);
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(ComparePeriodsPageQuery, { variables: comparePeriodsQuery(view.unit, period, params).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const comparison = data?.comparePeriods;
  useReadyMark(Boolean(comparison) && !catalogue.loading, 'compare-periods');

  // Derived once per answer: the tables below re-sort (and reset) whenever their rows change identity.
  const columns = useMemo(() => (comparison ? toPeriodColumns(comparison) : []), [comparison]);
  const rows = useMemo(() => (comparison ? toPeriodDeltaRows(comparison) : []), [comparison]);
  const metric = rows.some((r) => r.metric === view.metric) ? view.metric! : DEFAULT_METRIC;
  const what = intl.formatMessage({ id: 'comparePeriods.report' });
  const title = intl.formatMessage({ id: 'comparePeriods.tableTitle' });
  const baseName = ['so-sanh-ky', view.unit, view.from, view.to];
  const nothing = rows.length > 0 && rows.every((r) => !r.base && r.cells.every((c) => !c.value));

  let body;
  if (error)
    body = (
      <Panel title={title}>
        <ErrorState what={what} error={error} onRetry={() => refetch()} />
      </Panel>
    );
  else if (!comparison || catalogue.loading)
    body = (
      <Panel title={title}>
        <Loading what={what} />
      </Panel>
    );
  else if (nothing)
    body = (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'comparePeriods.empty' }, { unit: name })}</EmptyState>
      </Panel>
    );
  else {
    const base = comparison.base.period;
    body = (
      <>
        {asOf && (
          <p className="notice" role="status">
            {comparison.asOf
              ? intl.formatMessage(
                  { id: 'comparePeriods.cutToDate' },
                  { date: formatDate(comparison.asOf), base: formatPeriod(base.from, base.to), days: base.days ?? 0 },
                )
              : intl.formatMessage({ id: 'comparePeriods.notCut' }, { date: formatDate(asOf) })}
          </p>
        )}
        <ComparePeriodsTable columns={columns} rows={rows} csvName={baseName} busy={loading} />
        <ComparePeriodsChart
          columns={columns}
          rows={rows}
          metric={metric}
          onMetric={(m) => update({ metric: m })}
          csvName={[...baseName, metric, 'bieu-do']}
          busy={loading}
        />
      </>
    );
  }

  const compared = comparison?.compared.map((c) => nameOf(c.period)).join(', ');
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'comparePeriods.title' })}
        context={
          <>
            <strong data-testid="context-unit">{name}</strong> ·{' '}
            <span data-testid="context-period">{formatPeriod(view.from, view.to)}</span>
            {compared ? <span data-testid="context-compared"> ↔ {compared}</span> : null} ·{' '}
            {intl.formatMessage({ id: 'comparePeriods.scope' })}
          </>
        }
      />
      <section className="filters" aria-label={intl.formatMessage({ id: 'filters.label' })}>
        <UnitPicker code={view.unit} name={name} onChange={(unit) => update({ unit })} />
        <PeriodPicker value={period} onChange={(p) => update({ from: p.from, to: p.to })} />
      </section>
      <UnitNotice code={view.unit} period={period} />
      <ComparePeriodsOptions
        base={period}
        presets={shown}
        extras={extras}
        asOf={asOf}
        onPresets={(next) => update({ against: presetsParam(next) })}
        onExtras={(next) => update({ periods: extraPeriodsParam(next) })}
        onAsOf={(day) => update({ asOf: day ?? undefined })}
      />
      {body}
    </>
  );
}
