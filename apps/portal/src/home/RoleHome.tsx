import type { Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import { NodePanel } from '../nodes/NodePanel';
import { capabilitiesByRole, type Capability } from '../roles/capabilities';
import { Link } from '../routing/Link';
import type { PortalRole } from '../roles/portal-role';

/** One role's part of the home page: what works now (page cards, live panels), then what is coming, clearly marked. */
export function RoleHome({
  role,
  principal,
  accessToken,
  centerUrl,
}: {
  role: PortalRole;
  principal: Principal;
  accessToken: string;
  centerUrl: string;
}) {
  const { t } = useI18n();
  const capabilities = capabilitiesByRole[role];
  const available = capabilities.filter(
    (capability): capability is Extract<Capability, { availability: 'available' }> =>
      capability.availability === 'available',
  );
  // Capabilities with a page of their own are offered as cards; the node list lives on the home page itself.
  const pages = available.filter((capability) => !capability.href.includes('#'));
  const coming = capabilities.filter((capability) => capability.availability === 'coming');

  return (
    <section className="role-home" aria-labelledby={`home-${role}`}>
      <h2 className="role-home__role" id={`home-${role}`}>
        {t(`role.${role}`)}
      </h2>
      {role === 'patient' && principal.nationalId !== undefined && (
        <p className="role-home__context">{t('home.patient.linked')}</p>
      )}
      {role === 'node-operator' && (
        <p className="role-home__context">
          {principal.nodeId === undefined
            ? t('home.operator.noNode')
            : t('home.operator.node', { nodeId: principal.nodeId })}
        </p>
      )}

      <h3 className="role-home__heading">{t('home.availableNow')}</h3>
      {available.length === 0 && <p className="role-home__empty">{t('home.nothingYet')}</p>}
      {pages.length > 0 && (
        <ul className="capability-grid">
          {pages.map(({ id, href }) => (
            <li key={id} className="capability-card">
              <Link to={href} className="capability-card__title">
                {t(`capability.${id}.title`)}
              </Link>
              <p className="capability-card__summary">{t(`capability.${id}.summary`)}</p>
            </li>
          ))}
        </ul>
      )}
      {available.some((capability) => capability.id === 'nodes') && (
        <div className="role-home__capability">
          <p className="role-home__summary">{t('capability.nodes.summary')}</p>
          <NodePanel centerUrl={centerUrl} accessToken={accessToken} />
        </div>
      )}

      {coming.length > 0 && (
        <>
          <h3 className="role-home__heading">{t('home.comingNext')}</h3>
          <ul className="coming-grid">
            {coming.map(({ id }) => (
              <li key={id} className="coming-card">
                <div className="coming-card__top">
                  <span className="coming-card__title">{t(`capability.${id}.title`)}</span>
                  <span className="badge badge--coming">{t('nav.coming')}</span>
                </div>
                <p className="coming-card__summary">{t(`capability.${id}.summary`)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
