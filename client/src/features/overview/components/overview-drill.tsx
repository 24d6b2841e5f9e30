import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'wouter';
import { graphql } from '../../../__generated__';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetric } from '../../../components/metric-catalogue';
import { sortParamKey } from '../../../components/table-sort';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { useUnitLabel } from '../../../components/unit-label';
import { formatDate, formatNumber, formatPeriod, type Locale } from '../../../shared/format';
import type { Period } from '../../../shared/period';
import { useUpdateParams } from '../../../shared/use-view-state';
import { appendPage, DRILL_TABLE, drillScope, metricOfFigure, readDrill, type Drill } from '../utils/drill-down';

const OverviewDrillDownQuery = graphql(`
  query OverviewDrillDown($scope: ScopeInput!, $filter: DossierFilter!, $first: Int!, $after: String) {
    dossiers(scope: $scope, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        code
        channel
        receivedOn
        dueOn
        finishedOn
        timeliness
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
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** The drill-down the URL names (?drill=…&drillUnit=…), or nothing. A chunk of its own: see slots.tsx. */
export function OverviewDrillDown({ unitCode, period }: { unitCode: string; period: Period }) {
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const drill = readDrill(params);
  const opener = useRef<HTMLElement | null>(null);
  const key = drill ? `${drill.figure}|${drill.unitCode ?? ''}` : '';
  // The control that opened the list (focused when the list mounts) gets the focus back when it closes.
  const onOpen = useCallback((active: Element | null) => {
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, []);
  const close = useCallback(() => {
    const figure = drill?.figure;
    const unit = drill?.unitCode;
    update({ drill: undefined, drillUnit: undefined, [sortParamKey(DRILL_TABLE)]: undefined });
    const back = opener.current;
    opener.current = null;
    // The page re-renders after the URL changes: wait a few frames, then focus the opener, or the control
    // that opens this same list (a copied link has no opener).
    const selector = `[data-drill="${figure}"]${unit ? `[data-unit="${CSS.escape(unit)}"]` : ':not([data-unit])'}`;
    let frames = 0;
    const restore = () => {
      const target = back?.isConnected ? back : document.querySelector<HTMLElement>(selector);
      if (target && !document.querySelector('[data-drill-down]')) target.focus();
      else if (++frames < 30) requestAnimationFrame(restore);
    };
    requestAnimationFrame(restore);
  }, [update, drill?.figure, drill?.unitCode]);
  if (!drill) return null;
  return <DrillDownList key={key} drill={drill} unitCode={unitCode} period={period} onOpen={onOpen} onClose={close} />;
}

interface DossierRow {
  id: string;
  code: string;
  unit: string;
  procedure: string;
  procedureCode: string;
  channel: string;
  receivedOn: string;
  dueOn: string;
  finishedOn: string | null;
  timeliness: string;
}

function DrillDownList({
  drill,
  unitCode,
  period,
  onOpen,
  onClose,
}: {
  drill: Drill;
  unitCode: string;
  period: Period;
  onOpen: (previouslyFocused: Element | null) => void;
  onClose: () => void;
}) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const heading = useRef<HTMLHeadingElement>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const metric = useMetric(metricOfFigure(drill.figure));
  const listedUnit = drill.unitCode ?? unitCode;
  const { name: unitName } = useUnitLabel(listedUnit, period);
  const scope = drillScope(drill, unitCode);
  const { data, error, refetch, fetchMore } = useQuery(OverviewDrillDownQuery, {
    variables: { scope, filter: { period, figure: drill.figure }, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: false,
  });
  useEffect(() => {
    onOpen(document.activeElement);
    heading.current?.focus();
  }, [onOpen]);

  const figureName = metric.name;
  const title = intl.formatMessage({ id: 'overview.drill.title' }, { figure: figureName });
  const what = intl.formatMessage({ id: 'overview.drill.what' });
  const context = `${unitName} · ${formatPeriod(period.from, period.to)} · ${intl.formatMessage({
    id: drill.unitCode ? 'overview.drill.ownDesk' : 'unit.withDescendants',
  })}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  const page = data?.dossiers;
  const loadMore = async () => {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          previous.dossiers ? { dossiers: appendPage(previous.dossiers, fetchMoreResult.dossiers) } : fetchMoreResult,
      });
    } finally {
      setLoadingMore(false);
    }
  };

  let body;
  if (error) body = <ErrorState what={what} error={error} onRetry={() => refetch()} />;
  else if (!page) body = <Loading what={what} />;
  else if (!page.totalCount)
    body = (
      <EmptyState>
        {intl.formatMessage(
          { id: 'overview.drill.empty' },
          { figure: figureName, unit: unitName, period: formatPeriod(period.from, period.to) },
        )}
      </EmptyState>
    );
  else {
    const named = (x: { name: string; nameEn?: string | null }) => (locale === 'en' && x.nameEn) || x.name;
    const rows: DossierRow[] = page.nodes.map((d) => ({
      id: d.id,
      code: d.code,
      unit: named(d.unit),
      procedure: named(d.procedure),
      procedureCode: d.procedure.code,
      channel: intl.formatMessage({ id: `channel.${d.channel}` }),
      receivedOn: d.receivedOn,
      dueOn: d.dueOn,
      finishedOn: d.finishedOn ?? null,
      timeliness: intl.formatMessage({ id: `overview.drill.timeliness.${d.timeliness ?? 'PENDING'}` }),
    }));
    const columns: TableColumn<DossierRow>[] = [
      { id: 'code', header: intl.formatMessage({ id: 'overview.drill.code' }), value: (r) => r.code, kind: 'text' },
      { id: 'unit', header: intl.formatMessage({ id: 'overview.drill.unit' }), value: (r) => r.unit, kind: 'text' },
      {
        id: 'procedure',
        header: intl.formatMessage({ id: 'overview.drill.procedure' }),
        value: (r) => `${r.procedure} (${r.procedureCode})`,
        kind: 'text',
        minWidth: '16rem',
      },
      { id: 'channel', header: intl.formatMessage({ id: 'channel.label' }), value: (r) => r.channel, kind: 'text' },
      {
        id: 'received',
        header: intl.formatMessage({ id: 'overview.drill.received' }),
        value: (r) => r.receivedOn,
        render: (r) => formatDate(r.receivedOn),
        kind: 'text',
      },
      {
        id: 'due',
        header: intl.formatMessage({ id: 'overview.drill.due' }),
        value: (r) => r.dueOn,
        render: (r) => formatDate(r.dueOn),
        kind: 'text',
      },
      {
        id: 'finished',
        header: intl.formatMessage({ id: 'overview.drill.finished' }),
        value: (r) => r.finishedOn,
        render: (r) => formatDate(r.finishedOn),
        kind: 'text',
      },
      { id: 'timeliness', header: intl.formatMessage({ id: 'overview.drill.timeliness' }), value: (r) => r.timeliness, kind: 'text' },
    ];
    body = (
      <>
        <p className="section__note" role="status" data-testid="drill-loaded">
          {intl.formatMessage(
            { id: 'overview.drill.loaded' },
            { shown: formatNumber(rows.length, locale), total: formatNumber(page.totalCount, locale) },
          )}
        </p>
        <DataTable
          urlKey={DRILL_TABLE}
          caption={`${title} — ${unitName}`}
          hideCaption
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          csvName={['ho-so', drill.figure.toLowerCase(), listedUnit, period.from, period.to]}
        />
        {page.pageInfo.hasNextPage && (
          <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
            {intl.formatMessage({ id: loadingMore ? 'overview.drill.loadingMore' : 'overview.drill.more' })}
          </button>
        )}
      </>
    );
  }

  return (
    <section
      className="panel panel--drill"
      aria-labelledby="overview-drill-title"
      data-drill-down
      data-testid="drill-down"
      data-total={page?.totalCount}
      onKeyDown={onKeyDown}
    >
      <header className="panel__header">
        <div>
          <h2 id="overview-drill-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          <p className="panel__description">{context}</p>
        </div>
        <div className="panel__tools">
          <button type="button" className="button button--quiet" onClick={onClose}>
            <span aria-hidden="true">✕ </span>
            {intl.formatMessage({ id: 'overview.drill.close' })}
          </button>
        </div>
      </header>
      {body}
    </section>
  );
}
