import { use } from 'react';
import type { Locale } from '../../shared/format';

/** One language's UI text: id → message (an ICU AST once built, see build/precompiled-messages-plugin). */
export type Messages = Record<string, string>;

/** Where each language's text of one part of the UI comes from: its own chunk, fetched when that language is shown. */
export type CatalogueLoaders = Record<Locale, () => Promise<Messages>>;

const pending = new Map<() => Promise<Messages>, Promise<Messages>>();
const loaded = new Map<() => Promise<Messages>, Messages>();

/** Fetches a catalogue once; a failed fetch is forgotten so that the next render tries again. */
export function loadCatalogue(loader: () => Promise<Messages>): Promise<Messages> {
  let promise = pending.get(loader);
  if (!promise) {
    promise = loader().then(
      (messages) => {
        loaded.set(loader, messages);
        return messages;
      },
      (error: unknown) => {
        pending.delete(loader);
        throw error;
      },
    );
    pending.set(loader, promise);
  }
  return promise;
}

/** The catalogue, suspending the render until it is in (at once when it already is). */
export function useCatalogue(loader: () => Promise<Messages>): Messages {
  return loaded.get(loader) ?? use(loadCatalogue(loader));
}

/** The shell's text (header, navigation, filters, shared components), one chunk per language. */
export const SHELL: CatalogueLoaders = {
  vi: () => import('./vi').then((m) => m.vi),
  en: () => import('./en').then((m) => m.en),
};
