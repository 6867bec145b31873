import { useAuth } from '../auth/AuthProvider';
import { NodeTable } from './NodeTable';
import { useNodeList } from './use-node-list';
import { useNow } from '../shell/use-now';

/** The live node list of the center-admin home: fetched with the session's token, refreshed every 10 s. */
export function NodePanel({ centerUrl, accessToken }: { centerUrl: string; accessToken: string }) {
  const { markExpired } = useAuth();
  const { refresh, ...state } = useNodeList(centerUrl, accessToken, markExpired);
  const now = useNow(5_000);
  return <NodeTable state={state} now={now} centerUrl={centerUrl} onRefresh={refresh} />;
}
