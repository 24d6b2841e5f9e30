import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useIntl } from 'react-intl';
import { formatNumber, formatPercent, type Locale } from '../shared/format';
import type { BarChartProps } from './bar-chart';
import { useChartTooltip } from './use-chart-tooltip';

export default function BarChartDrawing({ bars, valueName, summary, height = 220, kind = 'count', reference }: BarChartProps) {
  const locale = useIntl().locale as Locale;
  const [Tooltip, loadTooltip] = useChartTooltip();
  const format = (v: unknown) =>
    kind === 'rate' ? formatPercent(typeof v === 'number' ? v : null, locale) : formatNumber(typeof v === 'number' ? v : null, locale);
  return (
    <figure className="chart" aria-label={summary} onPointerEnter={loadTooltip} onFocus={loadTooltip}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={bars}
        layout="vertical"
        margin={{ top: reference ? 22 : 4, right: 72, bottom: 4, left: 8 }}
      >
        <CartesianGrid stroke="#e3e7ec" horizontal={false} />
        <XAxis type="number" tickFormatter={format} tick={{ fill: '#3d4852', fontSize: 12 }} axisLine={false} tickLine={false} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fill: '#1f2933', fontSize: 13 }} axisLine={false} tickLine={false} />
        {Tooltip && <Tooltip formatter={(value) => [format(value), valueName]} />}
        {reference && (
          <ReferenceLine
            x={reference.value}
            ifOverflow="extendDomain"
            stroke="#1f2933"
            strokeDasharray="4 3"
            label={{ value: reference.label, position: 'top', fill: '#1f2933', fontSize: 12 }}
          />
        )}
        <Bar dataKey="value" name={valueName} isAnimationActive={false} radius={[0, 3, 3, 0]} maxBarSize={34}>
          {bars.map((b) => (
            <Cell key={b.key} fill={b.colour} />
          ))}
          <LabelList dataKey="value" position="right" formatter={format} style={{ fill: '#1f2933', fontSize: 13, fontWeight: 600 }} />
        </Bar>
      </BarChart>
    </figure>
  );
}
