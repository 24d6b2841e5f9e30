import type { ShellMessageId } from './i18n/vi';
import { lazyPage, type LazyPage } from './lazy-page';

export interface PageEntry {
  path: string;
  /** Shown in the header, so the shell's text. */
  nav: ShellMessageId;
  component: LazyPage;
  /** Reached by a link, not listed in the navigation (the sign-in page). */
  hidden?: boolean;
}

/**
 * Every page of the dashboard, in navigation order; each is its own chunk, loaded when first opened, and its
 * text is in one chunk per language (named here, so that it is fetched beside the page's code, not after it).
 */
export const PAGES: PageEntry[] = [
  {
    path: '/',
    nav: 'nav.overview',
    component: lazyPage(() => import('../features/overview/components/overview-page'), {
      vi: () => import('../features/overview/messages-vi').then((m) => m.vi),
      en: () => import('../features/overview/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/compare-units',
    nav: 'nav.compareUnits',
    component: lazyPage(() => import('../features/compare-units/components/compare-units-page'), {
      vi: () => import('../features/compare-units/messages-vi').then((m) => m.vi),
      en: () => import('../features/compare-units/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/compare-periods',
    nav: 'nav.comparePeriods',
    component: lazyPage(() => import('../features/compare-periods/components/compare-periods-page'), {
      vi: () => import('../features/compare-periods/messages-vi').then((m) => m.vi),
      en: () => import('../features/compare-periods/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/campaigns',
    nav: 'nav.campaigns',
    component: lazyPage(() => import('../features/campaigns/components/campaigns-page'), {
      vi: () => import('../features/campaigns/messages-vi').then((m) => m.vi),
      en: () => import('../features/campaigns/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/opinions',
    nav: 'nav.opinions',
    component: lazyPage(() => import('../features/opinions/components/opinions-page'), {
      vi: () => import('../features/opinions/messages-vi').then((m) => m.vi),
      en: () => import('../features/opinions/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/satisfaction',
    nav: 'nav.satisfaction',
    component: lazyPage(() => import('../features/satisfaction/components/satisfaction-page'), {
      vi: () => import('../features/satisfaction/messages-vi').then((m) => m.vi),
      en: () => import('../features/satisfaction/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/form06',
    nav: 'nav.form06',
    component: lazyPage(() => import('../features/form06/components/form06-page'), {
      vi: () => import('../features/form06/messages-vi').then((m) => m.vi),
      en: () => import('../features/form06/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/data-quality',
    nav: 'nav.dataQuality',
    component: lazyPage(() => import('../features/data-quality/components/data-quality-page'), {
      vi: () => import('../features/data-quality/messages-vi').then((m) => m.vi),
      en: () => import('../features/data-quality/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/import',
    nav: 'nav.import',
    component: lazyPage(() => import('../features/import/components/import-page'), {
      vi: () => import('../features/import/messages-vi').then((m) => m.vi),
      en: () => import('../features/import/messages-en').then((m) => m.en),
    }),
  },
  {
    path: '/sign-in',
    nav: 'nav.signIn',
    hidden: true,
    component: lazyPage(() => import('../features/sign-in/components/sign-in-page'), {
      vi: () => import('../features/sign-in/messages-vi').then((m) => m.vi),
      en: () => import('../features/sign-in/messages-en').then((m) => m.en),
    }),
  },
];
