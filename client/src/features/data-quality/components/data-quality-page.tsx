import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'wouter';
import { graphql } from '../../../__generated__';
import type { DataQualityPageQuery as DataQualityPageResult, FigureStatus } from '../../../__generated__/graphql';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatNumber, formatPercent, formatPeriod, type Locale } from '../../../shared/format';
import { pageQuery, type PagePrefetch } from '../../../shared/page-query';
import { readChoice } from '../../../shared/url-state';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { useUpdateParams } from '../../../shared/use-view-state';
import {
  brokenIdentityText,
  contradictionKeys,
  filterByStatus,
  flagContradictions,
  STATUSES,
  type BrokenIdentityWords,
  type FlaggedFigure,
  type StatusFilter,
} from '../utils/data-quality-rows';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

const DataQualityPageQuery = graphql(`
  query DataQualityPage {
    dataQuality {
      figures {
        key
        sourceDocument
        unit {
          id
          code
          name
          nameEn
        }
        scope
        periodFrom
        periodTo
        metric
        asPublished
        reported
        computed
        status
      }
      statusCounts {
        total
        match
        mismatch
        notComputed
      }
      brokenIdentities {
        figureKeys
        kind
        partMetrics
        parts {
          key
          metric
          value
          sourceDocument
        }
        sum
        whole {
          key
          metric
          value
          sourceDocument
        }
      }
    }
  }
`);

type Figure = DataQualityPageResult['dataQuality']['figures'][number];

const STATUS_MARK: Record<FigureStatus, string> = { MATCH: '✓', MISMATCH: '✗', NOT_COMPUTED: '–' };

/** What the page's first view asks, started before it renders (app/lazy-page.tsx). */
export const prefetch: PagePrefetch = () => [pageQuery(DataQualityPageQuery, {})];

/** Reported vs computed figures and the published figures that contradict each other (F18). */
export default function DataQualityPage() {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const [params] = useSearchParams();
  const updateParams = useUpdateParams();
  const status = readChoice(params, 'status', STATUSES, 'ALL');
  const { byKey, error: catalogueError } = useMetrics();
  const { data, error, refetch } = useQuery(DataQualityPageQuery);
  useReadyMark(Boolean(data) && byKey.size > 0, 'data-quality');
  const what = intl.formatMessage({ id: 'dq.report' });
  const unitName = (u: Figure['unit']) => (locale === 'en' && u.nameEn) || u.name;
  const metricName = (key: string) => byKey.get(key)?.name ?? key;
  const value = (metric: string, v: number | null | undefined) =>
    byKey.get(metric)?.unit === 'RATE' ? formatPercent(v, locale) : formatNumber(v, locale);

  let body;
  if (error) body = <ErrorState what={what} error={error} onRetry={() => refetch()} />;
  else if (catalogueError && !byKey.size) body = <ErrorState what={what} error={catalogueError} />;
  else if (!data || !byKey.size) body = <Loading what={what} />;
  else {
    const { figures, statusCounts, brokenIdentities } = data.dataQuality;
    const rows = flagContradictions(
      figures.map((f) => ({ ...f, group: [f.unit.id, f.scope, f.periodFrom, f.periodTo].join('|') })),
      brokenIdentities,
    );
    const identityWords: BrokenIdentityWords = {
      message: (id, values) => intl.formatMessage({ id }, values),
      number: (v) => formatNumber(v, locale),
      metricName,
    };
    const shown = filterByStatus(rows, status);
    const figureByKey = new Map(figures.map((f) => [f.key, f]));
    const statusLabel = (s: StatusFilter) => intl.formatMessage({ id: `dq.status.${s}` });
    const scopeLabel = (scope: string) => intl.formatMessage({ id: `dq.scope.${scope as 'UNIT'}` });
    const columns: TableColumn<FlaggedFigure<Figure>>[] = [
      { id: 'key', header: intl.formatMessage({ id: 'dq.key' }), value: (f) => f.key, kind: 'text' },
      {
        id: 'status',
        minWidth: '8rem',
        header: intl.formatMessage({ id: 'dq.status' }),
        value: (f) =>
          f.contradiction ? `${statusLabel(f.status)}; ${intl.formatMessage({ id: 'dq.contradiction' })}` : statusLabel(f.status),
        kind: 'text',
        render: (f) => (
          <StatusBadge
            status={f.status}
            label={statusLabel(f.status)}
            contradiction={f.contradiction ? intl.formatMessage({ id: 'dq.contradiction' }) : null}
          />
        ),
      },
      {
        id: 'unit',
        header: intl.formatMessage({ id: 'dq.unit' }),
        minWidth: '10rem',
        value: (f) => `${unitName(f.unit)} (${scopeLabel(f.scope)})`,
        kind: 'text',
        render: (f) => (
          <>
            {unitName(f.unit)}
            <span className="cell-sub">{scopeLabel(f.scope)}</span>
          </>
        ),
      },
      {
        id: 'period',
        minWidth: '11.5rem',
        header: intl.formatMessage({ id: 'dq.period' }),
        value: (f) => (f.periodFrom && f.periodTo ? formatPeriod(f.periodFrom, f.periodTo) : ''),
        kind: 'text',
      },
      { id: 'metric', minWidth: '9rem', header: intl.formatMessage({ id: 'dq.metric' }), value: (f) => metricName(f.metric), kind: 'text' },
      {
        id: 'asPublished',
        minWidth: '14rem',
        header: intl.formatMessage({ id: 'dq.asPublished' }),
        value: (f) => f.asPublished,
        kind: 'text',
        render: (f) => <q lang="vi">{f.asPublished}</q>,
      },
      {
        id: 'reported',
        header: intl.formatMessage({ id: 'dq.reported' }),
        value: (f) => f.reported,
        kind: 'count',
        render: (f) => value(f.metric, f.reported),
      },
      {
        id: 'computed',
        header: intl.formatMessage({ id: 'dq.computed' }),
        value: (f) => f.computed,
        kind: 'count',
        render: (f) => value(f.metric, f.computed),
      },
      { id: 'document', header: intl.formatMessage({ id: 'dq.document' }), value: (f) => f.sourceDocument, kind: 'text' },
    ];
    body = (
      <>
        <section
          className={brokenIdentities.length ? 'panel contradictions contradictions--found' : 'panel contradictions'}
          aria-labelledby="dq-broken"
        >
          <h2 id="dq-broken">
            <span aria-hidden="true">{brokenIdentities.length ? '⚠ ' : '✓ '}</span>
            {intl.formatMessage({ id: 'dq.brokenTitle' })}
          </h2>
          {brokenIdentities.length === 0 ? (
            <p>{intl.formatMessage({ id: 'dq.brokenNone' })}</p>
          ) : (
            <ul className="contradictions__list">
              {brokenIdentities.map((b) => {
                const first = figureByKey.get(b.figureKeys[0]);
                const keys = contradictionKeys(rows, b);
                const text = brokenIdentityText(b, identityWords);
                return (
                  <li key={b.figureKeys.join()} className="contradiction" data-testid="contradiction">
                    <p className="contradiction__where">
                      <strong>{first ? unitName(first.unit) : ''}</strong>
                      {first?.periodFrom && first.periodTo ? ` · ${formatPeriod(first.periodFrom, first.periodTo)}` : ''} ·{' '}
                      {intl.formatMessage({ id: 'dq.brokenFigures' }, { keys: keys.join(', ') })}
                    </p>
                    <ul className="contradiction__quotes">
                      {keys.map((key) => {
                        const f = figureByKey.get(key);
                        return f ? (
                          <li key={key}>
                            <span className="tag">{key}</span> {metricName(f.metric)}: <q lang="vi">{f.asPublished}</q>
                          </li>
                        ) : null;
                      })}
                    </ul>
                    <p className="contradiction__detail">{text.detail}</p>
                    <p className="contradiction__rule">{text.rule}</p>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <Panel
          title={intl.formatMessage({ id: 'dq.figures' })}
          description={intl.formatMessage(
            { id: 'dq.summary' },
            {
              total: statusCounts.total,
              match: statusCounts.match,
              mismatch: statusCounts.mismatch,
              notComputed: statusCounts.notComputed,
            },
          )}
          tools={
            <div className="segmented" role="group" aria-label={intl.formatMessage({ id: 'dq.status' })}>
              {STATUSES.map((s) => (
                <button
                  key={s}
                  type="button"
                  aria-pressed={status === s}
                  onClick={() => updateParams({ status: s === 'ALL' ? undefined : s })}
                >
                  {statusLabel(s)}
                </button>
              ))}
            </div>
          }
        >
          {shown.length ? (
            <DataTable
              urlKey="figures"
              className="dq-table"
              caption={intl.formatMessage({ id: 'dq.figures' })}
              hideCaption
              columns={columns}
              rows={shown}
              rowKey={(f) => f.key}
              csvName={['chat-luong-so-lieu', status]}
              rowClassName={(f) => (f.contradiction ? 'row--contradiction' : f.status === 'MISMATCH' ? 'row--mismatch' : undefined)}
            />
          ) : (
            <EmptyState>{intl.formatMessage({ id: 'dq.empty' }, { status: statusLabel(status) })}</EmptyState>
          )}
        </Panel>
      </>
    );
  }
  return (
    <>
      <PageHeader title={intl.formatMessage({ id: 'dq.title' })} context={intl.formatMessage({ id: 'dq.intro' })} />
      {body}
    </>
  );
}

function StatusBadge({ status, label, contradiction }: { status: FigureStatus; label: string; contradiction: string | null }) {
  return (
    <span className="badges">
      <span className={`badge badge--${status.toLowerCase()}`}>
        <span aria-hidden="true">{STATUS_MARK[status]} </span>
        {label}
      </span>
      {contradiction && (
        <span className="badge badge--contradiction">
          <span aria-hidden="true">⚠ </span>
          {contradiction}
        </span>
      )}
    </span>
  );
}
