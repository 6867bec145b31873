import type { Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import { AccountPanel } from './AccountPanel';
import { RoleHome } from './RoleHome';

/** The home of a signed-in person: who they are, then one part per role with what it can do now and next. */
export function HomePage({
  principal,
  accessToken,
  centerUrl,
}: {
  principal: Principal;
  accessToken: string;
  centerUrl: string;
}) {
  const { t, locale } = useI18n();
  const roleNames = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    principal.roles.map((role) => t(`role.${role}`)),
  );
  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('home.welcome', { username: principal.username })}</h1>
        <p className="page__lead">{t('home.signedInAs', { roles: roleNames })}</p>
      </div>
      <div className="home-layout">
        <div className="home-layout__main">
          {principal.roles.map((role) => (
            <RoleHome
              key={role}
              role={role}
              principal={principal}
              accessToken={accessToken}
              centerUrl={centerUrl}
            />
          ))}
        </div>
        <aside className="home-layout__aside">
          <AccountPanel principal={principal} />
        </aside>
      </div>
    </div>
  );
}
