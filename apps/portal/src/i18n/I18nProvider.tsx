import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dictionaries } from './dictionaries';
import { localeStorageKey, pickInitialLocale, type Locale } from './locale';
import { createTranslate, type Translate } from './translate';

/** The current language, a way to change it, and the translate function bound to it. */
export interface I18n {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** The language a visit starts in: remembered choice first, then the browser's preference. */
export function initialBrowserLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(localeStorageKey);
  } catch {
    // Storage can be disabled by privacy settings; fall back to the browser languages.
  }
  return pickInitialLocale(stored, navigator.languages ?? [navigator.language]);
}

/** Provides the language to the tree, remembers changes and keeps `<html lang>` in step. */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = dictionaries[locale]['app.name'];
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(localeStorageKey, next);
    } catch {
      // Not remembered across visits, but the switch still applies now.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: createTranslate(dictionaries[locale]) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n must be used inside I18nProvider');
  return i18n;
}
