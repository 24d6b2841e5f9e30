import { useIntl } from 'react-intl';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { formatPeriod } from '../../../shared/format';
import type { Period } from '../../../shared/period';
import { KPI_KEYS, MAX_PICKS, type KpiKey, type RankingRow, type SortState } from '../utils/compare-units-rows';
import { metricInfo, RankChange, TargetList, TrafficLightBadge, TrafficLightLegend, useTargetLine } from './compare-units-cells';

/** Column ids of the table, for reading the sort from the URL. */
export const TABLE_COLUMN_IDS: readonly string[] = ['name', 'rank', 'rankChange', 'previousValue', 'trafficLight', 'targets', ...KPI_KEYS];

export interface CompareUnitsTableProps {
  rows: RankingRow[];
  unitName: string;
  metric: KpiKey;
  previousPeriod: Period;
  grouped: boolean;
  sort: SortState | null;
  onSort: (sort: SortState | null) => void;
  picks: string[];
  onPick: (code: string) => void;
  csvName: (string | number)[];
  busy: boolean;
}

/** Every child unit with every KPI, its rank and rank move by the chosen metric, and its target status. */
export function CompareUnitsTable({
  rows,
  unitName,
  metric,
  previousPeriod,
  grouped,
  sort,
  onSort,
  picks,
  onPick,
  csvName,
  busy,
}: CompareUnitsTableProps) {
  const intl = useIntl();
  const { byKey } = useMetrics();
  const metricOf = (key: string) => metricInfo(byKey, key);
  const ranking = metricOf(metric);
  const targetLine = useTargetLine(metricOf);
  const full = picks.length >= MAX_PICKS;

  const columns: TableColumn<RankingRow>[] = [
    {
      id: 'name',
      header: intl.formatMessage({ id: 'compareUnits.unit' }),
      value: (r) => r.name,
      kind: 'text',
      minWidth: '12rem',
      render: (r) => {
        const picked = picks.includes(r.code);
        return (
          <span className="unit-cell">
            <input
              type="checkbox"
              checked={picked}
              disabled={!picked && full}
              onChange={() => onPick(r.code)}
              aria-label={intl.formatMessage({ id: 'compareUnits.pick' }, { unit: r.name })}
            />
            <span>
              <span className="unit-cell__name">{r.name}</span>
              {grouped && r.members.length > 0 && (
                <span className="cell-sub">{intl.formatMessage({ id: 'compareUnits.members' }, { names: r.members.join(', ') })}</span>
              )}
              {r.splitMembers.length > 0 && (
                <span className="cell-sub">{intl.formatMessage({ id: 'compareUnits.split' }, { names: r.splitMembers.join(', ') })}</span>
              )}
            </span>
          </span>
        );
      },
    },
    {
      id: 'rank',
      header: intl.formatMessage({ id: 'compareUnits.rank' }),
      value: (r) => r.rank,
      kind: 'count',
      description: intl.formatMessage({ id: 'compareUnits.rankDescription' }),
    },
    {
      id: 'rankChange',
      header: intl.formatMessage({ id: 'compareUnits.rankChange' }),
      value: (r) => r.rankChange,
      kind: 'count',
      description: intl.formatMessage({ id: 'compareUnits.rankChangeDescription' }),
      render: (r) => <RankChange row={r} />,
    },
    {
      id: 'previousValue',
      header: intl.formatMessage({ id: 'compareUnits.previousValue' }, { metric: ranking.name }),
      value: (r) => r.previousValue,
      kind: ranking.unit === 'RATE' ? 'rate' : 'count',
      description: formatPeriod(previousPeriod.from, previousPeriod.to),
    },
    {
      id: 'trafficLight',
      header: intl.formatMessage({ id: 'compareUnits.trafficLight' }),
      value: (r) => intl.formatMessage({ id: `compareUnits.light.${r.trafficLight}` }),
      kind: 'text',
      description: intl.formatMessage({ id: 'compareUnits.trafficLightDescription' }),
      render: (r) => <TrafficLightBadge light={r.trafficLight} />,
      minWidth: '9rem',
    },
    {
      id: 'targets',
      header: intl.formatMessage({ id: 'compareUnits.targets' }),
      value: (r) => r.targets.map(targetLine).join('; '),
      kind: 'text',
      render: (r) => <TargetList targets={r.targets} line={targetLine} />,
      minWidth: '16rem',
    },
    ...KPI_KEYS.map((key): TableColumn<RankingRow> => ({
      id: key,
      header: metricOf(key).name,
      value: (r) => r.kpi[key],
      kind: metricOf(key).unit === 'RATE' ? 'rate' : 'count',
      description: metricOf(key).description,
    })),
  ];
  const title = intl.formatMessage({ id: 'compareUnits.tableTitle' }, { unit: unitName });
  return (
    <Panel
      title={title}
      description={intl.formatMessage(
        { id: 'compareUnits.tableDescription' },
        { metric: ranking.name, previous: formatPeriod(previousPeriod.from, previousPeriod.to) },
      )}
      busy={busy}
      className="panel--compare-units"
    >
      {grouped && <p className="notice">{intl.formatMessage({ id: 'compareUnits.grouped' }, { count: rows.length })}</p>}
      <DataTable
        urlKey={null}
        caption={`${title} — ${ranking.name}`}
        hideCaption
        className="compare-units-table"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        csvName={csvName}
        sort={sort}
        onSortChange={onSort}
        rowClassName={(r) => (picks.includes(r.code) ? 'row--picked' : undefined)}
      />
      <TrafficLightLegend />
    </Panel>
  );
}
