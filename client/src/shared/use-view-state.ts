import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { readView, writeParams, type ViewState } from './url-state';

type Patch = Record<string, string | undefined>;

/**
 * Changes search parameters, starting from the URL as it is now. wouter's own setter starts from the
 * parameters its component last rendered with, so it would silently undo a change another component made
 * since (or a quick second change before the first has rendered).
 */
export function useUpdateParams(): (patch: Patch, options?: { replace?: boolean }) => void {
  const [, navigate] = useLocation();
  return useCallback(
    (patch, options) => {
      const next = writeParams(new URLSearchParams(window.location.search), patch).toString();
      navigate(`${window.location.pathname}${next ? `?${next}` : ''}`, { replace: options?.replace ?? false });
    },
    [navigate],
  );
}

/**
 * The page's view from the URL, and a setter that writes it back (one history entry per change, so
 * Back undoes it). A URL without a complete view gets the defaults written in, so what the user copies
 * always names unit and period explicitly.
 */
export function useViewState(
  defaults?: ViewState,
): [ViewState, (patch: Partial<ViewState> & Patch, options?: { replace?: boolean }) => void, URLSearchParams] {
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const { view, complete } = useMemo(() => readView(params, defaults), [params, defaults]);
  useEffect(() => {
    if (!complete) update({ unit: view.unit, from: view.from, to: view.to }, { replace: true });
  }, [complete, view.unit, view.from, view.to, update]);
  return [view, update, params];
}
