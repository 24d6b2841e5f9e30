import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import { ChartPlaceholder } from './chart-placeholder';
import { legendOrder } from './trend-legend';

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
    <div className="trend-chart">
      <Suspense fallback={<ChartPlaceholder height={props.height ?? 300} />}>
        <Drawing {...props} />
      </Suspense>
      <ChartLegend series={props.series} inSeriesOrder={props.legendInSeriesOrder ?? false} />
    </div>
  );
}

/**
 * The legend as page text, not drawn by Recharts: it shows while the drawing loads, reads as a list to a
 * screen reader, and keeps Recharts' legend code (6 kB gzip) out of the route.
 */
function ChartLegend({ series, inSeriesOrder }: { series: TrendSeries[]; inSeriesOrder: boolean }) {
  const locale = useIntl().locale;
  return (
    <ul className="chart-legend">
      {legendOrder(series, inSeriesOrder, locale).map((s) => (
        <li key={s.key}>
          <svg width="22" height="12" aria-hidden="true">
            {s.kind === 'bar' ? (
              <rect x="4" y="1" width="14" height="10" rx="2" fill={s.colour} />
            ) : (
              <>
                <line x1="0" y1="6" x2="22" y2="6" stroke={s.colour} strokeWidth="2.5" strokeDasharray={s.dashed ? '5 3' : undefined} />
                <circle cx="11" cy="6" r="3.5" stroke={s.colour} strokeWidth="2" fill={s.dashed ? '#fff' : s.colour} />
              </>
            )}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
