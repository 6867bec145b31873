import type { PortalRole } from '../roles/portal-role';
import { capabilitiesByRole } from '../roles/capabilities';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { usePathname } from '../routing/router';

/**
 * The side navigation: home, then each of the user's roles with its capabilities. Capabilities that are
 * not built yet are plain text marked as coming, not links.
 */
export function RoleNavigation({ roles }: { roles: readonly PortalRole[] }) {
  const { t } = useI18n();
  const path = usePathname();
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul className="side-nav__list">
        <li>
          <Link to="/" className="side-nav__link" aria-current={path === '/' ? 'page' : undefined}>
            {t('nav.home')}
          </Link>
        </li>
      </ul>
      {roles.map((role) => (
        <div key={role} className="side-nav__group">
          <h2 className="side-nav__heading" id={`nav-${role}`}>
            {t(`role.${role}`)}
          </h2>
          <ul className="side-nav__list" aria-labelledby={`nav-${role}`}>
            {capabilitiesByRole[role].map((capability) =>
              capability.availability === 'available' ? (
                <li key={capability.id}>
                  <a className="side-nav__link" href={capability.href}>
                    {t(`capability.${capability.id}.title`)}
                  </a>
                </li>
              ) : (
                <li key={capability.id} className="side-nav__coming">
                  <span>{t(`capability.${capability.id}.title`)}</span>
                  <span className="badge badge--coming" title={t('nav.comingDescription')}>
                    {t('nav.coming')}
                  </span>
                </li>
              ),
            )}
          </ul>
        </div>
      ))}
    </nav>
  );
}
