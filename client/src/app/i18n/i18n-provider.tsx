import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { IntlProvider, useIntl, type IntlConfig } from 'react-intl';
import { useSearchParams } from 'wouter';
import type { Locale } from '../../shared/format';
import { SHELL, useCatalogue, type CatalogueLoaders } from './catalogues';
import { chosenLocale, LOCALE_STORAGE_KEY } from './locale';

/** The UI language from ?lang= or the last choice; remembered, and set on <html lang> for screen readers. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [params] = useSearchParams();
  const chosen = chosenLocale(params.get('lang'));
  // A switch renders in the background while the new language's text loads; the page stays as it was till then.
  const locale = useDeferredValue(chosen);
  const messages = useCatalogue(SHELL[locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      /* storage blocked */
    }
  }, [locale]);
  return (
    <IntlProvider locale={locale} defaultLocale="vi" messages={asIntlMessages(messages)}>
      {children}
    </IntlProvider>
  );
}

/**
 * A page's own text beside the shell's, in the language chosen above. Only that language's text is fetched;
 * on a switch of ?lang= the page keeps its old text until the new one is in (no raw ids in between).
 */
export function PageMessages({ messages, children }: { messages: CatalogueLoaders; children: ReactNode }) {
  // The shell's text is the one I18nProvider holds, in the same language.
  const { locale, messages: shell } = useIntl();
  const own = useCatalogue(messages[locale as Locale]);
  const merged = useMemo(() => ({ ...shell, ...own }), [shell, own]);
  return (
    <IntlProvider locale={locale} defaultLocale="vi" messages={asIntlMessages(merged)}>
      {children}
    </IntlProvider>
  );
}

// A catalogue is typed by id as a plain record; react-intl wants every id (ids.d.ts): the shell's and the page's
// together have them, which locale.spec.ts checks for each language.
const asIntlMessages = (messages: object) => messages as IntlConfig['messages'];
