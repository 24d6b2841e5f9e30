import { lazy, type ComponentType, type JSX } from 'react';
import { PageMessages, type Catalogue } from './i18n/i18n-provider';

/** What a page's chunk exports: the page, and its own UI text (the shell's stays in the entry chunk). */
export interface PageModule {
  default: ComponentType;
  messages: Catalogue;
}

export interface LazyPage {
  (): JSX.Element;
  /** Fetches the page's chunk; once it is in, the page renders without suspending. */
  preload(): Promise<void>;
}

/**
 * A route's page as its own chunk (React.lazy), rendered with its own messages. Preloading the chunk of the
 * URL being opened, before the first render, spares the Suspense fallback and React's 300 ms reveal
 * throttle: the page's queries start as soon as the code is in.
 */
export function lazyPage(load: () => Promise<PageModule>): LazyPage {
  let Loaded: ComponentType | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      ({ default: Content, messages }) => {
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
  const Suspending = lazy(async () => {
    await preload();
    return { default: Loaded! };
  });
  const Page = () => (Loaded ? <Loaded /> : <Suspending />);
  return Object.assign(Page, { preload });
}
