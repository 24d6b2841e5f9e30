import { useIntl } from 'react-intl';
import { useMetrics, type MetricInfo } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { exportCsv } from '../../../shared/export-csv';
import { formatNumber, formatPercent, formatPoints, formatSignedNumber, formatSignedPercent, type Locale } from '../../../shared/format';
import type { DeltaCell, PeriodColumn, PeriodDeltaRow } from '../utils/compare-periods-rows';
import { usePeriodText } from './period-label';

/** A catalogue metric; while the catalogue loads, the key stands in for the name. */
export function metricOf(byKey: Map<string, MetricInfo>, key: string): MetricInfo {
  return (
    byKey.get(key) ?? {
      key,
      name: key,
      description: '',
      unit: /Rate$|Share$/.test(key) ? 'RATE' : 'COUNT',
      direction: 'NEUTRAL',
      form06Column: null,
    }
  );
}

/**
 * Every catalogue metric (rows) in every period (columns): the base period, then per compared period its value
 * and the API's difference (compared − base; percentage points for rates) with its relative change and
 * which period did better.
 */
export function ComparePeriodsTable({
  columns,
  rows,
  csvName,
  busy,
}: {
  columns: PeriodColumn[];
  rows: PeriodDeltaRow[];
  csvName: (string | number)[];
  busy: boolean;
}) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const { byKey } = useMetrics();
  const textOf = usePeriodText();
  const [base, ...compared] = columns;
  const baseText = textOf(base);
  const comparedText = compared.map(textOf);
  const title = intl.formatMessage({ id: 'comparePeriods.tableTitle' });
  const value = (v: number | null, info: MetricInfo) => (info.unit === 'RATE' ? formatPercent(v, locale) : formatNumber(v, locale));
  const difference = (cell: DeltaCell, info: MetricInfo) => {
    if (cell.difference === null) return '–';
    if (info.unit === 'RATE') return intl.formatMessage({ id: 'kpi.points' }, { value: formatPoints(cell.difference, locale) });
    const relative = cell.relativeChange === null || cell.difference === 0 ? '' : ` (${formatSignedPercent(cell.relativeChange, locale)})`;
    return formatSignedNumber(cell.difference, locale) + relative;
  };

  const downloadCsv = () => {
    const header = [
      intl.formatMessage({ id: 'comparePeriods.metric' }),
      `${baseText.role}: ${baseText.name} (${baseText.days})`,
      ...comparedText.flatMap((t) => [
        `${t.role}: ${t.name} (${t.days})`,
        intl.formatMessage({ id: 'comparePeriods.difference' }, { period: t.name }),
        intl.formatMessage({ id: 'comparePeriods.relative' }, { period: t.name }),
      ]),
    ];
    void exportCsv(
      header,
      rows.map((r) => [metricOf(byKey, r.metric).name, r.base, ...r.cells.flatMap((c) => [c.value, c.difference, c.relativeChange])]),
      csvName,
    );
  };

  return (
    <Panel
      title={title}
      description={intl.formatMessage({ id: 'comparePeriods.direction' })}
      busy={busy}
      tools={
        <button type="button" className="button button--quiet" onClick={downloadCsv}>
          <span aria-hidden="true">⤓ </span>
          {intl.formatMessage({ id: 'comparePeriods.csv' })}
          <span className="visually-hidden">: {title}</span>
        </button>
      }
    >
      <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="compare-periods-table">
          <caption className="visually-hidden">
            {title}. {intl.formatMessage({ id: 'comparePeriods.direction' })}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {intl.formatMessage({ id: 'comparePeriods.metric' })}
              </th>
              <th scope="col" rowSpan={2} className="num period-head period-head--base" data-testid="period-head-BASE">
                <span className="period-head__role">{baseText.role}</span>
                <span className="period-head__name">{baseText.name}</span>
                {baseText.name !== baseText.days && <span className="cell-sub">{baseText.days}</span>}
              </th>
              {compared.map((c, i) => (
                <th key={c.label} scope="colgroup" colSpan={2} className="period-head" data-testid={`period-head-${c.label}`}>
                  <span className="period-head__role">{comparedText[i].role}</span>
                  <span className="period-head__name">{comparedText[i].name}</span>
                  {comparedText[i].name !== comparedText[i].days && <span className="cell-sub">{comparedText[i].days}</span>}
                </th>
              ))}
            </tr>
            <tr>
              {compared.map((c, i) => [
                <th key={`${c.label}-value`} scope="col" className="num">
                  {intl.formatMessage({ id: 'comparePeriods.value' })}
                </th>,
                <th key={`${c.label}-difference`} scope="col" className="num">
                  {intl.formatMessage({ id: 'comparePeriods.difference' }, { period: comparedText[i].name })}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const info = metricOf(byKey, r.metric);
              return (
                <tr key={r.metric} data-metric={r.metric}>
                  <th scope="row" title={info.description || undefined}>
                    {info.name}
                  </th>
                  <td className="num period-base" data-testid={`base-${r.metric}`}>
                    {value(r.base, info)}
                  </td>
                  {r.cells.map((cell, i) => [
                    <td key={`${compared[i].label}-value`} className="num" data-testid={`value-${compared[i].label}-${r.metric}`}>
                      {value(cell.value, info)}
                    </td>,
                    <td key={`${compared[i].label}-difference`} className="num">
                      <span data-testid={`difference-${compared[i].label}-${r.metric}`}>{difference(cell, info)}</span>
                      {cell.baseIsBetter !== null && (
                        <span className={cell.baseIsBetter ? 'cell-sub judge judge--base-better' : 'cell-sub judge judge--base-worse'}>
                          {intl.formatMessage({ id: cell.baseIsBetter ? 'comparePeriods.baseBetter' : 'comparePeriods.baseWorse' })}
                        </span>
                      )}
                    </td>,
                  ])}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
