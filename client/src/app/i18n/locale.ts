import { LOCALES, type Locale } from '../../shared/format';

export const LOCALE_STORAGE_KEY = 'tthc.lang';

/** The UI language: ?lang= in the URL wins (a shared link opens in its language), then the last choice, then Vietnamese. */
export function pickLocale(urlLang: string | null, stored: string | null): Locale {
  for (const candidate of [urlLang, stored])
    if (candidate && (LOCALES as readonly string[]).includes(candidate)) return candidate as Locale;
  return 'vi';
}

/** The language last chosen on this browser, if storage allows. */
function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage blocked: the URL still decides
  }
}

/** The UI language for a page whose URL says `urlLang` (?lang=), on this browser. */
export function chosenLocale(urlLang: string | null): Locale {
  return pickLocale(urlLang, storedLocale());
}
