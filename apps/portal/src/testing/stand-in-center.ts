import { createPublicKey, randomUUID, verify, type JsonWebKey } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the stand-in answers GET /api/nodes. */
export type StandInMode = 'serving' | 'failing' | 'rejecting-token';

/** One call the stand-in received, after it checked the bearer token against the issuer's keys. */
export interface CenterCall {
  readonly username: string | null;
  readonly verified: boolean;
  readonly status: number;
}

/** A local stand-in for the center's node list: same contract, real token verification, switchable failures. */
export interface StandInCenter {
  readonly url: string;
  readonly calls: CenterCall[];
  mode: StandInMode;
  close(): Promise<void>;
}

/** The correlation id the stand-in puts in its 500 envelope, so the test can look for it on screen. */
export const standInCorrelationId = 'corr-smoke-500';

/**
 * Starts the stand-in on a free port. Tokens are verified like the center does it: RS256 signature with
 * the issuer's JWKS, issuer and expiry; the node list needs the center-admin realm role.
 */
export async function startStandInCenter(options: {
  issuerUrl: string;
  portalOrigin: string;
}): Promise<StandInCenter> {
  const calls: CenterCall[] = [];
  const state = { mode: 'serving' as StandInMode };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('access-control-allow-origin', options.portalOrigin);
    response.setHeader('vary', 'Origin');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': 'authorization, accept',
        'access-control-max-age': '600',
      });
      return response.end();
    }
    if (request.method !== 'GET' || request.url !== '/api/nodes')
      return send(response, 404, envelope('NOT_FOUND'));

    const claims = await verifiedClaims(request.headers.authorization, options.issuerUrl);
    const username = typeof claims?.['preferred_username'] === 'string' ? claims['preferred_username'] : null;
    const roles = realmRolesOf(claims);
    const answer = (status: number, body: unknown) => {
      calls.push({ username, verified: claims !== null, status });
      send(response, status, body);
    };
    if (claims === null || state.mode === 'rejecting-token') return answer(401, envelope('TOKEN_INVALID'));
    if (!roles.includes('center-admin')) return answer(403, envelope('FORBIDDEN'));
    if (state.mode === 'failing')
      return answer(500, { ...envelope('INTERNAL'), correlationId: standInCorrelationId });
    const seenAt = new Date(Date.now() - 4000).toISOString();
    return answer(200, {
      nodes: [
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
      ],
    });
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, envelope('INTERNAL')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    get mode() {
      return state.mode;
    },
    set mode(next: StandInMode) {
      state.mode = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function envelope(code: string) {
  return { code, message: `Stand-in center: ${code}`, correlationId: randomUUID() };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function realmRolesOf(claims: Record<string, unknown> | null): string[] {
  const realmAccess = claims?.['realm_access'];
  if (typeof realmAccess !== 'object' || realmAccess === null) return [];
  const roles = (realmAccess as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

async function verifiedClaims(
  authorization: string | undefined,
  issuerUrl: string,
): Promise<Record<string, unknown> | null> {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  const [header, payload, signature] = token?.split('.') ?? [];
  if (header === undefined || payload === undefined || signature === undefined) return null;
  const { kid, alg } = decodePart(header);
  if (alg !== 'RS256') return null;
  const response = await fetch(`${issuerUrl}/protocol/openid-connect/certs`);
  const { keys } = (await response.json()) as { keys: (JsonWebKey & { kid?: string })[] };
  const jwk = keys.find((key) => key.kid === kid);
  if (jwk === undefined) return null;
  const signedPart = Buffer.from(`${header}.${payload}`);
  if (
    !verify(
      'RSA-SHA256',
      signedPart,
      createPublicKey({ key: jwk, format: 'jwk' }),
      Buffer.from(signature, 'base64url'),
    )
  ) {
    return null;
  }
  const claims = decodePart(payload);
  if (claims['iss'] !== issuerUrl || typeof claims['exp'] !== 'number' || claims['exp'] * 1000 < Date.now())
    return null;
  return claims;
}

function decodePart(part: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
