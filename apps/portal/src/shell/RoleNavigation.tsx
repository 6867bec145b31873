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
                  {capability.href.includes('#') ? (
                    // A section of the home page: a plain link, so the browser scrolls to it.
                    <a className="side-nav__link" href={capability.href}>
                      {t(`capability.${capability.id}.title`)}
                    </a>
                  ) : (
                    <Link
                      to={capability.href}
                      className="side-nav__link"
                      aria-current={isWithin(path, capability.href) ? 'page' : undefined}
                    >
                      {t(`capability.${capability.id}.title`)}
                    </Link>
                  )}
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

/** Whether the current path is the page or one below it (a study below the studies). */
function isWithin(path: string, href: string): boolean {
  return path === href || path.startsWith(`${href}/`);
}
