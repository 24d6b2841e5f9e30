import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useMetrics } from '../../../components/metric-catalogue';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { PeriodPicker } from '../../../components/period-picker';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { UnitNotice, unitLabelQuery, useUnitLabel } from '../../../components/unit-label';
import { UnitPicker } from '../../../components/unit-picker';
import { formatPeriod, type Locale } from '../../../shared/format';
import { pageQuery, viewSlot, type PagePrefetch } from '../../../shared/page-query';
import type { ViewState } from '../../../shared/url-state';
import { previousPeriod } from '../../../shared/period';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { useUpdateParams, useViewState } from '../../../shared/use-view-state';
import { CompareUnitsPageQuery } from '../api/compare-units-page.query';
import '../compare-units.css';
import {
  isKpiKey,
  KPI_KEYS,
  picksParam,
  readPicks,
  readSort,
  sortParams,
  togglePick,
  toRankingRows,
  type KpiKey,
} from '../utils/compare-units-rows';
import { metricInfo } from './compare-units-cells';
import { CompareUnitsChart } from './compare-units-chart';
import { CompareUnitsPicked } from './compare-units-picked';
import { CompareUnitsTable, TABLE_COLUMN_IDS } from './compare-units-table';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

const DEFAULT_METRIC: KpiKey = 'onTimeRate';

/** The ranking's query for the URL's unit, period, metric and grouping (the page prefetches it). */
const compareUnitsQuery = (view: ViewState, params: URLSearchParams) =>
  pageQuery(CompareUnitsPageQuery, {
    parentCode: view.unit,
    period: { from: view.from, to: view.to },
    metric: isKpiKey(view.metric) ? view.metric : DEFAULT_METRIC,
    groupBySuccessor: params.get('successors') === '1',
  });

/**
 * What the page's first view asks, started before it renders (app/lazy-page.tsx). For a ward, which has no
 * units under it, the ranking comes back empty and the page does not ask it (it knows the level only later).
 */
export const prefetch: PagePrefetch = (params) => {
  const { view } = viewSlot(params);
  return [unitLabelQuery(view.unit), compareUnitsQuery(view, params)];
};

/**
 * Every child unit of the chosen unit side by side for a period: all KPIs, rank and rank move by a chosen
 * metric, target status; a chart of that metric; picked units side by side; optionally grouped into the
 * wards that succeeded them in 2025. Unit, period, metric, sort, picks and grouping live in the URL.
 */
export default function CompareUnitsPage() {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const [view, update, params] = useViewState();
  // Sorting and picking replace the history entry: Back returns to the previous unit or period, not click by click.
  const replaceParams = useUpdateParams();
  const period = { from: view.from, to: view.to };
  const { name, unit } = useUnitLabel(view.unit, period);
  const catalogue = useMetrics();
  const metric: KpiKey = isKpiKey(view.metric) ? view.metric : DEFAULT_METRIC;
  const grouped = params.get('successors') === '1';
  const picks = readPicks(params);
  const sort = readSort(params, TABLE_COLUMN_IDS);
  const metricId = useId();
  const successorsId = useId();
  // A ward or commune has no units under it: say so rather than ask.
  const leaf = unit?.level === 'COMMUNE';
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(CompareUnitsPageQuery, leaf ? skipToken : { variables: compareUnitsQuery(view, params).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const comparison = data?.compareUnits;
  useReadyMark((Boolean(comparison) || leaf) && !catalogue.loading, 'compare-units');

  const rows = useMemo(() => (comparison ? toRankingRows(comparison.rows, locale) : []), [comparison, locale]);
  const what = intl.formatMessage({ id: 'compareUnits.table' });
  const title = intl.formatMessage({ id: 'compareUnits.tableTitle' }, { unit: name });
  const baseName = ['so-sanh-don-vi', view.unit, view.from, view.to];
  const previous = comparison?.previousPeriod ?? previousPeriod(period);

  let body;
  if (leaf)
    body = (
      <Panel title={title}>
        <EmptyState>
          {intl.formatMessage({ id: 'compareUnits.empty' }, { unit: name, period: formatPeriod(view.from, view.to) })}
        </EmptyState>
      </Panel>
    );
  else if (error)
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
  else if (!rows.length)
    body = (
      <Panel title={title}>
        <EmptyState>
          {intl.formatMessage({ id: 'compareUnits.empty' }, { unit: name, period: formatPeriod(view.from, view.to) })}
        </EmptyState>
      </Panel>
    );
  else
    body = (
      <>
        <CompareUnitsTable
          rows={rows}
          unitName={name}
          metric={metric}
          previousPeriod={previous}
          grouped={grouped}
          sort={sort}
          onSort={(next) => replaceParams(sortParams(next), { replace: true })}
          picks={picks}
          onPick={(code) => replaceParams({ pick: picksParam(togglePick(picks, code)) }, { replace: true })}
          csvName={[...baseName, metric, ...(grouped ? ['gop-ke-thua'] : [])]}
          busy={loading}
        />
        <div className="grid grid--2-1">
          <CompareUnitsChart
            rows={rows}
            metric={metric}
            picks={picks}
            period={period}
            csvName={[...baseName, metric, 'bieu-do']}
            busy={loading}
          />
          <CompareUnitsPicked
            rows={rows}
            picks={picks}
            onClear={() => replaceParams({ pick: undefined }, { replace: true })}
            csvName={[...baseName, 'canh-nhau']}
          />
        </div>
      </>
    );

  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'compareUnits.title' })}
        context={
          <>
            <strong data-testid="context-unit">{name}</strong> ·{' '}
            <span data-testid="context-period">{formatPeriod(view.from, view.to)}</span> ·{' '}
            {intl.formatMessage({ id: 'compareUnits.scope' })}
          </>
        }
      />
      <section className="filters" aria-label={intl.formatMessage({ id: 'filters.label' })}>
        <UnitPicker code={view.unit} name={name} onChange={(code) => update({ unit: code, pick: undefined })} />
        <PeriodPicker value={period} onChange={(p) => update({ from: p.from, to: p.to })} />
        <div className="field">
          <label htmlFor={metricId}>{intl.formatMessage({ id: 'compareUnits.metric' })}</label>
          <select id={metricId} value={metric} onChange={(e) => update({ metric: e.target.value })}>
            {KPI_KEYS.map((key) => (
              <option key={key} value={key}>
                {metricInfo(catalogue.byKey, key).name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--check compare-units__successors">
          <input
            id={successorsId}
            type="checkbox"
            checked={grouped}
            aria-describedby={`${successorsId}-hint`}
            onChange={(e) => update({ successors: e.target.checked ? '1' : undefined, pick: undefined })}
          />
          <label htmlFor={successorsId}>{intl.formatMessage({ id: 'compareUnits.successors' })}</label>
          <p className="cell-sub" id={`${successorsId}-hint`}>
            {intl.formatMessage({ id: 'compareUnits.successorsHint' })}
          </p>
        </div>
      </section>
      <UnitNotice code={view.unit} period={period} />
      {body}
    </>
  );
}
