import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo';
import { App } from './app/app';
import { loadCatalogue, SHELL } from './app/i18n/catalogues';
import { chosenLocale } from './app/i18n/locale';
import { PAGES } from './app/pages';
import { prefetch, SHELL_QUERIES } from './app/prefetch';

// The opened page's chunk and the text of the shell and the page, all at once, then the first render. A page
// that failed to load is shown by the page's error boundary (the render asks again); without the shell's text
// nothing can be shown, so the page says so in both languages.
const params = new URLSearchParams(window.location.search);
const locale = chosenLocale(params.get('lang'));
const opened = PAGES.find((page) => page.path === window.location.pathname);
const root = document.getElementById('root')!;
const client = createApolloClient();
// The shell's queries and the page's (once its code is in) start before the first render, not after it is
// painted, when the components would ask.
const ready = Promise.all([loadCatalogue(SHELL[locale]), opened?.component.preload(locale).catch(() => undefined)]);
opened?.component.queries(params).then(
  (queries) => prefetch(client, queries),
  () => undefined,
);
// After the chunks' imports have gone out (they start a few microtasks later): the text is on the first render's path.
setTimeout(() => prefetch(client, SHELL_QUERIES));
void ready.then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  () => {
    root.textContent = 'Không tải được bảng điều khiển; hãy tải lại trang. — The dashboard could not load; reload the page.';
    root.setAttribute('role', 'alert');
  },
);
