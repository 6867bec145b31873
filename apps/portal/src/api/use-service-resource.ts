import { useCallback, useEffect, useRef, useState } from 'react';
import { ServiceRequestError, type ServiceKind } from './service-request';

/** Data fetched from a service, as last answered, with the error of the latest attempt if it failed. */
export interface ResourceState<T> {
  /** Null until the first successful answer; kept on screen beside later failures. */
  readonly data: T | null;
  readonly fetchedAt: Date | null;
  readonly error: ServiceRequestError | null;
  readonly loading: boolean;
}

/** How a resource is fetched and kept fresh. */
export interface ResourceOptions {
  /** The service asked, named in failures that are not the service's own (a bug in parsing). */
  readonly service: ServiceKind;
  /** Fetch again this long after each answer; without it the resource is fetched once per key. */
  readonly refreshMs?: number;
  /** Called on a 401, so the session can end visibly instead of failing silently. */
  readonly onUnauthenticated: () => void;
}

/**
 * Fetches a resource for `key` now (and every `refreshMs` after each answer), never two requests at once.
 * A new key abandons the request in flight and fetches again; the last data stays visible meanwhile.
 */
export function useServiceResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  options: ResourceOptions,
): ResourceState<T> & { readonly refresh: () => void } {
  const [state, setState] = useState<ResourceState<T>>({
    data: null,
    fetchedAt: null,
    error: null,
    loading: true,
  });
  const latest = useRef({ load, onUnauthenticated: options.onUnauthenticated });
  latest.current = { load, onUnauthenticated: options.onUnauthenticated };
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { service, refreshMs } = options;

  const run = useCallback(async () => {
    if (inFlight.current !== null) return;
    if (timer.current !== null) clearTimeout(timer.current);
    const controller = new AbortController();
    inFlight.current = controller;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const data = await latest.current.load(controller.signal);
      if (controller.signal.aborted) return;
      setState({ data, fetchedAt: new Date(), error: null, loading: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure =
        error instanceof ServiceRequestError ? error : new ServiceRequestError(service, 'FAILED');
      setState((previous) => ({ ...previous, error: failure, loading: false }));
      if (failure.code === 'UNAUTHENTICATED') latest.current.onUnauthenticated();
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
    if (refreshMs !== undefined) timer.current = setTimeout(() => void run(), refreshMs);
    // `key` names what `load` asks for: a new key must abandon the old request and start a new one.
  }, [key, service, refreshMs]);

  useEffect(() => {
    void run();
    return () => {
      inFlight.current?.abort();
      inFlight.current = null;
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [run]);

  // An explicit refresh (after a change the user made) must see that change: it replaces a request in flight.
  const refresh = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    void run();
  }, [run]);
  return { ...state, refresh };
}
