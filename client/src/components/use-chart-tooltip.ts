import { useCallback, useState } from 'react';
import type { Tooltip } from 'recharts';

type TooltipComponent = typeof Tooltip;
let loaded: TooltipComponent | null = null;

/**
 * Recharts' tooltip (about 7 kB gzip with its cursor and box) is fetched when someone first points at or
 * tabs into a chart, not with the page: reading a chart needs only the drawing and the table beside it.
 * Returns the tooltip once it is in (null before) and the handler that fetches it.
 */
export function useChartTooltip(): [TooltipComponent | null, () => void] {
  const [tooltip, setTooltip] = useState<TooltipComponent | null>(() => loaded);
  const load = useCallback(() => {
    if (loaded) return setTooltip(() => loaded);
    void import('./chart-tooltip').then(({ Tooltip: component }) => {
      loaded = component;
      setTooltip(() => component);
    });
  }, []);
  return [tooltip, load];
}
