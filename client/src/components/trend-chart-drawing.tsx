import { Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useIntl } from 'react-intl';
import { formatNumber, formatPercent, type Locale } from '../shared/format';
import type { TrendChartProps, TrendSeries } from './trend-chart';
import { useChartTooltip } from './use-chart-tooltip';

/** Counts as bars and rates as lines over time (Recharts). It only draws: points come shaped from a pure function. */
export default function TrendChartDrawing({ points, series, bands = [], references = [], summary, height = 300 }: TrendChartProps) {
  const locale = useIntl().locale as Locale;
  const [Tooltip, loadTooltip] = useChartTooltip();
  const hasRates = series.some((s) => s.axis === 'rate') || references.some((r) => r.axis === 'rate');
  const format = (axis: TrendSeries['axis'], value: unknown) =>
    axis === 'rate'
      ? formatPercent(typeof value === 'number' ? value : null, locale)
      : formatNumber(typeof value === 'number' ? value : null, locale);
  return (
    <figure className="chart" aria-label={summary} onPointerEnter={loadTooltip} onFocus={loadTooltip}>
      <ComposedChart responsive style={{ width: '100%', height }} data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="#e3e7ec" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: '#3d4852', fontSize: 12 }} tickLine={false} axisLine={{ stroke: '#aab4be' }} />
        <YAxis
          yAxisId="count"
          // Rates alone (a grouped chart of rates): no empty count axis beside them.
          hide={!series.some((s) => s.axis === 'count') && bands.length === 0}
          tick={{ fill: '#3d4852', fontSize: 12 }}
          tickFormatter={(v: number) => formatNumber(v, locale)}
          width={64}
          axisLine={false}
          tickLine={false}
        />
        {hasRates && (
          <YAxis
            yAxisId="rate"
            orientation="right"
            domain={[0, 1]}
            tick={{ fill: '#3d4852', fontSize: 12 }}
            tickFormatter={(v: number) => formatPercent(v, locale, 0)}
            width={52}
            axisLine={false}
            tickLine={false}
          />
        )}
        {bands.map((band) => (
          <ReferenceArea
            key={`${band.from}-${band.to}`}
            yAxisId="count"
            x1={band.from}
            x2={band.to}
            fill="#E69F00"
            fillOpacity={0.12}
            label={{ value: band.label, position: 'insideTop', fill: '#5c4300', fontSize: 12 }}
          />
        ))}
        {references.map((ref) => (
          <ReferenceLine
            key={`${ref.axis}-${ref.value}`}
            yAxisId={ref.axis}
            y={ref.value}
            stroke="#1f2933"
            strokeDasharray="4 3"
            label={{ value: ref.label, position: 'insideBottomLeft', fill: '#1f2933', fontSize: 12 }}
          />
        ))}
        {Tooltip && (
          <Tooltip
            formatter={(value, name, item) => {
              const s = series.find((x) => x.key === item.dataKey);
              return [format(s?.axis ?? 'count', value), s?.label ?? name];
            }}
          />
        )}
        {series.map((s) =>
          s.kind === 'bar' ? (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              yAxisId={s.axis}
              fill={s.colour}
              stackId={s.stack}
              radius={s.stack ? undefined : [3, 3, 0, 0]}
              maxBarSize={36}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              yAxisId={s.axis}
              stroke={s.colour}
              strokeWidth={2.5}
              strokeDasharray={s.dashed ? '6 4' : undefined}
              dot={{ r: 3.5, strokeWidth: 2, fill: s.dashed ? '#fff' : s.colour }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ),
        )}
      </ComposedChart>
    </figure>
  );
}
