import { useCallback } from 'react';
import { useServiceResource, type ResourceState } from '../api/use-service-resource';
import { fetchNodes, type HospitalNode } from './center-client';

/** How often the node list is fetched again while it is on screen. */
export const nodeListRefreshMs = 10_000;

/** The node list as last fetched, with the error of the latest attempt if it failed. */
export type NodeListState = ResourceState<readonly HospitalNode[]>;

/**
 * Fetches the center's node list now and every 10 seconds after each answer, never two requests at once.
 * A 401 is handed to `onUnauthenticated` so the session can end visibly.
 */
export function useNodeList(
  centerUrl: string,
  accessToken: string,
  onUnauthenticated: () => void,
): NodeListState & { readonly refresh: () => void } {
  const load = useCallback(
    (signal: AbortSignal) => fetchNodes(centerUrl, accessToken, { signal }),
    [centerUrl, accessToken],
  );
  return useServiceResource(`${centerUrl}/api/nodes`, load, {
    service: 'center',
    refreshMs: nodeListRefreshMs,
    onUnauthenticated,
  });
}
