import { useCallback, useState } from 'react';
import { endSessionOnUnauthenticated } from '../api/end-session';
import { useServiceResource } from '../api/use-service-resource';
import { useAuth } from '../auth/AuthProvider';
import type { Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import {
  decideQuarantined,
  fetchQuarantine,
  type QuarantineDecision,
  type QuarantinedObject,
} from '../node-operator/node-client';
import { operatorNodeOf } from '../node-operator/operator-node';
import { NodeContext, OperatorNodeNotice } from '../node-operator/OperatorNodeNotice';
import { useSearch } from '../routing/router';
import { PageHeading } from '../shell/PageHeading';
import { useNow } from '../shell/use-now';
import { DecisionDialog } from './DecisionDialog';
import { quarantineStatusOf } from './decision-form';
import { NodeQuarantineView, quarantineRefreshSeconds, type DecisionReceipt } from './NodeQuarantineView';

/** The node operator's quarantine: what waits for review, release and discard with a note, and the history. */
export function NodeQuarantinePage({
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
        title={t('quarantine.title')}
        lead={t('quarantine.lead')}
        context={principal.nodeId === undefined ? undefined : <NodeContext nodeId={principal.nodeId} />}
      />
      {node.kind === 'ready' ? (
        <NodeQuarantinePanel nodeUrl={node.nodeUrl} accessToken={accessToken} />
      ) : (
        <OperatorNodeNotice node={node} />
      )}
    </div>
  );
}

function NodeQuarantinePanel({ nodeUrl, accessToken }: { nodeUrl: string; accessToken: string }) {
  const { markExpired } = useAuth();
  const status = quarantineStatusOf(useSearch());
  const [choice, setChoice] = useState<{ item: QuarantinedObject; decision: QuarantineDecision } | null>(
    null,
  );
  const [receipt, setReceipt] = useState<DecisionReceipt | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => fetchQuarantine(nodeUrl, accessToken, status, { signal }),
    [nodeUrl, accessToken, status],
  );
  const { refresh, ...state } = useServiceResource(`${nodeUrl}/api/quarantine?status=${status}`, load, {
    service: 'node',
    refreshMs: quarantineRefreshSeconds * 1000,
    onUnauthenticated: markExpired,
  });
  const now = useNow(5_000);

  return (
    <>
      <NodeQuarantineView
        status={status}
        state={state}
        now={now}
        nodeUrl={nodeUrl}
        receipt={receipt}
        onRefresh={refresh}
        onChoose={(item, decision) => setChoice({ item, decision })}
      />
      {choice !== null && (
        <DecisionDialog
          key={`${choice.item.id}-${choice.decision}`}
          item={choice.item}
          decision={choice.decision}
          nodeUrl={nodeUrl}
          decide={(note) =>
            endSessionOnUnauthenticated(
              decideQuarantined(nodeUrl, accessToken, choice.item.id, choice.decision, note),
              markExpired,
            )
          }
          onDecided={() => {
            setReceipt({ decision: choice.decision, decidedAt: new Date() });
            refresh();
          }}
          onClose={() => setChoice(null)}
        />
      )}
    </>
  );
}
