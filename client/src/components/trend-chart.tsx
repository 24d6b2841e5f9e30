import { lazy, Suspense } from 'react';
import { ChartPlaceholder } from './chart-placeholder';

export interface TrendSeries {
  key: string;
  label: string;
  kind: 'bar' | 'line';
  /** Counts on the left axis, rates (0–1) on the right. */
  axis: 'count' | 'rate';
  colour: string;
  dashed?: boolean;
  /** Bars with the same stack id are drawn on top of each other (e.g. rating levels). */
  stack?: string;
}

export type TrendPoint = { label: string } & Record<string, string | number | null>;

/** A shaded stretch of the x axis, e.g. a campaign (labels as on the axis). */
export interface TrendBand {
  from: string;
  to: string;
  label: string;
}

/** A horizontal line at a value of one axis, e.g. a target threshold. */
export interface TrendReference {
  axis: 'count' | 'rate';
  value: number;
  label: string;
}

export interface TrendChartProps {
  points: TrendPoint[];
  series: TrendSeries[];
  bands?: TrendBand[];
  references?: TrendReference[];
  /** Legend in the order of `series` (e.g. rating levels best to worst) instead of by name. */
  legendInSeriesOrder?: boolean;
  /** Read by screen readers in place of the drawing; the table view holds the numbers. */
  summary: string;
  height?: number;
}

// Recharts is the largest library of the dashboard: it loads beside the page's data, so the figures
// and tables do not wait for it.
const Drawing = lazy(() => import('./trend-chart-drawing'));

export function TrendChart(props: TrendChartProps) {
  return (
    <Suspense fallback={<ChartPlaceholder height={props.height ?? 300} />}>
      <Drawing {...props} />
    </Suspense>
  );
}
