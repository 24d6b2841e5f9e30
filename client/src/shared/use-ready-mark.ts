import { useEffect } from 'react';

export const READY_MARK = 'tthc:ready';

/**
 * Marks (performance.mark) the moment a page first shows its figures, so the end-to-end suite can read
 * how long the page took to become usable. Once per page load.
 */
export function useReadyMark(ready: boolean, page: string): void {
  useEffect(() => {
    if (!ready || typeof performance === 'undefined') return;
    if (performance.getEntriesByName(READY_MARK).length) return;
    performance.mark(READY_MARK, { detail: { page } });
  }, [ready, page]);
}
