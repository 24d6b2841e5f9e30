import { lazy, type ComponentType, type JSX } from 'react';
import type { Locale } from '../shared/format';
import type { PagePrefetch, PrefetchQuery } from '../shared/page-query';
import { loadCatalogue, type CatalogueLoaders } from './i18n/catalogues';
import { PageMessages } from './i18n/i18n-provider';

/** What a page's chunk exports: the page (its text is in chunks of its own, one per language) and what it asks first. */
export interface PageModule {
  default: ComponentType;
  prefetch?: PagePrefetch;
}

export interface LazyPage {
  (): JSX.Element;
  /** Fetches the page's chunk and its text in one language, side by side; once in, the page renders without suspending. */
  preload(locale: Locale): Promise<void>;
  /** The queries of the page's first view for a URL, once its code is in (none for a page without `prefetch`). */
  queries(params: URLSearchParams): Promise<PrefetchQuery[]>;
}

/**
 * A route's page as its own chunk (React.lazy), rendered with its own messages. Preloading the chunk of the
 * URL being opened, before the first render, spares the Suspense fallback and React's 300 ms reveal
 * throttle. The page's first queries (its `prefetch`) can start as soon as the code is in, while React
 * renders: the components then find their answers in Apollo's cache, or in flight, instead of asking only
 * once the first render has been painted.
 */
export function lazyPage(load: () => Promise<PageModule>, messages: CatalogueLoaders): LazyPage {
  let Loaded: ComponentType | null = null;
  let prefetch: PagePrefetch | undefined;
  let pending: Promise<void> | null = null;
  const loadCode = () =>
    (pending ??= load().then(
      ({ default: Content, prefetch: pagePrefetch }) => {
        prefetch = pagePrefetch;
        Loaded = () => (
          <PageMessages messages={messages}>
            <Content />
          </PageMessages>
        );
      },
      (error: unknown) => {
        pending = null; // let a later attempt (or React.lazy, which reports the failure) try again
        throw error;
      },
    ));
  const preload = async (locale: Locale) => {
    await Promise.all([loadCode(), loadCatalogue(messages[locale])]);
  };
  const Suspending = lazy(async () => {
    await loadCode();
    return { default: Loaded! };
  });
  const Page = () => (Loaded ? <Loaded /> : <Suspending />);
  const queries = async (params: URLSearchParams) => {
    await loadCode();
    return prefetch?.(params) ?? [];
  };
  return Object.assign(Page, { preload, queries });
}
