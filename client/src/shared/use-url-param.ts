import { useCallback } from 'react';
import { useSearchParams } from 'wouter';
import { useUpdateParams } from './use-view-state';

/**
 * One URL parameter as a piece of view state, so a copied link reopens a table sorted and a panel
 * switched as its sender had them. Without a key the state stays in the component (a view that is not
 * shared, such as an import's report). A change replaces the history entry: Back leaves the view rather
 * than stepping through its sorts.
 */
export function useUrlParam(key: string | null): [string | null, (value: string | undefined) => void] {
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const set = useCallback((value: string | undefined) => key && update({ [key]: value }, { replace: true }), [key, update]);
  return [key ? params.get(key) : null, set];
}
