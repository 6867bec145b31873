import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { PageFrame } from '../shell/PageFrame';

/** Shown to a signed-in account that holds none of the Lattice roles. */
export function NoRolePage({ username }: { username: string }) {
  const { t } = useI18n();
  const { signOut } = useAuth();
  return (
    <PageFrame>
      <h1 className="card__title">{t('noRole.title')}</h1>
      <p className="card__lead">{t('noRole.body', { username })}</p>
      <button type="button" className="button button--secondary button--block" onClick={() => void signOut()}>
        {t('header.signOut')}
      </button>
    </PageFrame>
  );
}
