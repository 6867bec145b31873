import { useCallback } from 'react';
import { useServiceResource } from '../api/use-service-resource';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { PageHeading } from '../shell/PageHeading';
import { useNow } from '../shell/use-now';
import { fetchCenterQuarantine } from './center-quarantine-client';
import { CenterQuarantineView } from './CenterQuarantineView';

/** The center's quarantine for data stewards and center administrators: what stage 2 held back, and why. */
export function CenterQuarantinePage({ centerUrl, accessToken }: { centerUrl: string; accessToken: string }) {
  const { t } = useI18n();
  const { markExpired } = useAuth();
  const load = useCallback(
    (signal: AbortSignal) => fetchCenterQuarantine(centerUrl, accessToken, { signal }),
    [centerUrl, accessToken],
  );
  const { refresh, ...state } = useServiceResource(`${centerUrl}/api/quarantine`, load, {
    service: 'center',
    onUnauthenticated: markExpired,
  });
  const now = useNow(5_000);
  return (
    <div className="page">
      <PageHeading
        title={t('centerQuarantine.title')}
        lead={t('centerQuarantine.lead')}
        context={t('centerQuarantine.context')}
      />
      <CenterQuarantineView state={state} now={now} centerUrl={centerUrl} onRefresh={refresh} />
    </div>
  );
}
