import { useI18n } from '../i18n/I18nProvider';
import { locales } from '../i18n/locale';

/** Switches between 繁體中文 and English; each choice is labelled in its own language. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('locale.switchLabel')}>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {t(`locale.${option}`)}
        </button>
      ))}
    </div>
  );
}
