import type { MetricChange } from '../shared/previous-change.fragment';
import type { MetricInfo } from './metric-catalogue';

export type Tone = 'better' | 'worse' | 'unchanged' | 'changed';

export interface KpiDelta {
  /** Counts: the change in units. Rates: in fractions (shown in points). */
  difference: number;
  /** Counts only: the change relative to the previous value. */
  relative: number | null;
  tone: Tone;
}

/**
 * How a card words the API's change: its size, and good or bad news (the API's verdict, by the catalogue's
 * direction). Null when the API has no change (a rate without a denominator in either period).
 */
export function kpiDelta(change: MetricChange | null | undefined, metric: Pick<MetricInfo, 'unit'>): KpiDelta | null {
  if (!change || change.baseChange === null) return null;
  // A rate is shown to two decimals of a percentage point: a change below that reads as none.
  const flat = metric.unit === 'RATE' ? Math.round(change.baseChange * 10000) === 0 : change.baseChange === 0;
  let tone: Tone = 'changed';
  if (flat) tone = 'unchanged';
  else if (change.baseIsBetter !== null) tone = change.baseIsBetter ? 'better' : 'worse';
  return {
    difference: flat ? 0 : change.baseChange,
    relative: metric.unit === 'COUNT' ? change.baseRelativeChange : null,
    tone,
  };
}
