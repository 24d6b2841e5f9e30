import type { ApolloClient } from '@apollo/client';
import { metricCatalogueQuery } from '../components/metric-catalogue';
import { AccountAreaQuery } from '../features/sign-in/api/account-area.query';
import { pageQuery, type PrefetchQuery } from '../shared/page-query';

/** What the shell asks on every page: the metric catalogue (every label) and who is signed in (the header). */
export const SHELL_QUERIES: PrefetchQuery[] = [metricCatalogueQuery, pageQuery(AccountAreaQuery, {})];

/**
 * Sends queries ahead of the components that will read them (they find the answer in the cache, or share
 * the request in flight). A failure is the component's to show: it asks again and gets the error.
 */
export function prefetch(client: ApolloClient, queries: PrefetchQuery[]): void {
  for (const query of queries) void client.query(query).catch(() => undefined);
}
