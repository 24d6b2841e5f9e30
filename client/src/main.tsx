import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadCatalogue, SHELL } from './app/i18n/catalogues';
import { chosenLocale } from './app/i18n/locale';
import { PAGES } from './app/pages';

// The opened page's chunk and the text of the shell and the page, all at once, then the first render. A page
// that failed to load is shown by the page's error boundary (the render asks again); without the shell's text
// nothing can be shown, so the page says so in both languages.
const locale = chosenLocale(new URLSearchParams(window.location.search).get('lang'));
const opened = PAGES.find((page) => page.path === window.location.pathname);
const root = document.getElementById('root')!;
void Promise.all([loadCatalogue(SHELL[locale]), opened?.component.preload(locale).catch(() => undefined)]).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  () => {
    root.textContent = 'Không tải được bảng điều khiển; hãy tải lại trang. — The dashboard could not load; reload the page.';
    root.setAttribute('role', 'alert');
  },
);
