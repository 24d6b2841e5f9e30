import { useEffect, useMemo, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { useSearchParams } from 'wouter';
import type { Locale } from '../../shared/format';
import { en } from './en';
import { LOCALE_STORAGE_KEY, pickLocale } from './locale';
import { vi } from './vi';

/** UI text in every language: the shell's here, each page's in its feature's messages.ts. */
export type Catalogue = Record<Locale, Record<string, string>>;

const SHELL: Catalogue = { vi, en };

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
    <IntlProvider locale={locale} defaultLocale="vi" messages={SHELL[locale]}>
      {children}
    </IntlProvider>
  );
}

/**
 * A page's own text beside the shell's, in the language chosen above. Its chunk brings both languages,
 * so a switch of ?lang= re-renders it translated at once, with no download and no raw ids.
 */
export function PageMessages({ messages, children }: { messages: Catalogue; children: ReactNode }) {
  const locale = useIntl().locale as Locale;
  const merged = useMemo((): Record<string, string> => ({ ...SHELL[locale], ...messages[locale] }), [locale, messages]);
  return (
    <IntlProvider locale={locale} defaultLocale="vi" messages={merged}>
      {children}
    </IntlProvider>
  );
}
