import { useCallback, useEffect, useRef, useState } from 'react';
import { CenterRequestError, fetchNodes, type HospitalNode } from './center-client';

/** How often the node list is fetched again while it is on screen. */
export const nodeListRefreshMs = 10_000;

/** The node list as last fetched, with the error of the latest attempt if it failed. */
export interface NodeListState {
  /** Null until the first successful fetch. */
  readonly nodes: readonly HospitalNode[] | null;
  readonly fetchedAt: Date | null;
  /** The latest attempt's failure; earlier nodes stay visible beside it. */
  readonly error: CenterRequestError | null;
  readonly refreshing: boolean;
}

/**
 * Fetches the center's node list now and every 10 seconds after each answer, never two requests at once.
 * A 401 is handed to `onUnauthenticated` so the session can end visibly.
 */
export function useNodeList(
  centerUrl: string,
  accessToken: string,
  onUnauthenticated: () => void,
): NodeListState & { readonly refresh: () => void } {
  const [state, setState] = useState<NodeListState>({
    nodes: null,
    fetchedAt: null,
    error: null,
    refreshing: true,
  });
  const latest = useRef({ accessToken, onUnauthenticated });
  latest.current = { accessToken, onUnauthenticated };
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    if (inFlight.current !== null) return;
    if (timer.current !== null) clearTimeout(timer.current);
    const controller = new AbortController();
    inFlight.current = controller;
    setState((previous) => ({ ...previous, refreshing: true }));
    try {
      const nodes = await fetchNodes(centerUrl, latest.current.accessToken, { signal: controller.signal });
      setState({ nodes, fetchedAt: new Date(), error: null, refreshing: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = error instanceof CenterRequestError ? error : new CenterRequestError('CENTER_FAILED');
      setState((previous) => ({ ...previous, error: failure, refreshing: false }));
      if (failure.code === 'CENTER_UNAUTHENTICATED') latest.current.onUnauthenticated();
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
    if (!controller.signal.aborted) timer.current = setTimeout(() => void load(), nodeListRefreshMs);
  }, [centerUrl]);

  useEffect(() => {
    void load();
    return () => {
      inFlight.current?.abort();
      inFlight.current = null;
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [load]);

  const refresh = useCallback(() => void load(), [load]);
  return { ...state, refresh };
}
