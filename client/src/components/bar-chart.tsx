import { lazy, Suspense } from 'react';
import { ChartPlaceholder } from './chart-placeholder';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  colour: string;
}

export interface BarChartProps {
  bars: BarDatum[];
  /** Name of the value (from the catalogue), for the tooltip. */
  valueName: string;
  /** Read by screen readers in place of the drawing. */
  summary: string;
  height?: number;
  /** How values are written: counts (45.730, the default) or rates as fractions 0–1 (99,32%). */
  kind?: 'count' | 'rate';
  /** A vertical line at a value, e.g. a target threshold, with its label. */
  reference?: { value: number; label: string };
}

const Drawing = lazy(() => import('./bar-chart-drawing'));

/** Horizontal bars with their values written at the end (one colour per bar). */
export function BarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<ChartPlaceholder height={props.height ?? 220} />}>
      <Drawing {...props} />
    </Suspense>
  );
}
