import { isLocalDay } from './period';

/**
 * The view lives in the URL's search parameters, so a copied link reopens the same view:
 * ?unit=766&from=2021-11-01&to=2021-11-30&metric=onTimeRate&lang=en. Values that do not parse fall
 * back to the defaults rather than breaking the page.
 */
export interface ViewState {
  /** Official unit code (GSO). */
  unit: string;
  from: string;
  to: string;
  /** A catalogue metric key, when the page ranks or plots by one. */
  metric?: string;
}

/** The demo's reference view: Tân Bình district in its peak month, November 2021. */
export const DEFAULT_VIEW: ViewState = { unit: '766', from: '2021-11-01', to: '2021-11-30' };

/** Parameters every page keeps when the user moves between pages. */
export const CARRIED_PARAMS = ['unit', 'from', 'to', 'lang'] as const;

const UNIT_CODE = /^[0-9A-Za-z_.-]{1,32}$/;
const METRIC_KEY = /^[A-Za-z]{1,64}$/;

/** Reads the view from search parameters; `complete` says whether unit and period were all there and valid. */
export function readView(params: URLSearchParams, defaults: ViewState = DEFAULT_VIEW): { view: ViewState; complete: boolean } {
  const unitParam = params.get('unit');
  const unit = unitParam && UNIT_CODE.test(unitParam) ? unitParam : defaults.unit;
  const from = params.get('from');
  const to = params.get('to');
  const periodOk = isLocalDay(from) && isLocalDay(to) && from <= to;
  const metricParam = params.get('metric');
  const metric = metricParam && METRIC_KEY.test(metricParam) ? metricParam : defaults.metric;
  const view: ViewState = { unit, from: periodOk ? from : defaults.from, to: periodOk ? to : defaults.to, ...(metric ? { metric } : {}) };
  return { view, complete: unit === unitParam && periodOk };
}

/** New search parameters with `patch` applied; undefined or empty values remove the parameter. Others are kept. */
export function writeParams(params: URLSearchParams, patch: Record<string, string | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The search string a navigation link carries to another page: unit, period and language only. */
export function carriedSearch(params: URLSearchParams): string {
  const next = new URLSearchParams();
  for (const key of CARRIED_PARAMS) {
    const value = params.get(key);
    if (value) next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** A value from a closed list, else the fallback: ?status=MISMATCH. */
export function readChoice<T extends string>(params: URLSearchParams, key: string, choices: readonly T[], fallback: T): T {
  const value = params.get(key);
  return value !== null && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}
