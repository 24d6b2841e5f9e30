/** Holds the chart's place while its drawing code loads, so the page does not jump. */
export function ChartPlaceholder({ height }: { height: number }) {
  return <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;
}
