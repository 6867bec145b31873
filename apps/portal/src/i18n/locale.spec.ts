import { isLocale, pickInitialLocale } from './locale';

describe('pickInitialLocale', () => {
  it('keeps the language the user chose before, whatever the browser prefers', () => {
    expect(pickInitialLocale('en', ['zh-TW'])).toBe('en');
    expect(pickInitialLocale('zh-TW', ['en-US'])).toBe('zh-TW');
  });

  it('ignores a stored value that is not a portal language', () => {
    expect(pickInitialLocale('fr', ['zh-TW'])).toBe('zh-TW');
  });

  it.each([
    [['zh-TW', 'en'], 'zh-TW'],
    [['zh-Hant-TW'], 'zh-TW'],
    [['zh-HK'], 'zh-TW'],
    [['zh'], 'zh-TW'],
    [['en-GB', 'zh-TW'], 'en'],
    [['fr-FR', 'zh-TW'], 'zh-TW'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('browser languages %j start in %s', (languages, expected) => {
    expect(pickInitialLocale(null, languages)).toBe(expected);
  });
});

describe('isLocale', () => {
  it('accepts only the portal languages, exactly', () => {
    expect(isLocale('zh-TW')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh-tw')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
