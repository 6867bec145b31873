import type { IncomingMessage, ServerResponse } from 'node:http';
import { queryStudies, standInCenterQuarantine, standInStudies } from './stand-in-catalog';
import { allowPortal, envelope, listenOnFreePort, sendJson } from './stand-in-http';
import { realmRolesOf, usernameOf, verifiedClaims } from './token-verification';

/** How the stand-in answers: normally, with a 500 envelope, or refusing every token. */
export type StandInMode = 'serving' | 'failing' | 'rejecting-token';

/** One call the stand-in received, after it checked the bearer token against the issuer's keys. */
export interface CenterCall {
  readonly username: string | null;
  readonly verified: boolean;
  readonly status: number;
  readonly path: string;
}

/**
 * A local stand-in for the center's APIs the portal uses (node list, catalog, center quarantine): the
 * contract's shapes, real token verification, switchable failures.
 */
export interface StandInCenter {
  readonly url: string;
  readonly calls: CenterCall[];
  mode: StandInMode;
  close(): Promise<void>;
}

/** The correlation id the stand-in puts in its 500 envelope, so the test can look for it on screen. */
export const standInCorrelationId = 'corr-smoke-500';

const stewardRoles = ['data-steward', 'center-admin'];

/**
 * Starts the stand-in on a free port. Tokens are verified like the center does it: RS256 signature with
 * the issuer's JWKS, issuer and expiry; the node list needs the center-admin realm role, the catalog and
 * the center quarantine the data-steward or center-admin role.
 */
export async function startStandInCenter(options: {
  issuerUrl: string;
  portalOrigin: string;
}): Promise<StandInCenter> {
  const calls: CenterCall[] = [];
  const state = { mode: 'serving' as StandInMode };
  const studies = standInStudies();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (allowPortal(request, response, options.portalOrigin)) return;
    const url = new URL(request.url ?? '/', 'http://center.invalid');
    const route = routeOf(request.method ?? 'GET', url.pathname);
    if (route === null) return sendJson(response, 404, envelope('NOT_FOUND'));

    const claims = await verifiedClaims(request.headers.authorization, options.issuerUrl);
    const roles = realmRolesOf(claims);
    const answer = (status: number, body: unknown) => {
      calls.push({ username: usernameOf(claims), verified: claims !== null, status, path: url.pathname });
      sendJson(response, status, body);
    };
    if (claims === null || state.mode === 'rejecting-token') return answer(401, envelope('TOKEN_INVALID'));
    const allowed = route.kind === 'nodes' ? ['center-admin'] : stewardRoles;
    if (!roles.some((role) => allowed.includes(role))) return answer(403, envelope('FORBIDDEN'));
    if (state.mode === 'failing') return answer(500, envelope('INTERNAL', standInCorrelationId));

    switch (route.kind) {
      case 'nodes':
        return answer(200, { nodes: nodeList() });
      case 'studies':
        return answer(200, queryStudies(studies, url.searchParams));
      case 'study': {
        const found = studies.find((study) => study.studyInstanceUid === route.studyInstanceUid);
        return found === undefined ? answer(404, envelope('STUDY_NOT_FOUND')) : answer(200, found);
      }
      case 'quarantine':
        return answer(200, standInCenterQuarantine(url.searchParams));
    }
  };

  const listening = await listenOnFreePort(handle);
  return {
    url: listening.url,
    calls,
    get mode() {
      return state.mode;
    },
    set mode(next: StandInMode) {
      state.mode = next;
    },
    close: listening.close,
  };
}

type Route =
  | { kind: 'nodes' }
  | { kind: 'studies' }
  | { kind: 'study'; studyInstanceUid: string }
  | { kind: 'quarantine' };

function routeOf(method: string, pathname: string): Route | null {
  if (method !== 'GET') return null;
  if (pathname === '/api/nodes') return { kind: 'nodes' };
  if (pathname === '/api/catalog/studies') return { kind: 'studies' };
  if (pathname === '/api/quarantine') return { kind: 'quarantine' };
  const study = /^\/api\/catalog\/studies\/([^/]+)$/.exec(pathname);
  return study?.[1] === undefined ? null : { kind: 'study', studyInstanceUid: decodeURIComponent(study[1]) };
}

function nodeList() {
  const seenAt = new Date(Date.now() - 4000).toISOString();
  return [
    {
      id: 'node-b',
      displayName: 'Node B',
      hospital: 'Hospital B',
      status: 'online',
      lastSeenAt: seenAt,
      enrolledAt: '2026-01-05T08:00:00.000Z',
      keyId: 'node-b-1',
    },
    {
      id: 'node-a',
      displayName: 'Node A',
      hospital: 'Hospital A',
      status: 'online',
      lastSeenAt: seenAt,
      enrolledAt: '2026-01-05T08:00:00.000Z',
      keyId: 'node-a-1',
    },
  ];
}
