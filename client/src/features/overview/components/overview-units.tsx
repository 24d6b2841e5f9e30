import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetric, useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatNumber, formatPercent, type Locale } from '../../../shared/format';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { rankLists, rankPlaces } from '../utils/overview-series';
import { METRIC_FIGURES } from '../utils/drill-down';
import { useOpenDrill } from './slots';

// Every unit of the subtree by its own desk, ranked by the API: the table and its best and worst lists read one answer.
const OverviewUnitsQuery = graphql(`
  query OverviewUnits($scope: ScopeInput!, $period: PeriodInput!, $metric: String!) {
    compareUnits(scope: $scope, period: $period, metric: $metric) {
      rankedRows
      rows {
        unit {
          id
          code
          name
          nameEn
          level
        }
        value
        rank
        rankFromBottom
        tiedAtRank
        kpi {
          received
          resolved
          overdue
          pendingOverdue
          onTimeRate
          earlyRate
          overdueRate
          sameDayRate
          onlineShare
          satisfactionRate
        }
      }
    }
  }
`);

/** Rates a user can rank units by; their names come from the catalogue. */
export const RANK_METRICS = ['onTimeRate', 'earlyRate', 'overdueRate', 'sameDayRate', 'onlineShare', 'satisfactionRate'] as const;
export type RankMetric = (typeof RANK_METRICS)[number];

interface UnitRow {
  id: string;
  code: string;
  name: string;
  /** The ranking metric's value, rank and rank from the worst end, as the API gives them. */
  value: number | null;
  rank: number | null;
  rankFromBottom: number | null;
  /** Units sharing the rank, as the API counts them. */
  tiedAtRank: number | null;
  received: number;
  resolved: number;
  overdue: number;
  pendingOverdue: number;
  onTimeRate: number | null;
  earlyRate: number | null;
  overdueRate: number | null;
  sameDayRate: number | null;
  onlineShare: number | null;
  satisfactionRate: number | null;
}

/** The ranking metric a view asks for (onTimeRate unless the URL names another rank metric). */
export const rankMetricOf = (metric: string | undefined): RankMetric =>
  (RANK_METRICS as readonly string[]).includes(metric ?? '') ? (metric as RankMetric) : 'onTimeRate';

/** The units table's query (the page prefetches it). */
export const overviewUnitsQuery = (unitCode: string, period: Period, metric: RankMetric) =>
  pageQuery(OverviewUnitsQuery, { scope: subtree(unitCode), period, metric });

export function OverviewUnits({
  unitCode,
  period,
  metric,
  onMetric,
}: {
  unitCode: string;
  period: Period;
  metric: RankMetric;
  onMetric: (metric: RankMetric) => void;
}) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const selectId = useId();
  const { byKey } = useMetrics();
  const rank = useMetric(metric);
  const openDrill = useOpenDrill();
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(OverviewUnitsQuery, { variables: overviewUnitsQuery(unitCode, period, metric).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const name = (key: string) => byKey.get(key)?.name ?? key;
  const title = intl.formatMessage({ id: 'overview.unitsTitle' });
  const what = intl.formatMessage({ id: 'overview.units' });

  const picker = (
    <div className="field field--inline">
      <label htmlFor={selectId}>{intl.formatMessage({ id: 'overview.rankBy' })}</label>
      <select id={selectId} value={metric} onChange={(e) => onMetric(e.target.value as RankMetric)}>
        {RANK_METRICS.map((key) => (
          <option key={key} value={key}>
            {name(key)}
          </option>
        ))}
      </select>
    </div>
  );
  if (error)
    return (
      <Panel title={title}>
        <ErrorState what={what} error={error} onRetry={() => refetch()} />
      </Panel>
    );
  if (!data)
    return (
      <Panel title={title}>
        <Loading what={what} />
      </Panel>
    );

  const all = data.compareUnits.rows;
  const units: UnitRow[] = all.map((r) => {
    const unitName = (locale === 'en' && r.unit.nameEn) || r.unit.name;
    const own = r.unit.code === unitCode && all.length > 1;
    return {
      ...r.kpi,
      id: r.unit.id,
      code: r.unit.code,
      name: own ? `${unitName} ${intl.formatMessage({ id: 'overview.ownDesk' })}` : unitName,
      value: r.value ?? null,
      rank: r.rank ?? null,
      rankFromBottom: r.rankFromBottom ?? null,
      tiedAtRank: r.tiedAtRank ?? null,
    };
  });
  // A unit with nothing received or resolved in the period may still hold overdue dossiers: it stays listed.
  const rows = units.filter((r) => r.received > 0 || r.resolved > 0 || r.pendingOverdue > 0);
  if (!rows.length)
    return (
      <Panel title={title} tools={picker}>
        <EmptyState>{intl.formatMessage({ id: 'overview.unitsEmpty' })}</EmptyState>
      </Panel>
    );

  // Every unit the API ranked, listed in the table or not, so no rank is skipped.
  const { top, bottom } = rankLists(units);
  const ranked = data.compareUnits.rankedRows;
  const columns: TableColumn<UnitRow>[] = [
    { id: 'name', header: intl.formatMessage({ id: 'overview.unit' }), value: (r) => r.name, kind: 'text' },
    ...(['received', 'resolved', 'overdue', 'pendingOverdue'] as const).map((key) => ({
      id: key,
      header: name(key),
      value: (r: UnitRow) => r[key],
      kind: 'count' as const,
      description: byKey.get(key)?.description,
      // Overdue and pending-overdue figures open the dossiers behind them (the unit's own desk, as the row counts).
      render:
        key === 'overdue' || key === 'pendingOverdue'
          ? (r: UnitRow) =>
              r[key] > 0 ? (
                <button
                  type="button"
                  className="drill-link"
                  data-drill={METRIC_FIGURES[key]}
                  data-unit={r.code}
                  aria-label={intl.formatMessage(
                    { id: 'overview.drill.openCell' },
                    { count: formatNumber(r[key], locale), figure: name(key), unit: r.name },
                  )}
                  onClick={() => openDrill(METRIC_FIGURES[key], r.code)}
                >
                  {formatNumber(r[key], locale)}
                </button>
              ) : (
                formatNumber(r[key], locale)
              )
          : undefined,
    })),
    ...(['onTimeRate', 'sameDayRate', 'satisfactionRate'] as const).map((key) => ({
      id: key,
      header: name(key),
      value: (r: UnitRow) => r[key],
      kind: 'rate' as const,
      description: byKey.get(key)?.description,
    })),
    ...(['onTimeRate', 'sameDayRate', 'satisfactionRate'].includes(metric)
      ? []
      : [{ id: metric, header: name(metric), value: (r: UnitRow) => r[metric], kind: 'rate' as const, description: rank.description }]),
  ];
  return (
    <Panel title={title} tools={picker} className="panel--units" busy={loading}>
      {rows.length > 1 && (
        <div className="ranking">
          <RankList
            title={intl.formatMessage({ id: 'overview.top' })}
            rows={top}
            place={(r) => r.rank}
            ranked={ranked}
            value={(r) => formatPercent(r.value, locale)}
            tone="good"
          />
          <RankList
            title={intl.formatMessage({ id: 'overview.bottom' })}
            rows={bottom}
            place={(r) => r.rankFromBottom}
            ranked={ranked}
            value={(r) => formatPercent(r.value, locale)}
            tone="watch"
          />
        </div>
      )}
      <DataTable
        urlKey="units"
        caption={`${title} — ${rank.name}`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        csvName={['don-vi', unitCode, period.from, period.to]}
      />
    </Panel>
  );
}

/** More units than this tied at one place are said as one line ("16 units tied"), their names folded. */
const TIE_SHOWN = 3;

function RankList({
  title,
  rows,
  place,
  ranked,
  value,
  tone,
}: {
  title: string;
  rows: UnitRow[];
  /** The row's place in this list: its rank, or its rank from the worst end. */
  place: (row: UnitRow) => number | null;
  /** Units with a rank at all: a tie of every one of them is "all equal". */
  ranked: number;
  value: (row: UnitRow) => string;
  tone: 'good' | 'watch';
}) {
  const intl = useIntl();
  if (!rows.length) return null;
  return (
    <div className={`ranking__list ranking__list--${tone}`}>
      <h3>{title}</h3>
      <ol>
        {rankPlaces(rows, place).map(({ place: p, rows: tied }) => {
          const size = tied[0].tiedAtRank ?? tied.length;
          return size > TIE_SHOWN ? (
            <li key={`tie-${p}`} data-rank={tied[0].rank} data-tied={size}>
              <span className="ranking__rank">{intl.formatMessage({ id: 'overview.rank' }, { rank: tied[0].rank })}</span>
              <details className="ranking__name">
                <summary>{intl.formatMessage({ id: size === ranked ? 'overview.allTied' : 'overview.tied' }, { count: size })}</summary>
                {tied.map((r) => r.name).join(', ')}
              </details>
              <span className="ranking__value">{value(tied[0])}</span>
            </li>
          ) : (
            tied.map((r) => (
              <li key={r.id} data-rank={r.rank}>
                <span className="ranking__rank">{intl.formatMessage({ id: 'overview.rank' }, { rank: r.rank })}</span>
                <span className="ranking__name">{r.name}</span>
                <span className="ranking__value">{value(r)}</span>
              </li>
            ))
          );
        })}
      </ol>
    </div>
  );
}
