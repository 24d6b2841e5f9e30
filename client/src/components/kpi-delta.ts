import type { MetricInfo } from './metric-catalogue';

export type Tone = 'better' | 'worse' | 'unchanged' | 'changed';

export interface KpiDelta {
  /** Counts: current − previous. Rates: the difference of the two fractions (shown in points). */
  difference: number;
  /** Counts only: difference / previous, null when previous is 0. */
  relative: number | null;
  tone: Tone;
}

/**
 * How a figure moved since the previous period, and whether that is good news by the catalogue's
 * direction. Null when either value is missing (a rate with no denominator).
 */
export function kpiDelta(
  current: number | null | undefined,
  previous: number | null | undefined,
  metric: Pick<MetricInfo, 'unit' | 'direction'>,
): KpiDelta | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  const difference = current - previous;
  // Rates are compared at the two decimals of percentage points that the screen shows.
  const flat = metric.unit === 'RATE' ? Math.round(difference * 10000) === 0 : difference === 0;
  const relative = metric.unit === 'COUNT' && previous !== 0 ? difference / previous : null;
  let tone: Tone = 'changed';
  if (flat) tone = 'unchanged';
  else if (metric.direction === 'HIGHER_IS_BETTER') tone = difference > 0 ? 'better' : 'worse';
  else if (metric.direction === 'LOWER_IS_BETTER') tone = difference < 0 ? 'better' : 'worse';
  return { difference: flat ? 0 : difference, relative, tone };
}
