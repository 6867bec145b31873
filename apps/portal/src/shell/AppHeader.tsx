import type { Principal } from '../auth/principal';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/** The bar on every signed-in page: product, language, who is signed in and in which role, sign-out. */
export function AppHeader({ principal }: { principal: Principal }) {
  const { t } = useI18n();
  const { signOut } = useAuth();
  const roleNames = principal.roles.map((role) => t(`role.${role}`)).join(' · ');
  return (
    <header className="app-header">
      <Link to="/" className="app-header__home">
        <Brand withTagline />
      </Link>
      <div className="app-header__end">
        <LanguageSwitch />
        <div className="account-chip" role="group" aria-label={t('header.accountLabel')}>
          <span className="account-chip__avatar" aria-hidden="true">
            {principal.username.slice(0, 1).toUpperCase()}
          </span>
          <span className="account-chip__text">
            <span className="account-chip__name" data-testid="signed-in-user">
              {principal.username}
            </span>
            <span className="account-chip__role">{roleNames}</span>
          </span>
        </div>
        <button type="button" className="button button--quiet" onClick={() => void signOut()}>
          {t('header.signOut')}
        </button>
      </div>
    </header>
  );
}
