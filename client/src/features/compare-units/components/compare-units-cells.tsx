import { useIntl } from 'react-intl';
import type { MetricInfo } from '../../../components/metric-catalogue';
import { formatNumber, formatPercent, type Locale } from '../../../shared/format';
import { rankMove, TRAFFIC_LIGHTS, type ApiTarget, type RankingRow, type TrafficLight } from '../utils/compare-units-rows';

/** Shape marks beside the colour, so a light is never told by colour alone. */
const LIGHT_MARK: Record<TrafficLight, string> = { GREEN: '✓', AMBER: '!', RED: '✕', GREY: '–' };

/** The row's overall target status: mark, colour and words. */
export function TrafficLightBadge({ light }: { light: TrafficLight }) {
  const intl = useIntl();
  return (
    <span className={`light light--${light.toLowerCase()}`} title={intl.formatMessage({ id: `compareUnits.lightMeaning.${light}` })}>
      <span className="light__mark" aria-hidden="true">
        {LIGHT_MARK[light]}
      </span>
      {intl.formatMessage({ id: `compareUnits.light.${light}` })}
    </span>
  );
}

/** What each light means, under the table. */
export function TrafficLightLegend() {
  const intl = useIntl();
  return (
    <dl className="light-legend" aria-label={intl.formatMessage({ id: 'compareUnits.legend' })}>
      {TRAFFIC_LIGHTS.map((light) => (
        <div key={light}>
          <dt>
            <TrafficLightBadge light={light} />
          </dt>
          <dd>{intl.formatMessage({ id: `compareUnits.lightMeaning.${light}` })}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Words for a rank move: "up 13 since the previous period". */
export function useRankMoveText(): (row: Pick<RankingRow, 'rank' | 'previousRank' | 'rankChange'>) => string {
  const intl = useIntl();
  return (row) => {
    const move = rankMove(row);
    return move.kind === 'up' || move.kind === 'down'
      ? intl.formatMessage({ id: `compareUnits.move.${move.kind}` }, { steps: move.steps })
      : intl.formatMessage({ id: `compareUnits.move.${move.kind}` });
  };
}

/** ▲ 13 / ▼ 2 / = with the same in words for screen readers. */
export function RankChange({ row }: { row: RankingRow }) {
  const text = useRankMoveText()(row);
  const move = rankMove(row);
  const mark = move.kind === 'up' ? `▲ ${move.steps}` : move.kind === 'down' ? `▼ ${move.steps}` : move.kind === 'same' ? '=' : '·';
  return (
    <span className={`rank-move rank-move--${move.kind}`} title={text}>
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

/** A metric of the catalogue; while it loads, the key stands in for the name (as useMetric does). */
export function metricInfo(byKey: Map<string, MetricInfo>, key: string): MetricInfo {
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

/** A value written the way its catalogue unit asks: 45.730 or 99,32%. */
export function formatMetric(value: number | null | undefined, info: Pick<MetricInfo, 'unit'>, locale: Locale): string {
  return info.unit === 'RATE' ? formatPercent(value, locale) : formatNumber(value, locale);
}

/** One line per applicable target: "Giải quyết quá hạn ≤ 0: 0 – Đạt". */
export function useTargetLine(metricOf: (key: string) => MetricInfo): (target: ApiTarget) => string {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  return (t) => {
    const info = metricOf(t.metric);
    const status = ['MET', 'MISSED', 'NO_DATA'].includes(t.status) ? (t.status as 'MET' | 'MISSED' | 'NO_DATA') : 'NO_DATA';
    const comparator = t.comparator === 'AT_LEAST' ? 'AT_LEAST' : 'AT_MOST';
    return intl.formatMessage(
      { id: 'compareUnits.targetLine' },
      {
        metric: info.name,
        comparator: intl.formatMessage({ id: `compareUnits.comparator.${comparator}` }),
        threshold: formatMetric(t.threshold, info, locale),
        value: formatMetric(t.value, info, locale),
        status: intl.formatMessage({ id: `compareUnits.target.${status}` }),
      },
    );
  };
}

/** Every target applied to the row, its basis on hover. */
export function TargetList({ targets, line }: { targets: ApiTarget[]; line: (t: ApiTarget) => string }) {
  const intl = useIntl();
  if (!targets.length) return <span className="cell-sub">{intl.formatMessage({ id: 'compareUnits.noTargets' })}</span>;
  return (
    <ul className="target-list">
      {targets.map((t) => (
        <li key={t.code} className={`target target--${t.status.toLowerCase()}`} title={t.basis}>
          {line(t)}
        </li>
      ))}
    </ul>
  );
}
