import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import type { Locale } from '../../../shared/format';
import { KPI_KEYS, MAX_PICKS, toSideBySide, type RankingRow, type SideBySideRow } from '../utils/compare-units-rows';
import { formatMetric, metricInfo, TrafficLightBadge } from './compare-units-cells';

/** The units ticked in the table, side by side: one column per unit, one row per catalogue metric. */
export function CompareUnitsPicked({
  rows,
  picks,
  onClear,
  csvName,
}: {
  rows: RankingRow[];
  picks: string[];
  onClear: () => void;
  csvName: (string | number)[];
}) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const { byKey } = useMetrics();
  const pickKey = picks.join();
  const { units, rows: side } = useMemo(() => toSideBySide(rows, pickKey ? pickKey.split(',') : [], KPI_KEYS), [rows, pickKey]);
  const title = intl.formatMessage({ id: 'compareUnits.pickedTitle' });
  const tools =
    units.length > 0 ? (
      <button type="button" className="button button--quiet" onClick={onClear}>
        {intl.formatMessage({ id: 'compareUnits.clearPicks' })}
      </button>
    ) : undefined;

  if (!units.length)
    return (
      <Panel title={title} className="panel--picked">
        <p className="section__note">{intl.formatMessage({ id: 'compareUnits.pickedHint' }, { max: MAX_PICKS })}</p>
      </Panel>
    );

  const columns: TableColumn<SideBySideRow>[] = [
    {
      id: 'metric',
      header: intl.formatMessage({ id: 'compareUnits.metricColumn' }),
      value: (r) => metricInfo(byKey, r.metric).name,
      kind: 'text',
    },
    ...units.map((u, i): TableColumn<SideBySideRow> => ({
      id: u.code,
      header: u.name,
      value: (r) => r.values[i],
      kind: 'count',
      render: (r) => formatMetric(r.values[i], metricInfo(byKey, r.metric), locale),
    })),
  ];
  return (
    <Panel title={title} tools={tools} className="panel--picked">
      <ul className="picked-units">
        {units.map((u) => (
          <li key={u.code}>
            <strong>{u.name}</strong> · {intl.formatMessage({ id: 'compareUnits.rank' })} {u.rank ?? '–'} ·{' '}
            <TrafficLightBadge light={u.trafficLight} />
          </li>
        ))}
      </ul>
      {picks.length >= MAX_PICKS && (
        <p className="section__note">{intl.formatMessage({ id: 'compareUnits.pickedFull' }, { max: MAX_PICKS })}</p>
      )}
      <DataTable caption={title} hideCaption columns={columns} rows={side} rowKey={(r) => r.metric} csvName={csvName} urlKey="picked" />
    </Panel>
  );
}
