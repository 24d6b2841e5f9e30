import { metricCatalogueQuery } from '../components/metric-catalogue';
import { AccountAreaQuery } from '../features/sign-in/api/account.operations';
import { pageQuery, type PrefetchQuery } from '../shared/page-query';

/** What the shell asks on every page: the metric catalogue (every label) and who is signed in (the header). */
export const SHELL_QUERIES: PrefetchQuery[] = [metricCatalogueQuery, pageQuery(AccountAreaQuery, {})];
