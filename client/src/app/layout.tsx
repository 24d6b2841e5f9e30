import { useApolloClient } from '@apollo/client/react';
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'wouter';
import { CatalogueError } from '../components/metric-catalogue';
import { Loading } from '../components/query-state';
import { LOCALES, type Locale } from '../shared/format';
import { carriedSearch } from '../shared/url-state';
import { useUpdateParams } from '../shared/use-view-state';
import { AccountArea } from '../features/sign-in/components/account-area';
import { PageErrorBoundary } from './error-boundary';
import { PAGES } from './pages';
import { prefetch } from './prefetch';

/** Header with the language switch, navigation to every page, and the page itself. */
export function Layout({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const [pathname] = useLocation();
  const [params] = useSearchParams();
  const updateParams = useUpdateParams();
  const client = useApolloClient();
  const main = useRef<HTMLElement>(null);
  const current = PAGES.find((p) => p.path === pathname);
  const search = carriedSearch(params);

  useEffect(() => {
    const page = current ? intl.formatMessage({ id: current.nav }) : intl.formatMessage({ id: 'notFound.title' });
    document.title = `${page} — ${intl.formatMessage({ id: 'app.title' })}`;
  }, [current, intl]);
  // After moving to another page, start reading at its content (not at the top of the navigation).
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus({ preventScroll: true });
    firstPath.current = '';
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {intl.formatMessage({ id: 'app.skipToContent' })}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            <svg viewBox="0 0 16 16" width="22" height="22">
              <path d="M4 12V8m4 4V4m4 8V7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </span>
          <div>
            <p className="brand__title">{intl.formatMessage({ id: 'app.title' })}</p>
            <p className="brand__tagline">{intl.formatMessage({ id: 'app.tagline' })}</p>
          </div>
        </div>
        <AccountArea />
        <div className="segmented segmented--inverse" role="group" aria-label={intl.formatMessage({ id: 'lang.label' })}>
          {LOCALES.map((locale) => (
            <button
              key={locale}
              type="button"
              lang={locale}
              aria-pressed={intl.locale === locale}
              onClick={() => updateParams({ lang: locale })}
            >
              {intl.formatMessage({ id: `lang.${locale}` })}
            </button>
          ))}
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label={intl.formatMessage({ id: 'nav.label' })}>
          <ul>
            {PAGES.filter((page) => !page.hidden).map((page) => {
              const active = isActive(page.path, pathname);
              return (
                <li key={page.path}>
                  <Link
                    href={`${page.path}${search}`}
                    className={active ? 'active' : undefined}
                    aria-current={active ? 'page' : undefined}
                    onMouseEnter={() => void page.component.preload(intl.locale as Locale).catch(() => undefined)}
                    onFocus={() => void page.component.preload(intl.locale as Locale).catch(() => undefined)}
                    // The next page's queries leave with the click, not after its first render (a click that
                    // opens a new tab or window loads the page there, which asks for itself).
                    onClick={(event) => {
                      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
                      void page.component.queries(new URLSearchParams(search)).then(
                        (queries) => prefetch(client, queries),
                        () => undefined,
                      );
                    }}
                  >
                    {intl.formatMessage({ id: page.nav })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <main id="main" ref={main} tabIndex={-1}>
          <CatalogueError />
          <PageErrorBoundary key={pathname}>
            <Suspense fallback={<Loading what={current ? intl.formatMessage({ id: current.nav }) : ''} />}>{children}</Suspense>
          </PageErrorBoundary>
          <footer className="app-footer">{intl.formatMessage({ id: 'app.footer' })}</footer>
        </main>
      </div>
    </div>
  );
}

/** A nav link is current on its page's path or below it (the overview's "/" only on itself), in any letter case as routes match. */
function isActive(path: string, pathname: string): boolean {
  const here = pathname.toLowerCase();
  return here === path || (path !== '/' && here.startsWith(`${path}/`));
}

export function NotFound() {
  const intl = useIntl();
  const [pathname] = useLocation();
  const [params] = useSearchParams();
  return (
    <div className="state state--empty" role="status">
      <h1 className="state__title">{intl.formatMessage({ id: 'notFound.title' })}</h1>
      <p>{intl.formatMessage({ id: 'notFound.message' }, { path: pathname })}</p>
      <p>
        <Link href={`/${carriedSearch(params)}`}>{intl.formatMessage({ id: 'building.back' })}</Link>
      </p>
    </div>
  );
}
