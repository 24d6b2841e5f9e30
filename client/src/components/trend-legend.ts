import type { TrendSeries } from './trend-chart';

/** Legend entries: in the series' own order when it means something (rating levels), else by name. */
export function legendOrder(series: TrendSeries[], inSeriesOrder: boolean, locale: string): TrendSeries[] {
  if (inSeriesOrder) return series;
  return [...series].sort((a, b) => a.label.localeCompare(b.label, locale));
}
