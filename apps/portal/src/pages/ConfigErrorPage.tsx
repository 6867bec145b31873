import { useI18n } from '../i18n/I18nProvider';
import { PageFrame } from '../shell/PageFrame';

/** Shown when the portal's server did not provide usable settings. */
export function ConfigErrorPage({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <PageFrame>
      <h1 className="card__title">{t('boot.configErrorTitle')}</h1>
      <p className="card__lead" role="alert">
        {t('boot.configErrorBody')}
      </p>
      <button type="button" className="button button--primary button--block" onClick={onRetry}>
        {t('boot.retry')}
      </button>
    </PageFrame>
  );
}
