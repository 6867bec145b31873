import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { PageFrame } from '../shell/PageFrame';

/** Shown instead of the page when the session's token has expired or a service rejected it. */
export function SessionExpiredPage({ returnTo }: { returnTo: string }) {
  const { t } = useI18n();
  const { signIn } = useAuth();
  return (
    <PageFrame>
      <h1 className="card__title">{t('expired.title')}</h1>
      <p className="card__lead">{t('expired.body')}</p>
      <button
        type="button"
        className="button button--primary button--block"
        onClick={() => void signIn(returnTo)}
      >
        {t('expired.button')}
      </button>
    </PageFrame>
  );
}
