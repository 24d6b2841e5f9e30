import { useCallback, useEffect, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { readView, writeParams, type ViewState } from './url-state';

type Patch = Record<string, string | undefined>;

/**
 * Changes search parameters, starting from the URL as it is now. React Router's own setter starts from
 * the parameters of its last render, which a quick second change (before the first has rendered —
 * navigations render in a transition) would silently undo.
 */
export function useUpdateParams(): (patch: Patch, options?: { replace?: boolean }) => void {
  const navigate = useNavigate();
  return useCallback(
    (patch, options) => {
      const next = writeParams(new URLSearchParams(window.location.search), patch).toString();
      navigate({ search: next ? `?${next}` : '' }, { replace: options?.replace ?? false });
    },
    [navigate],
  );
}

/**
 * The page's view from the URL, and a setter that writes it back (one history entry per change, so
 * Back undoes it). A URL without a complete view gets the defaults written in, so what the user copies
 * always names unit and period explicitly.
 */
export function useViewState(defaults?: ViewState): [ViewState, (patch: Partial<ViewState> & Patch) => void, URLSearchParams] {
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const { view, complete } = useMemo(() => readView(params, defaults), [params, defaults]);
  useEffect(() => {
    if (!complete) update({ unit: view.unit, from: view.from, to: view.to }, { replace: true });
  }, [complete, view.unit, view.from, view.to, update]);
  return [view, update, params];
}
