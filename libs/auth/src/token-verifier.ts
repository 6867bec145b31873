import Keycloak from 'keycloak-connect';
import { TokenRejectedError } from './auth-error';
import { principalFromClaims, type Principal } from './principal';
import { parseRealmUrl } from './realm-url';
import { classifyValidationFailure } from './validation-failure';

/** How tokens are checked. */
export interface TokenVerifierOptions {
  /** Realm URL, e.g. http://127.0.0.1:8080/realms/lattice; token `iss` must equal it exactly. */
  issuerUrl: string;
  /** Audience (Keycloak client id of this API) that tokens must carry in `aud`. */
  audience: string;
  /** Least seconds between two fetches of the realm's key set when a token names an unknown key. */
  jwksMinIntervalSeconds: number;
  /** Longest wait for the key set before the check gives up. */
  timeoutMs?: number;
}

interface ValidatedToken {
  content: Record<string, unknown>;
}

// A compact JWS: three base64url parts.
const jwsPattern = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Validates bearer tokens offline with keycloak-connect's GrantManager: RS256 signature against
 * the realm's JWKS (fetched from the issuer, cached by key id), expiry, `typ: Bearer`, exact
 * issuer and audience. Online introspection is not used.
 */
export class KeycloakTokenVerifier {
  private readonly grantManager: Keycloak.GrantManager;
  private readonly timeoutMs: number;

  constructor(options: TokenVerifierOptions) {
    const { authServerUrl, realm } = parseRealmUrl(options.issuerUrl);
    const keycloak = new Keycloak({}, {
      realm,
      'auth-server-url': authServerUrl,
      resource: options.audience,
      'bearer-only': true,
      'ssl-required': 'external',
      'confidential-port': 0,
      'verify-token-audience': true,
      'min-time-between-jwks-requests': options.jwksMinIntervalSeconds,
    } as Keycloak.KeycloakConfig);
    this.grantManager = keycloak.grantManager;
    // keycloak-connect reads the interval with `||`, so 0 would silently become 10 seconds.
    const rotation = (this.grantManager as unknown as { rotation?: { minTimeBetweenJwksRequests: number } })
      .rotation;
    if (rotation) rotation.minTimeBetweenJwksRequests = options.jwksMinIntervalSeconds;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** The principal of a valid token; throws TokenRejectedError otherwise. */
  async verify(token: string): Promise<Principal> {
    assertStructure(token);
    const content = await this.validate(token);
    const principal = principalFromClaims(content);
    if (!principal)
      throw new TokenRejectedError('TOKEN_INVALID', 'token lacks sub, preferred_username, azp or exp');
    return principal;
  }

  private async validate(token: string): Promise<Record<string, unknown>> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new TokenRejectedError('AUTH_UNAVAILABLE', 'timed out fetching the key set')),
        this.timeoutMs,
      );
    });
    try {
      const grant = await Promise.race([
        this.grantManager.createGrant(JSON.stringify({ access_token: token })),
        timeout,
      ]);
      const accessToken = grant.access_token as unknown as ValidatedToken | undefined;
      if (!accessToken) throw new TokenRejectedError('TOKEN_INVALID', 'no access token in grant');
      return accessToken.content;
    } catch (error) {
      if (error instanceof TokenRejectedError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new TokenRejectedError(classifyValidationFailure(reason), reason);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * keycloak-connect reads an unparsable token as one that expired in 1970; check the shape first
 * so garbage is reported as invalid, and only RS256 tokens reach it.
 */
function assertStructure(token: string): void {
  if (!jwsPattern.test(token)) throw new TokenRejectedError('TOKEN_INVALID', 'not a compact JWS');
  const [headerPart, payloadPart] = token.split('.');
  const header = decodeJsonPart(headerPart);
  const payload = decodeJsonPart(payloadPart);
  if (!header || !payload)
    throw new TokenRejectedError('TOKEN_INVALID', 'header or payload is not a JSON object');
  if (header['alg'] !== 'RS256') throw new TokenRejectedError('TOKEN_INVALID', 'algorithm is not RS256');
}

function decodeJsonPart(part: string | undefined): Record<string, unknown> | undefined {
  if (part === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
