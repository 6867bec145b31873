import { useEffect, useState } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { navigate, safeReturnPath } from '../routing/router';
import { PageFrame } from '../shell/PageFrame';
import { LoadingPage } from './LoadingPage';

/** The redirect target of sign-in: redeems the code, then returns to where the user started. */
export function CallbackPage() {
  const { t } = useI18n();
  const { completeSignIn, signIn } = useAuth();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let active = true;
    completeSignIn()
      .then((state) => navigate(safeReturnPath(returnToOf(state)), { replace: true }))
      .catch(() => {
        if (active) setFailed(true);
      });
    return () => {
      active = false;
    };
  }, [completeSignIn]);

  if (!failed) return <LoadingPage message={t('callback.working')} />;
  return (
    <PageFrame>
      <h1 className="card__title">{t('callback.failedTitle')}</h1>
      <p className="card__lead">{t('callback.failedBody')}</p>
      <button type="button" className="button button--primary button--block" onClick={() => void signIn('/')}>
        {t('callback.retry')}
      </button>
    </PageFrame>
  );
}

function returnToOf(state: unknown): unknown {
  return typeof state === 'object' && state !== null && 'returnTo' in state ? state.returnTo : undefined;
}
