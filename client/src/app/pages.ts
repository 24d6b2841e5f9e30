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

/** Every page of the dashboard, in navigation order; each is its own chunk, loaded when first opened. */
export const PAGES: PageEntry[] = [
  { path: '/', nav: 'nav.overview', component: lazyPage(() => import('../features/overview/components/overview-page')) },
  {
    path: '/compare-units',
    nav: 'nav.compareUnits',
    component: lazyPage(() => import('../features/compare-units/components/compare-units-page')),
  },
  {
    path: '/compare-periods',
    nav: 'nav.comparePeriods',
    component: lazyPage(() => import('../features/compare-periods/components/compare-periods-page')),
  },
  { path: '/campaigns', nav: 'nav.campaigns', component: lazyPage(() => import('../features/campaigns/components/campaigns-page')) },
  { path: '/opinions', nav: 'nav.opinions', component: lazyPage(() => import('../features/opinions/components/opinions-page')) },
  {
    path: '/satisfaction',
    nav: 'nav.satisfaction',
    component: lazyPage(() => import('../features/satisfaction/components/satisfaction-page')),
  },
  { path: '/form06', nav: 'nav.form06', component: lazyPage(() => import('../features/form06/components/form06-page')) },
  {
    path: '/data-quality',
    nav: 'nav.dataQuality',
    component: lazyPage(() => import('../features/data-quality/components/data-quality-page')),
  },
  { path: '/import', nav: 'nav.import', component: lazyPage(() => import('../features/import/components/import-page')) },
  { path: '/sign-in', nav: 'nav.signIn', hidden: true, component: lazyPage(() => import('../features/sign-in/components/sign-in-page')) },
];
