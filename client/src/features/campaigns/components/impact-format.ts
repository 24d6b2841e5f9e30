import type { IntlShape } from 'react-intl';
import type { MetricInfo } from '../../../components/metric-catalogue';
import {
  formatNumber,
  formatPercent,
  formatPoints,
  formatSignedNumber,
  formatSignedPercent,
  NO_VALUE,
  type Locale,
} from '../../../shared/format';
import type { ApiDelta } from '../utils/campaign-impact';

export type MetricUnit = MetricInfo['unit'];

/** The catalogue's unit of a metric; while the catalogue loads, rates are told by their key. */
export const unitOf = (byKey: Map<string, MetricInfo>, key: string): MetricUnit =>
  byKey.get(key)?.unit ?? (/Rate$|Share$/.test(key) ? 'RATE' : 'COUNT');

export const formatValue = (value: number | null | undefined, unit: MetricUnit, locale: Locale): string =>
  unit === 'RATE' ? formatPercent(value, locale) : formatNumber(value, locale);

/** The API's difference: rates in percentage points, counts signed with the API's relative change. */
export function formatChange(delta: ApiDelta | null | undefined, unit: MetricUnit, intl: IntlShape): string {
  const locale = intl.locale as Locale;
  if (!delta || delta.difference === null || delta.difference === undefined) return NO_VALUE;
  if (unit === 'RATE') return intl.formatMessage({ id: 'campaigns.points' }, { value: formatPoints(delta.difference, locale) });
  const relative = delta.relativeChange;
  return (
    formatSignedNumber(delta.difference, locale) +
    (relative !== null && relative !== undefined && delta.difference !== 0 ? ` (${formatSignedPercent(relative, locale)})` : '')
  );
}

export const VERDICT_MARK = { better: '▲', worse: '▼', unchanged: '', changed: '', none: '' } as const;
