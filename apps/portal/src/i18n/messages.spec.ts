import { dictionaries } from './dictionaries';
import { locales } from './locale';
import { en } from './messages.en';
import { zhTW } from './messages.zh-TW';
import { createTranslate, interpolate, parameterNamesOf, type Messages } from './translate';

const keys = Object.keys(en).sort();
// Strings that are the same in every language: the product name and each language's own name.
const sameInEveryLocale = new Set(['app.name', 'locale.en', 'locale.zh-TW']);
const han = /\p{Script=Han}/u;

describe('the dictionaries', () => {
  it.each(locales)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(keys);
  });

  it.each(locales)('%s has no empty or padded message', (locale) => {
    const blank = Object.entries(dictionaries[locale]).filter(
      ([, text]) => text.trim() === '' || text !== text.trim(),
    );
    expect(blank).toEqual([]);
  });

  it('zh-TW uses the same parameters as English in every message', () => {
    const mismatched = keys.filter((key) => {
      const messageKey = key as keyof Messages;
      return (
        parameterNamesOf(en[messageKey]).sort().join() !== parameterNamesOf(zhTW[messageKey]).sort().join()
      );
    });
    expect(mismatched).toEqual([]);
  });

  it('zh-TW is actually translated: every message but the language-neutral ones is written in Chinese', () => {
    const untranslated = keys.filter(
      (key) => !sameInEveryLocale.has(key) && !han.test(zhTW[key as keyof Messages]),
    );
    expect(untranslated).toEqual([]);
  });

  it('each language names itself the same way in both dictionaries, so the switch reads the same', () => {
    expect(zhTW['locale.en']).toBe(en['locale.en']);
    expect(zhTW['locale.zh-TW']).toBe('繁體中文');
  });

  it('the "coming" marker says 即將推出 in Traditional Chinese', () => {
    expect(zhTW['nav.coming']).toBe('即將推出');
  });

  it('rejects, at type level, a dictionary that misses a key or adds one', () => {
    // @ts-expect-error a dictionary without every key does not type-check
    const incomplete: Messages = { 'app.name': 'Lattice' };
    // @ts-expect-error a key the English dictionary does not have is refused
    const extra: Messages = { ...en, 'app.unknown': 'x' };
    expect(Object.keys(incomplete)).toHaveLength(1);
    expect(Object.keys(extra)).toHaveLength(keys.length + 1);
  });
});

describe('translate', () => {
  it('fills parameters with the values given', () => {
    const t = createTranslate(en);
    expect(t('nodes.summary', { online: 2, total: 3 })).toBe('2 of 3 online');
    expect(createTranslate(zhTW)('nodes.summary', { online: 2, total: 3 })).toBe('3 個節點中 2 個在線');
  });

  it('returns messages without parameters unchanged', () => {
    expect(createTranslate(zhTW)('header.signOut')).toBe('登出');
  });

  it('requires the values a message needs, at type level', () => {
    const t = createTranslate(en);
    // @ts-expect-error home.welcome needs {username}
    expect(t('home.welcome')).toBe('Welcome, {username}');
    // @ts-expect-error a message without parameters takes no values
    expect(t('header.signOut', { extra: 1 })).toBe('Sign out');
  });

  it('leaves an unknown parameter visible instead of dropping text', () => {
    expect(interpolate('Hello {name} and {other}', { name: 'A' })).toBe('Hello A and {other}');
  });

  it('does not treat inherited object properties as values', () => {
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
  });

  it('lists parameters in order', () => {
    expect(parameterNamesOf('{a} of {b}, {a}')).toEqual(['a', 'b', 'a']);
  });
});
