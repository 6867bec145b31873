import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';

/**
 * The claims of a bearer token, verified the way Lattice services verify them: an RS256 signature by a key
 * of the issuer's JWKS, the issuer, and the expiry. Null for a missing, forged, foreign or expired token.
 */
export async function verifiedClaims(
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

/** The realm roles a token's claims carry. */
export function realmRolesOf(claims: Record<string, unknown> | null): string[] {
  const realmAccess = claims?.['realm_access'];
  if (typeof realmAccess !== 'object' || realmAccess === null) return [];
  const roles = (realmAccess as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

/** The username a token's claims carry, or null. */
export function usernameOf(claims: Record<string, unknown> | null): string | null {
  const username = claims?.['preferred_username'];
  return typeof username === 'string' ? username : null;
}

function decodePart(part: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
