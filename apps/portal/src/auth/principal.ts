import * as z from 'zod/mini';
import { portalRolesOf, type PortalRole } from '../roles/portal-role';

/** The signed-in person as the portal sees them, read from the access token the center will check. */
export interface Principal {
  readonly username: string;
  /** Portal roles only, in display order; empty when the account has no Lattice role. */
  readonly roles: readonly PortalRole[];
  /** Present for patients; shown to them only in part. */
  readonly nationalId?: string;
  /** Present for node operators: the hospital node they operate. */
  readonly nodeId?: string;
  readonly expiresAt: Date;
}

const accessTokenClaimsSchema = z.object({
  preferred_username: z.string().check(z.minLength(1)),
  exp: z.number(),
  realm_access: z.optional(z.object({ roles: z.array(z.string()) })),
  national_id: z.optional(z.string()),
  node_id: z.optional(z.string()),
});

/** Why an access token could not be read. */
export type AccessTokenErrorCode = 'TOKEN_NOT_JWT' | 'TOKEN_CLAIMS_MISSING';

/** The issuer's access token is not a JWT with the claims the portal needs; the token itself is never included. */
export class AccessTokenError extends Error {
  constructor(readonly code: AccessTokenErrorCode) {
    super(
      code === 'TOKEN_NOT_JWT' ? 'The access token is not a JWT' : 'The access token lacks required claims',
    );
    this.name = 'AccessTokenError';
  }
}

/**
 * Reads who is signed in from an access token's payload. The signature is not checked here: the browser
 * only uses this to choose what to show, and every service verifies the token it receives.
 */
export function principalFromAccessToken(accessToken: string): Principal {
  const payload = decodeJwtPayload(accessToken);
  const parsed = accessTokenClaimsSchema.safeParse(payload);
  if (!parsed.success) throw new AccessTokenError('TOKEN_CLAIMS_MISSING');
  const claims = parsed.data;
  return {
    username: claims.preferred_username,
    roles: portalRolesOf(claims.realm_access?.roles ?? []),
    ...(claims.national_id ? { nationalId: claims.national_id } : {}),
    ...(claims.node_id ? { nodeId: claims.node_id } : {}),
    expiresAt: new Date(claims.exp * 1000),
  };
}

function decodeJwtPayload(token: string): unknown {
  const parts = token.split('.');
  const payload = parts[1];
  if (parts.length !== 3 || payload === undefined) throw new AccessTokenError('TOKEN_NOT_JWT');
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new AccessTokenError('TOKEN_NOT_JWT');
  }
}

/**
 * A national id with all but its first letter and last two digits hidden, so a patient can recognise
 * their own account without the page showing the whole number.
 */
export function maskNationalId(nationalId: string): string {
  if (nationalId.length <= 3) return '•'.repeat(nationalId.length);
  return `${nationalId.slice(0, 1)}${'•'.repeat(nationalId.length - 3)}${nationalId.slice(-2)}`;
}
