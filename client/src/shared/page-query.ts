import type { DocumentNode } from 'graphql';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { readView, type ViewState } from './url-state';

/**
 * A query with its variables, built by one function that both the component showing it and its page's
 * prefetch call. The two must ask exactly the same thing: the prefetched answer is then the one the
 * component finds in the cache (or in flight), instead of a second request.
 */
export interface PageQuery<TData, TVariables extends OperationVariables> {
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
}

export function pageQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): PageQuery<TData, TVariables> {
  return { query, variables };
}

/** A query to start before the page renders, whatever its result type. */
export interface PrefetchQuery {
  query: DocumentNode;
  variables: OperationVariables;
}

/**
 * The queries a page's first view asks, read from its URL. The page's module exports it as `prefetch`;
 * they are sent as soon as the page's code is in, while React renders the page for the first time.
 */
export type PagePrefetch = (params: URLSearchParams) => PrefetchQuery[];

/** The unit and period a page shows for a URL (the defaults fill what the URL lacks, as the page does). */
export function viewSlot(params: URLSearchParams): { view: ViewState; unitCode: string; period: { from: string; to: string } } {
  const { view } = readView(params);
  return { view, unitCode: view.unit, period: { from: view.from, to: view.to } };
}

/** A unit with everything under it, the scope most figures are asked for. */
export function subtree(unitCode: string): { unitCodes: string[]; includeDescendants: boolean } {
  return { unitCodes: [unitCode], includeDescendants: true };
}
