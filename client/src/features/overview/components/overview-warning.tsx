import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'wouter';
import { graphql } from '../../../__generated__';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { exportCsv } from '../../../shared/export-csv';
import { formatDate, formatNumber, type Locale } from '../../../shared/format';
import { pageQuery, subtree } from '../../../shared/page-query';
import { todayInVietnam, type Period } from '../../../shared/period';
import { useUpdateParams } from '../../../shared/use-view-state';
import { MAX_WARN_DAYS, readWarnDays, toWarningRows, warningAsOf, type WarningRow } from '../utils/early-warning';

const OverviewEarlyWarningQuery = graphql(`
  query OverviewEarlyWarning($scope: ScopeInput!, $asOf: Date!, $within: Int!, $top: Int!) {
    earlyWarning(scope: $scope, asOf: $asOf, withinWorkingDays: $within, topGroups: $top) {
      asOf
      horizon
      withinWorkingDays
      dueToday
      dueWithin
      alreadyOverdue
      byUnit {
        unit {
          id
          code
          name
          nameEn
        }
        dueToday
        dueWithin
        alreadyOverdue
      }
      groupCount
      groups {
        ...OverviewWarningGroup
      }
    }
  }
  fragment OverviewWarningGroup on EarlyWarningGroup {
    unit {
      id
      code
      name
      nameEn
    }
    procedure {
      id
      code
      name
      nameEn
    }
    dueToday
    dueWithin
    dueDays {
      dueOn
      dossiers
    }
  }
`);

/** Every group, for the CSV: a province has thousands, so they are fetched only when asked for. */
const OverviewEarlyWarningExportQuery = graphql(`
  query OverviewEarlyWarningExport($scope: ScopeInput!, $asOf: Date!, $within: Int!) {
    earlyWarning(scope: $scope, asOf: $asOf, withinWorkingDays: $within) {
      groups {
        ...OverviewWarningGroup
      }
    }
  }
`);

const TOP = 10;
const DAY_CHOICES = Array.from({ length: MAX_WARN_DAYS + 1 }, (_, i) => i);

/** The panel's query: the warning day and the ?warnDays= horizon (the page prefetches it). */
export const earlyWarningQuery = (unitCode: string, period: Period, params: URLSearchParams) =>
  pageQuery(OverviewEarlyWarningQuery, {
    scope: subtree(unitCode),
    asOf: warningAsOf(period, todayInVietnam()),
    within: readWarnDays(params.get('warnDays')),
    top: TOP,
  });

/**
 * Unfinished dossiers coming due from the warning day through N working days after it (?warnDays=, default 3),
 * and apart those already overdue. The warning day is the period's last day, or today when the period has not
 * ended yet.
 */
export function OverviewEarlyWarning({ unitCode, period }: { unitCode: string; period: Period }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const selectId = useId();
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const days = readWarnDays(params.get('warnDays'));
  const today = todayInVietnam();
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(OverviewEarlyWarningQuery, { variables: earlyWarningQuery(unitCode, period, params).variables });
  const client = useApolloClient();
  const [exportFailed, setExportFailed] = useState<string | null>(null);
  const data = fresh ?? previousData;
  const title = intl.formatMessage({ id: 'overview.warning.title' });
  const what = intl.formatMessage({ id: 'overview.warning.what' });
  const picker = (
    <div className="field field--inline">
      <label htmlFor={selectId}>{intl.formatMessage({ id: 'overview.warning.days' })}</label>
      <select id={selectId} value={days} onChange={(e) => update({ warnDays: e.target.value }, { replace: true })}>
        {DAY_CHOICES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
  if (error)
    return (
      <Panel title={title} tools={picker}>
        <ErrorState what={what} error={error} onRetry={() => refetch()} />
      </Panel>
    );
  if (!data)
    return (
      <Panel title={title} tools={picker}>
        <Loading what={what} />
      </Panel>
    );

  const w = data.earlyWarning;
  const rows = toWarningRows(w.groups, locale);
  const description = intl.formatMessage(
    { id: 'overview.warning.description' },
    {
      asOf: formatDate(w.asOf),
      asOfKind: intl.formatMessage({ id: w.asOf === today ? 'overview.warning.asOfToday' : 'overview.warning.asOfPeriodEnd' }),
      horizon: formatDate(w.horizon),
    },
  );
  const columns: TableColumn<WarningRow>[] = [
    { id: 'unit', header: intl.formatMessage({ id: 'overview.warning.unit' }), value: (r) => r.unit, kind: 'text' },
    {
      id: 'procedure',
      header: intl.formatMessage({ id: 'overview.warning.procedure' }),
      value: (r) => r.procedure,
      kind: 'text',
      minWidth: '16rem',
    },
    {
      id: 'procedureCode',
      header: intl.formatMessage({ id: 'overview.warning.procedureCode' }),
      value: (r) => r.procedureCode,
      kind: 'text',
    },
    {
      id: 'firstDue',
      header: intl.formatMessage({ id: 'overview.warning.firstDue' }),
      value: (r) => r.firstDue,
      render: (r) => formatDate(r.firstDue),
      kind: 'text',
    },
    { id: 'dueToday', header: intl.formatMessage({ id: 'overview.warning.groupDueToday' }), value: (r) => r.dueToday, kind: 'count' },
    { id: 'dueWithin', header: intl.formatMessage({ id: 'overview.warning.groupDueWithin' }), value: (r) => r.dueWithin, kind: 'count' },
  ];
  const exportAll = async () => {
    const scope = subtree(unitCode);
    setExportFailed(null);
    try {
      const all = await client.query({
        query: OverviewEarlyWarningExportQuery,
        variables: { scope, asOf: w.asOf, within: w.withinWorkingDays },
      });
      if (!all.data) throw new Error(all.error?.message ?? intl.formatMessage({ id: 'overview.warning.csvNoAnswer' }));
      const allRows = toWarningRows(all.data.earlyWarning.groups, locale);
      await exportCsv(
        columns.map((c) => c.header),
        allRows.map((r) => columns.map((c) => c.value(r))),
        ['canh-bao-som', unitCode, w.asOf, w.horizon],
      );
    } catch (error) {
      setExportFailed((error as Error).message);
    }
  };
  const totals = [
    { id: 'due-today', label: intl.formatMessage({ id: 'overview.warning.dueToday' }, { date: formatDate(w.asOf) }), value: w.dueToday },
    {
      id: 'due-within',
      label: intl.formatMessage({ id: 'overview.warning.dueWithin' }, { days: w.withinWorkingDays, date: formatDate(w.horizon) }),
      value: w.dueWithin,
    },
    {
      id: 'overdue',
      label: intl.formatMessage({ id: 'overview.warning.alreadyOverdue' }, { date: formatDate(w.asOf) }),
      value: w.alreadyOverdue,
    },
  ];
  type UnitTotals = (typeof w.byUnit)[number];
  const unitColumns: TableColumn<UnitTotals>[] = [
    {
      id: 'unit',
      header: intl.formatMessage({ id: 'overview.warning.unit' }),
      value: (u) => (locale === 'en' && u.unit.nameEn) || u.unit.name,
      kind: 'text',
    },
    { id: 'dueToday', header: intl.formatMessage({ id: 'overview.warning.groupDueToday' }), value: (u) => u.dueToday, kind: 'count' },
    { id: 'dueWithin', header: intl.formatMessage({ id: 'overview.warning.groupDueWithin' }), value: (u) => u.dueWithin, kind: 'count' },
    {
      id: 'alreadyOverdue',
      header: intl.formatMessage({ id: 'overview.warning.unitOverdue' }),
      value: (u) => u.alreadyOverdue,
      kind: 'count',
    },
  ];
  return (
    <Panel title={title} description={description} tools={picker} className="panel--warning" busy={loading}>
      <dl className="warning-totals" data-testid="warning-totals" data-as-of={w.asOf} data-horizon={w.horizon}>
        {totals.map((t) => (
          <div key={t.id} className={`warning-totals__item warning-totals__item--${t.id}`}>
            <dt>{t.label}</dt>
            <dd data-testid={`warning-${t.id}`}>{formatNumber(t.value, locale)}</dd>
          </div>
        ))}
      </dl>
      {w.byUnit.length > 0 && (
        <div data-testid="warning-by-unit">
          <DataTable
            urlKey="warning-units"
            caption={intl.formatMessage({ id: 'overview.warning.byUnit' })}
            columns={unitColumns}
            rows={w.byUnit}
            rowKey={(u) => u.unit.id}
            csvName={['canh-bao-som-theo-don-vi', unitCode, w.asOf, w.horizon]}
          />
        </div>
      )}
      {rows.length ? (
        <>
          <div className="warning-table__bar">
            <p className="section__note">
              {intl.formatMessage(
                { id: 'overview.warning.top' },
                { shown: formatNumber(rows.length, locale), total: formatNumber(w.groupCount, locale) },
              )}
            </p>
            <button type="button" className="button button--quiet" onClick={() => void exportAll()}>
              <span aria-hidden="true">⤓ </span>
              {intl.formatMessage({ id: 'overview.warning.csvAll' })}
              <span className="visually-hidden">: {intl.formatMessage({ id: 'overview.warning.caption' })}</span>
            </button>
          </div>
          {exportFailed && (
            <p className="section__note" role="alert">
              {intl.formatMessage({ id: 'overview.warning.csvFailed' }, { message: exportFailed })}
            </p>
          )}
          <div data-testid="warning-groups">
            <DataTable
              urlKey="warning"
              caption={intl.formatMessage({ id: 'overview.warning.caption' })}
              columns={columns}
              rows={rows}
              rowKey={(r) => r.key}
            />
          </div>
        </>
      ) : (
        <EmptyState>
          {intl.formatMessage({ id: 'overview.warning.none' }, { asOf: formatDate(w.asOf), horizon: formatDate(w.horizon) })}
        </EmptyState>
      )}
    </Panel>
  );
}
