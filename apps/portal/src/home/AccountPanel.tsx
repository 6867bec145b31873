import { maskNationalId, type Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime, formatTimeOfDay } from '../i18n/time-format';

/** The signed-in account: name, roles, the claims that tie it to a patient or a node, and session end. */
export function AccountPanel({ principal }: { principal: Principal }) {
  const { t, locale } = useI18n();
  return (
    <section className="panel panel--aside" aria-labelledby="account-title">
      <h2 id="account-title" className="panel__title">
        {t('account.title')}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('account.username')}</dt>
          <dd>{principal.username}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('account.roles')}</dt>
          <dd>
            <ul className="role-chips">
              {principal.roles.map((role) => (
                <li key={role} className="role-chip">
                  {t(`role.${role}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {principal.nationalId !== undefined && (
          <div className="facts__row">
            <dt>{t('account.nationalId')}</dt>
            <dd>
              <span className="mono">{maskNationalId(principal.nationalId)}</span>{' '}
              <span className="muted">{t('account.nationalIdMasked')}</span>
            </dd>
          </div>
        )}
        {principal.nodeId !== undefined && (
          <div className="facts__row">
            <dt>{t('account.node')}</dt>
            <dd>
              <code className="node-id">{principal.nodeId}</code>
            </dd>
          </div>
        )}
        <div className="facts__row">
          <dt>{t('account.sessionEnds')}</dt>
          <dd>
            <time
              dateTime={principal.expiresAt.toISOString()}
              title={formatDateTime(principal.expiresAt, locale)}
            >
              {formatTimeOfDay(principal.expiresAt, locale)}
            </time>
          </dd>
        </div>
      </dl>
    </section>
  );
}
