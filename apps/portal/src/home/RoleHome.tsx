import type { Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import { NodePanel } from '../nodes/NodePanel';
import { capabilitiesByRole, type CapabilityId } from '../roles/capabilities';
import type { PortalRole } from '../roles/portal-role';

/** One role's part of the home page: what works now (live panels), then what is coming, clearly marked. */
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
  const available = capabilities.filter((capability) => capability.availability === 'available');
  const coming = capabilities.filter((capability) => capability.availability === 'coming');

  const panelOf = (id: CapabilityId) =>
    id === 'nodes' ? <NodePanel key={id} centerUrl={centerUrl} accessToken={accessToken} /> : null;

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
      {available.length === 0 ? (
        <p className="role-home__empty">{t('home.nothingYet')}</p>
      ) : (
        available.map((capability) => (
          <div key={capability.id} className="role-home__capability">
            <p className="role-home__summary">{t(`capability.${capability.id}.summary`)}</p>
            {panelOf(capability.id)}
          </div>
        ))
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
