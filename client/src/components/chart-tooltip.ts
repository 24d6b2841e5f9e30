// Recharts' tooltip on its own: the drawings load it on the first pointer or focus on a chart (see use-chart-tooltip).
export { Tooltip } from 'recharts';
