import { useSyncExternalStore } from 'react';

const navigationEvent = 'lattice:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

/** The current path of the page, re-rendering on navigation and on the browser's back/forward. */
export function usePathname(): string {
  // Rendering outside a browser (markup tests) has no location: it renders the home path.
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

/** The current query string (`?modality=CT`, or empty), re-rendering on navigation like `usePathname`. */
export function useSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/** Moves to a path of the portal (with its query string, if any) without reloading the page. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(navigationEvent));
}

/** The path where sign-in comes back; it is never a destination of its own. */
export const callbackPath = '/callback';

/**
 * A path from untrusted state that is safe to return to after sign-in: same-origin and absolute,
 * never the callback itself; anything else returns home.
 */
export function safeReturnPath(candidate: unknown): string {
  if (typeof candidate !== 'string') return '/';
  if (!candidate.startsWith('/') || candidate.startsWith('//')) return '/';
  // Browsers drop tabs and newlines and read backslashes as slashes, which would turn "/\t/host" into "//host".
  if (/[\\\u0000-\u001f]/.test(candidate)) return '/';
  const path = candidate.split(/[?#]/)[0] ?? '/';
  if (path === callbackPath) return '/';
  return candidate;
}
