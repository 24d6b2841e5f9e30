import { lazy, type ComponentType, type JSX } from 'react';
import type { Locale } from '../shared/format';
import { loadCatalogue, type CatalogueLoaders } from './i18n/catalogues';
import { PageMessages } from './i18n/i18n-provider';

/** What a page's chunk exports: the page (its text is in chunks of its own, one per language). */
export interface PageModule {
  default: ComponentType;
}

export interface LazyPage {
  (): JSX.Element;
  /** Fetches the page's chunk and its text in one language, side by side; once in, the page renders without suspending. */
  preload(locale: Locale): Promise<void>;
}

/**
 * A route's page as its own chunk (React.lazy), rendered with its own messages. Preloading the chunk of the
 * URL being opened, before the first render, spares the Suspense fallback and React's 300 ms reveal
 * throttle: the page's queries start as soon as the code is in.
 */
export function lazyPage(load: () => Promise<PageModule>, messages: CatalogueLoaders): LazyPage {
  let Loaded: ComponentType | null = null;
  let pending: Promise<void> | null = null;
  const loadCode = () =>
    (pending ??= load().then(
      ({ default: Content }) => {
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
  return Object.assign(Page, { preload });
}
