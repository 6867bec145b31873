/** The languages the portal is written in. */
export const locales = ['zh-TW', 'en'] as const;

/** One of the portal's languages, as a BCP 47 tag (also used for `<html lang>` and Intl formatting). */
export type Locale = (typeof locales)[number];

/** Where the chosen language is remembered between visits. */
export const localeStorageKey = 'lattice.locale';

/** Whether a value (from storage, a URL or a test) names a portal language. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The language to start in: the one the user chose before, else the first browser language the portal
 * speaks. Any Chinese preference maps to Traditional Chinese, the only Chinese the portal is written in.
 */
export function pickInitialLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh-TW';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
