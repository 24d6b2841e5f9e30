import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { PAGES } from './app/pages';

// The opened page's chunk first (a failure is shown by the page's error boundary), then the first render.
const opened = PAGES.find((page) => page.path === window.location.pathname);
void (opened ? opened.component.preload().catch(() => undefined) : Promise.resolve()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
