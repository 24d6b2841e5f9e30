import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { useMetrics } from '../../../components/metric-catalogue';
import { PageHeader } from '../../../components/page-header';
import { PeriodPicker } from '../../../components/period-picker';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { UnitNotice, unitLabelQuery, useUnitLabel } from '../../../components/unit-label';
import { UnitPicker } from '../../../components/unit-picker';
import { downloadFile, fileName } from '../../../shared/download';
import { exportCsv } from '../../../shared/export-csv';
import { formatDate, formatNumber, formatPeriod, type Locale } from '../../../shared/format';
import { pageQuery, viewSlot, type PagePrefetch } from '../../../shared/page-query';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { useViewState } from '../../../shared/use-view-state';
import { checkText, type CheckWords } from '../utils/form06-checks';
import { form06Sheet, HEADER_ROWS, type Form06Texts, type HeaderCell } from '../utils/form06-layout';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

const Form06PageQuery = graphql(`
  query Form06Page($unitCode: String!, $period: PeriodInput!, $includeDescendants: Boolean!) {
    form06(unitCode: $unitCode, period: $period, includeDescendants: $includeDescendants) {
      unit {
        id
        code
        name
        nameEn
      }
      from
      to
      rows {
        rowNumber
        field {
          id
          code
          name
          nameEn
        }
        columns
      }
      total {
        columns
      }
      checks {
        identity
        rowNumber
        field {
          id
          name
          nameEn
        }
        left {
          column
          value
        }
        right {
          column
          value
        }
        rightSum
        holds
        nextPeriodFrom
      }
      checksHolding
      checksBroken
    }
  }
`);

/** The form's query for the URL's unit and period; ?sub=0 leaves out the units under it (the page prefetches it). */
const form06Query = (params: URLSearchParams) => {
  const { unitCode, period } = viewSlot(params);
  return pageQuery(Form06PageQuery, { unitCode, period, includeDescendants: params.get('sub') !== '0' });
};

/** What the page's first view asks, started before it renders (app/lazy-page.tsx). */
export const prefetch: PagePrefetch = (params) => [unitLabelQuery(viewSlot(params).unitCode), form06Query(params)];

/** Form 06 in its official layout, with its identity checks, CSV and XLSX downloads and a print layout. */
export default function Form06Page() {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const [view, update, params] = useViewState();
  const includeDescendants = params.get('sub') !== '0';
  const period = { from: view.from, to: view.to };
  const { name } = useUnitLabel(view.unit, period);
  const { byKey, error: catalogueError } = useMetrics();
  const checkboxId = useId();
  const [xlsxState, setXlsxState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const { data: fresh, previousData, loading, error, refetch } = useQuery(Form06PageQuery, { variables: form06Query(params).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const report = data?.form06;
  useReadyMark(Boolean(report) && byKey.size > 0, 'form06');
  const what = intl.formatMessage({ id: 'form06.report' });

  const metricOfColumn = (column: number) => [...byKey.values()].find((m) => m.form06Column === column);
  const columnName = (column: number) => metricOfColumn(column)?.name ?? `(${column})`;
  const headingText = (cell: HeaderCell) =>
    'column' in cell.label ? columnName(cell.label.column) : intl.formatMessage({ id: cell.label.message });
  const unitName = report ? (locale === 'en' && report.unit.nameEn) || report.unit.name : name;
  const texts: Form06Texts = {
    formNumber: intl.formatMessage({ id: 'form06.formNumber' }),
    heading: intl.formatMessage({ id: 'form06.heading' }, { unit: unitName.toLocaleUpperCase(locale === 'vi' ? 'vi-VN' : 'en-GB') }),
    period: intl.formatMessage({ id: 'form06.period' }, { from: formatDate(view.from), to: formatDate(view.to) }),
    reportingUnit: intl.formatMessage({ id: 'form06.reportingUnit' }, { unit: unitName }),
    measure: intl.formatMessage({ id: 'form06.measure' }),
    total: intl.formatMessage({ id: 'form06.total' }),
    message: (key) => intl.formatMessage({ id: key }),
    column: columnName,
    english: locale === 'en',
  };
  const baseName = ['bieu-06', view.unit, view.from, view.to];

  const downloadCsv = () => {
    if (!report) return;
    const sheet = form06Sheet(report, texts);
    void exportCsv(sheet.header, [sheet.numbers, ...sheet.rows], baseName);
  };
  const downloadXlsx = async () => {
    if (!report) return;
    setXlsxState({ busy: true });
    try {
      const { form06Xlsx } = await import('../utils/form06-xlsx');
      const buffer = await form06Xlsx(form06Sheet(report, texts), headingText);
      downloadFile(buffer, fileName(baseName, 'xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setXlsxState({ busy: false });
    } catch (e) {
      setXlsxState({
        busy: false,
        error: intl.formatMessage({ id: 'form06.xlsxFailed' }, { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  const checkWords: CheckWords = {
    message: (id, values) => intl.formatMessage({ id }, values),
    number: (value) => formatNumber(value, locale),
    date: formatDate,
    english: locale === 'en',
  };
  const checks = report?.checks.map((c) => ({ holds: c.holds, text: checkText(c, report.to, checkWords) })) ?? [];
  const broken = checks.filter((c) => !c.holds);
  let body;
  if (error) body = <ErrorState what={what} error={error} onRetry={() => refetch()} />;
  else if (catalogueError && !byKey.size) body = <ErrorState what={what} error={catalogueError} />;
  else if (!report || !byKey.size) body = <Loading what={what} />;
  else
    body = (
      <>
        <article className={loading ? 'form06 is-updating' : 'form06'} aria-busy={loading} aria-labelledby="form06-heading">
          <p className="form06__number">{texts.formNumber}</p>
          <p className="form06__legal">{intl.formatMessage({ id: 'form06.legal' })}</p>
          <h2 id="form06-heading" className="form06__heading">
            {texts.heading}
          </h2>
          <p className="form06__period">{texts.period}</p>
          <p className="form06__unit">{texts.reportingUnit}</p>
          <p className="form06__measure">{texts.measure}</p>
          {report.rows.length === 0 && (
            <EmptyState>
              {intl.formatMessage({ id: 'form06.empty' }, { unit: unitName, period: formatPeriod(view.from, view.to) })}
            </EmptyState>
          )}
          <div className="table-scroll" role="region" aria-label={texts.formNumber} tabIndex={0}>
            <table className="form06__table">
              <caption className="visually-hidden">
                {texts.heading} — {texts.period}
              </caption>
              <thead>
                {HEADER_ROWS.map((cells, r) => (
                  <tr key={r}>
                    {cells.map((cell, i) => (
                      <th
                        key={i}
                        scope={cell.colSpan > 1 ? 'colgroup' : 'col'}
                        colSpan={cell.colSpan}
                        rowSpan={cell.rowSpan}
                        title={'column' in cell.label ? metricOfColumn(cell.label.column)?.description : undefined}
                      >
                        {headingText(cell)}
                      </th>
                    ))}
                  </tr>
                ))}
                <tr className="form06__numbers">
                  {Array.from({ length: 13 }, (_, i) => (
                    <th key={i} scope="col">
                      ({i + 1})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.field?.id ?? row.rowNumber}>
                    <td className="center">{row.rowNumber}</td>
                    <th scope="row">{(locale === 'en' && row.field?.nameEn) || row.field?.name}</th>
                    {row.columns.map((value, i) => (
                      <td key={i} className="num">
                        {formatNumber(value, locale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td />
                  <th scope="row">{texts.total}</th>
                  {report.total.columns.map((value, i) => (
                    <td key={i} className="num" data-column={i + 3}>
                      {formatNumber(value, locale)}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </article>
        <section className={report.checksBroken ? 'panel checks checks--broken' : 'panel checks'} aria-labelledby="form06-checks">
          <h2 id="form06-checks">{intl.formatMessage({ id: 'form06.checksTitle' })}</h2>
          <p className="checks__summary" role={report.checksBroken ? 'alert' : undefined}>
            <span aria-hidden="true">{report.checksBroken ? '⚠ ' : '✓ '}</span>
            {report.checksBroken
              ? intl.formatMessage({ id: 'form06.checksBroken' }, { count: report.checksBroken })
              : intl.formatMessage({ id: 'form06.checksAllHold' }, { count: report.checksHolding })}
          </p>
          {report.checksBroken > 0 && (
            <ul className="checks__list">
              {broken.map((c, i) => (
                <li key={i} className="check check--broken">
                  {c.text.line}
                </li>
              ))}
            </ul>
          )}
          <details className="no-print">
            <summary>{intl.formatMessage({ id: 'form06.checksShowAll' })}</summary>
            <ul className="checks__list">
              {checks.map((c, i) => (
                <li key={i} className={c.holds ? 'check' : 'check check--broken'}>
                  <span className="check__status">{intl.formatMessage({ id: c.holds ? 'form06.checkHolds' : 'form06.checkBroken' })}</span>{' '}
                  {c.text.line}
                </li>
              ))}
            </ul>
          </details>
        </section>
      </>
    );

  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'form06.title' })}
        context={
          <>
            <strong data-testid="context-unit">{name}</strong> ·{' '}
            <span data-testid="context-period">{formatPeriod(view.from, view.to)}</span>
          </>
        }
        actions={
          <div className="toolbar no-print">
            <button type="button" className="button" onClick={downloadCsv} disabled={!report}>
              <span aria-hidden="true">⤓ </span>
              {intl.formatMessage({ id: 'form06.csv' })}
            </button>
            <button type="button" className="button" onClick={downloadXlsx} disabled={!report || xlsxState.busy} aria-busy={xlsxState.busy}>
              <span aria-hidden="true">⤓ </span>
              {intl.formatMessage({ id: xlsxState.busy ? 'form06.xlsxPreparing' : 'form06.xlsx' })}
            </button>
            <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!report}>
              {intl.formatMessage({ id: 'form06.print' })}
            </button>
          </div>
        }
      />
      {xlsxState.error && (
        <p className="state state--error no-print" role="alert">
          {xlsxState.error}
        </p>
      )}
      <section className="filters no-print" aria-label={intl.formatMessage({ id: 'filters.label' })}>
        <UnitPicker code={view.unit} name={name} onChange={(unit) => update({ unit })} />
        <PeriodPicker value={period} onChange={(p) => update({ from: p.from, to: p.to })} />
        <div className="field field--check">
          <input
            id={checkboxId}
            type="checkbox"
            checked={includeDescendants}
            onChange={(e) => update({ sub: e.target.checked ? undefined : '0' })}
          />
          <label htmlFor={checkboxId}>{intl.formatMessage({ id: 'form06.includeDescendants' })}</label>
        </div>
      </section>
      <UnitNotice code={view.unit} period={period} />
      {body}
    </>
  );
}
