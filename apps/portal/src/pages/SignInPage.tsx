import { useState } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { PageFrame } from '../shell/PageFrame';

/** The signed-out landing page; sign-in happens at the issuer and comes back to `returnTo`. */
export function SignInPage({ returnTo }: { returnTo: string }) {
  const { t } = useI18n();
  const { state, signIn } = useAuth();
  const [redirecting, setRedirecting] = useState(false);
  const failed = state.status === 'signed-out' && state.signInFailed;

  const start = async () => {
    setRedirecting(true);
    await signIn(returnTo);
    setRedirecting(false);
  };

  return (
    <PageFrame>
      <h1 className="card__title">{t('signIn.title')}</h1>
      <p className="card__lead">{t('signIn.lead')}</p>
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('signIn.error')}
        </p>
      )}
      <button
        type="button"
        className="button button--primary button--block"
        disabled={redirecting}
        onClick={() => void start()}
      >
        {t('signIn.button')}
      </button>
      <p className="card__note">{t('signIn.redirectNote')}</p>
    </PageFrame>
  );
}
