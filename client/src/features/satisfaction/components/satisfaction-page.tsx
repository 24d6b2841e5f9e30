import { useId } from 'react';
import { useIntl } from 'react-intl';
import { PageHeader } from '../../../components/page-header';
import { PeriodPicker } from '../../../components/period-picker';
import { UnitNotice, unitLabelQuery, useUnitLabel } from '../../../components/unit-label';
import { readSortParam, sortParamOf } from '../../../components/table-sort';
import { UnitPicker } from '../../../components/unit-picker';
import { formatPeriod } from '../../../shared/format';
import { viewSlot, type PagePrefetch } from '../../../shared/page-query';
import { readChoice } from '../../../shared/url-state';
import { useViewState } from '../../../shared/use-view-state';
import { GRAINS, type Grain } from '../utils/satisfaction-series';
import { SatisfactionCards, satisfactionCardsQuery } from './satisfaction-cards';
import { satisfactionThresholdQuery } from './satisfaction-threshold';
import { SatisfactionTrend, satisfactionTrendQuery } from './satisfaction-trend';
import { SatisfactionUnits, satisfactionUnitsQuery, UNIT_SORT_COLUMNS } from './satisfaction-units';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

/** The trend's grain (?grain=), by month unless the URL says otherwise. */
const readGrain = (params: URLSearchParams): Grain => readChoice(params, 'grain', GRAINS, 'MONTH');

/** What the page's first view asks, started before it renders (app/lazy-page.tsx). */
export const prefetch: PagePrefetch = (params) => {
  const { unitCode, period } = viewSlot(params);
  const grain = readGrain(params);
  return [
    unitLabelQuery(unitCode),
    satisfactionCardsQuery(unitCode, period),
    satisfactionThresholdQuery(unitCode),
    satisfactionTrendQuery(unitCode, period, grain),
    satisfactionUnitsQuery(unitCode, period),
  ];
};

/**
 * Citizens' ratings: the period's levels and satisfaction rate, the levels over time (?grain=) against the
 * target line, and each unit's rate (table sort kept in ?sort=).
 */
export default function SatisfactionPage() {
  const intl = useIntl();
  const [view, update, params] = useViewState();
  const period = { from: view.from, to: view.to };
  const { name } = useUnitLabel(view.unit, period);
  const grain = readGrain(params);
  const sort = readSortParam(params.get('sort'), UNIT_SORT_COLUMNS);
  const grainId = useId();
  const common = { unitCode: view.unit, period };
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'satisfaction.title' })}
        context={
          <>
            <strong data-testid="context-unit">{name}</strong> ·{' '}
            <span data-testid="context-period">{formatPeriod(view.from, view.to)}</span> ·{' '}
            {intl.formatMessage({ id: 'satisfaction.scope' })}
          </>
        }
      />
      <section className="filters" aria-label={intl.formatMessage({ id: 'filters.label' })}>
        <UnitPicker code={view.unit} name={name} onChange={(unit) => update({ unit })} />
        <PeriodPicker value={period} onChange={(p) => update({ from: p.from, to: p.to })} />
        <div className="field">
          <label htmlFor={grainId}>{intl.formatMessage({ id: 'satisfaction.grain' })}</label>
          <select id={grainId} value={grain} onChange={(e) => update({ grain: e.target.value })}>
            {GRAINS.map((key) => (
              <option key={key} value={key}>
                {intl.formatMessage({ id: `satisfaction.grain.${key}` })}
              </option>
            ))}
          </select>
        </div>
      </section>
      <UnitNotice code={view.unit} period={period} />
      <SatisfactionCards {...common} unitName={name} />
      <SatisfactionTrend {...common} grain={grain} />
      <SatisfactionUnits {...common} sort={sort} onSort={(next) => update({ sort: sortParamOf(next) }, { replace: true })} />
    </>
  );
}
