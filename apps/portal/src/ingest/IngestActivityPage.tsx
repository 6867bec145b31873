import { useCallback } from 'react';
import { useServiceResource } from '../api/use-service-resource';
import { useAuth } from '../auth/AuthProvider';
import type { Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import { fetchIngestActivity } from '../node-operator/node-client';
import { operatorNodeOf } from '../node-operator/operator-node';
import { NodeContext, OperatorNodeNotice } from '../node-operator/OperatorNodeNotice';
import { useNow } from '../shell/use-now';
import { PageHeading } from '../shell/PageHeading';
import { activityRefreshSeconds, IngestActivityView } from './IngestActivityView';

/** The node operator's view of what their node received and pushed, refreshed every 10 seconds. */
export function IngestActivityPage({
  principal,
  accessToken,
  nodeUrls,
}: {
  principal: Principal;
  accessToken: string;
  nodeUrls: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const node = operatorNodeOf(principal, nodeUrls);
  return (
    <div className="page">
      <PageHeading
        title={t('ingest.title')}
        lead={t('ingest.lead')}
        context={principal.nodeId === undefined ? undefined : <NodeContext nodeId={principal.nodeId} />}
      />
      {node.kind === 'ready' ? (
        <IngestActivityPanel nodeUrl={node.nodeUrl} accessToken={accessToken} />
      ) : (
        <OperatorNodeNotice node={node} />
      )}
    </div>
  );
}

function IngestActivityPanel({ nodeUrl, accessToken }: { nodeUrl: string; accessToken: string }) {
  const { markExpired } = useAuth();
  const load = useCallback(
    (signal: AbortSignal) => fetchIngestActivity(nodeUrl, accessToken, { signal }),
    [nodeUrl, accessToken],
  );
  const { refresh, ...state } = useServiceResource(`${nodeUrl}/api/ingest/activity`, load, {
    service: 'node',
    refreshMs: activityRefreshSeconds * 1000,
    onUnauthenticated: markExpired,
  });
  const now = useNow(5_000);
  return <IngestActivityView state={state} now={now} nodeUrl={nodeUrl} onRefresh={refresh} />;
}
