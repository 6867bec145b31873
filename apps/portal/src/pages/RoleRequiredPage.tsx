import { useI18n } from '../i18n/I18nProvider';
import type { PortalRole } from '../roles/portal-role';
import { Link } from '../routing/Link';

/** A page the signed-in account's roles do not open; names the roles that do. */
export function RoleRequiredPage({ roles }: { roles: readonly PortalRole[] }) {
  const { t, locale } = useI18n();
  const names = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    roles.map((role) => t(`role.${role}`)),
  );
  return (
    <div className="page">
      <h1 className="page__title">{t('roleRequired.title')}</h1>
      <p className="page__lead">{t('roleRequired.body', { roles: names })}</p>
      <Link to="/" className="button button--secondary">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
