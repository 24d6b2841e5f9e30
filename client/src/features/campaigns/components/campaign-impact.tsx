import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import type { CampaignKind } from '../../../__generated__/graphql';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatPeriod } from '../../../shared/format';
import { CampaignImpactQuery } from '../api/campaign-impact.query';
import { headlineMetrics, judge, toImpactRows, verdictOf, type ApiDelta, type Baseline, type ImpactRow } from '../utils/campaign-impact';
import { useLocale } from './campaign-labels';
import { formatChange, formatValue, unitOf, VERDICT_MARK } from './impact-format';

/**
 * The campaign against the same number of days just before it and the same days a year earlier: the key
 * figures, a plain verdict that says where the campaign did worse as well as better, and every metric.
 */
export function CampaignImpact({ code, includeOrganiser, kind }: { code: string; includeOrganiser?: boolean; kind: CampaignKind }) {
  const intl = useIntl();
  const locale = useLocale();
  const { byKey } = useMetrics();
  const name = (key: string) => byKey.get(key)?.name ?? key;
  const { data: fresh, previousData, loading, error, refetch } = useQuery(CampaignImpactQuery, { variables: { code, includeOrganiser } });
  const data = fresh ?? previousData;
  const title = intl.formatMessage({ id: 'campaigns.impactTitle' });
  const what = intl.formatMessage({ id: 'campaigns.impact' });
  if (error)
    return (
      <Panel title={title}>
        <ErrorState what={what} error={error} onRetry={() => refetch()} />
      </Panel>
    );
  if (!data?.campaign)
    return (
      <Panel title={title}>
        <Loading what={what} />
      </Panel>
    );
  const impact = data.campaign.impact;
  if (!impact)
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'campaigns.impactEmpty' })}</EmptyState>
      </Panel>
    );

  const rows = toImpactRows(impact.baselineBefore.deltas, impact.sameLastYear.deltas);
  const periods: Record<Baseline, { from: string; to: string; days: number }> = {
    before: impact.baselineBefore.period,
    lastYear: impact.sameLastYear.period,
  };
  const baselineName: Record<Baseline, string> = {
    before: intl.formatMessage({ id: 'campaigns.before' }, { days: periods.before.days }),
    lastYear: intl.formatMessage({ id: 'campaigns.lastYear' }),
  };
  const headline = headlineMetrics(kind);
  const cards = [...new Set(['receivedTotal', 'resolved', ...headline])]
    .map((m) => rows.find((r) => r.metric === m))
    .filter((r): r is ImpactRow => Boolean(r));
  const value = (metric: string, v: number | null | undefined) => formatValue(v, unitOf(byKey, metric), locale);
  const change = (metric: string, d: ApiDelta | null) => formatChange(d, unitOf(byKey, metric), intl);
  const verdictWord = (d: ApiDelta | null) => intl.formatMessage({ id: `campaigns.verdict.${verdictOf(d)}` });

  const changeCell = (r: ImpactRow, baseline: Baseline) => {
    const d = r[baseline];
    const v = verdictOf(d);
    return (
      <span className={`verdict verdict--${v}`}>
        {change(r.metric, d)}
        {v !== 'none' && (
          <span className="verdict__word">
            {' '}
            <span aria-hidden="true">{VERDICT_MARK[v]}</span> {verdictWord(d)}
          </span>
        )}
      </span>
    );
  };
  const columns: TableColumn<ImpactRow>[] = [
    { id: 'metric', header: intl.formatMessage({ id: 'campaigns.metric' }), value: (r) => name(r.metric), kind: 'text', minWidth: '14rem' },
    {
      id: 'during',
      header: intl.formatMessage({ id: 'campaigns.during' }),
      value: (r) => r.value,
      kind: 'count',
      render: (r) => value(r.metric, r.value),
    },
    ...(['before', 'lastYear'] as const).flatMap((b): TableColumn<ImpactRow>[] => [
      {
        id: `${b}Value`,
        header: baselineName[b],
        description: formatPeriod(periods[b].from, periods[b].to),
        value: (r) => r[b]?.baseline ?? null,
        kind: 'count',
        render: (r) => value(r.metric, r[b]?.baseline),
      },
      {
        id: `${b}Change`,
        header: intl.formatMessage({ id: 'campaigns.changeVs' }, { baseline: baselineName[b].toLowerCase() }),
        value: (r) => r[b]?.difference ?? null,
        kind: 'count',
        render: (r) => changeCell(r, b),
      },
    ]),
  ];

  return (
    <Panel
      title={title}
      busy={loading}
      description={intl.formatMessage(
        { id: 'campaigns.impactDescription' },
        {
          count: impact.unitCount,
          before: formatPeriod(periods.before.from, periods.before.to),
          lastYear: formatPeriod(periods.lastYear.from, periods.lastYear.to),
        },
      )}
    >
      <div className="impact-cards" data-testid="impact-cards">
        {cards.map((r) => (
          <article key={r.metric} className="impact-card" data-metric={r.metric} aria-labelledby={`impact-${r.metric}`}>
            <h3 id={`impact-${r.metric}`} className="impact-card__name" title={byKey.get(r.metric)?.description || undefined}>
              {name(r.metric)}
            </h3>
            <p className="impact-card__value" data-value>
              {value(r.metric, r.value)}
            </p>
            {(['before', 'lastYear'] as const).map((b) => (
              <p key={b} className={`impact-card__vs verdict verdict--${verdictOf(r[b])}`}>
                <span aria-hidden="true">{VERDICT_MARK[verdictOf(r[b])]} </span>
                {intl.formatMessage(
                  { id: 'campaigns.vs' },
                  { baseline: `${baselineName[b].toLowerCase()} ${value(r.metric, r[b]?.baseline)}`, change: change(r.metric, r[b]) },
                )}
                {verdictOf(r[b]) !== 'none' && <span className="verdict__word"> · {verdictWord(r[b])}</span>}
              </p>
            ))}
          </article>
        ))}
      </div>
      <section className="impact-verdict" aria-labelledby="impact-verdict-title" data-testid="impact-verdict">
        <h3 id="impact-verdict-title">{intl.formatMessage({ id: 'campaigns.verdictTitle' })}</h3>
        <ul>
          {(['before', 'lastYear'] as const).map((b) => {
            const { better, worse } = judge(rows, b, headline);
            const items = (list: ImpactRow[]) =>
              list
                .map((r) =>
                  intl.formatMessage(
                    { id: 'campaigns.verdictItem' },
                    {
                      metric: name(r.metric),
                      value: value(r.metric, r.value),
                      baseline: value(r.metric, r[b]?.baseline),
                      change: change(r.metric, r[b]),
                    },
                  ),
                )
                .join('; ');
            return (
              <li key={b} data-baseline={b}>
                <strong>
                  {intl.formatMessage(
                    { id: 'campaigns.verdictAgainst' },
                    { baseline: baselineName[b].toLowerCase(), period: formatPeriod(periods[b].from, periods[b].to) },
                  )}
                </strong>{' '}
                <span className={worse.length ? 'verdict verdict--worse' : 'verdict'}>
                  {worse.length ? (
                    <>
                      <span aria-hidden="true">▼ </span>
                      {intl.formatMessage({ id: 'campaigns.worseAt' }, { items: items(worse) })}
                    </>
                  ) : (
                    intl.formatMessage({ id: 'campaigns.noWorse' })
                  )}
                </span>{' '}
                <span className={better.length ? 'verdict verdict--better' : 'verdict'}>
                  {better.length ? (
                    <>
                      <span aria-hidden="true">▲ </span>
                      {intl.formatMessage({ id: 'campaigns.betterAt' }, { items: items(better) })}
                    </>
                  ) : (
                    intl.formatMessage({ id: 'campaigns.noBetter' })
                  )}
                </span>
              </li>
            );
          })}
        </ul>
        <p className="cell-sub">{intl.formatMessage({ id: 'campaigns.verdictNote' })}</p>
      </section>
      <DataTable
        urlKey="impact"
        caption={intl.formatMessage({ id: 'campaigns.impactTable' })}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.metric}
        csvName={[
          'chien-dich-hieu-qua',
          code,
          ...(includeOrganiser === undefined ? [] : [includeOrganiser ? 'co-don-vi-to-chuc' : 'khong-don-vi-to-chuc']),
        ]}
        className="impact-table"
      />
    </Panel>
  );
}
