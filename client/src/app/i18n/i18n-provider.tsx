import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useSearchParams } from 'react-router';
import type { Locale } from '../../shared/format';
import { en } from './en';
import { LOCALE_STORAGE_KEY, pickLocale } from './locale';
import { vi } from './vi';

const MESSAGES: Record<Locale, Record<string, string>> = { vi, en };

function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage blocked: the URL still decides
  }
}

/** The UI language from ?lang= or the last choice; remembered, and set on <html lang> for screen readers. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [params] = useSearchParams();
  const locale = pickLocale(params.get('lang'), storedLocale());
  useEffect(() => {
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      /* storage blocked */
    }
  }, [locale]);
  return (
    <IntlProvider locale={locale} defaultLocale="vi" messages={MESSAGES[locale]}>
      {children}
    </IntlProvider>
  );
}
