import { TokenRequestError } from './token-request.error';

/** The fetch function token clients use; injectable for tests. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** An access token as the issuer's token endpoint returned it. */
export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  /** Lifetime in seconds, as the issuer stated it. */
  expiresIn: number;
  scope?: string;
}

const defaultTimeoutMs = 10_000;

/** Finds the token endpoint through the issuer's OpenID discovery document. */
export async function discoverTokenEndpoint(issuerUrl: string, fetchFn: FetchFn = fetch): Promise<string> {
  const issuer = issuerUrl.replace(/\/+$/, '');
  const url = `${issuer}/.well-known/openid-configuration`;
  const response = await send(url, { headers: { Accept: 'application/json' } }, fetchFn, issuer);
  if (!response.ok) {
    throw new TokenRequestError(
      'ISSUER_ERROR',
      `the issuer at ${issuer} has no OpenID discovery document (HTTP ${response.status})`,
    );
  }
  const document = await readJson(response, issuer);
  if (document['issuer'] !== issuer) {
    throw new TokenRequestError(
      'ISSUER_ERROR',
      `the discovery document at ${issuer} names a different issuer`,
    );
  }
  const endpoint = document['token_endpoint'];
  if (typeof endpoint !== 'string' || !/^https?:\/\//.test(endpoint)) {
    throw new TokenRequestError('ISSUER_ERROR', `the issuer at ${issuer} advertises no token endpoint`);
  }
  return endpoint;
}

/**
 * Posts a form to a token endpoint. OAuth errors that mean "wrong credentials" become
 * INVALID_CREDENTIALS with `credentialsMessage`; anything else names the HTTP status and error code.
 */
export async function requestToken(
  tokenEndpoint: string,
  form: URLSearchParams,
  options: {
    issuer: string;
    credentialsMessage: string;
    headers?: Record<string, string>;
    fetchFn?: FetchFn;
  },
): Promise<TokenResponse> {
  const response = await send(
    tokenEndpoint,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        ...options.headers,
      },
      body: form.toString(),
    },
    options.fetchFn ?? fetch,
    options.issuer,
  );
  const body = await readJson(response, options.issuer);
  if (!response.ok) {
    const error = typeof body['error'] === 'string' ? body['error'] : 'unknown_error';
    if (error === 'invalid_grant' || error === 'invalid_client' || error === 'unauthorized_client') {
      throw new TokenRequestError('INVALID_CREDENTIALS', options.credentialsMessage);
    }
    throw new TokenRequestError(
      'ISSUER_ERROR',
      `the issuer at ${options.issuer} refused the token request (HTTP ${response.status}, ${error})`,
    );
  }
  const { access_token: accessToken, token_type: tokenType, expires_in: expiresIn, scope } = body;
  if (typeof accessToken !== 'string' || accessToken === '' || typeof expiresIn !== 'number') {
    throw new TokenRequestError(
      'ISSUER_ERROR',
      `the issuer at ${options.issuer} answered without an access token`,
    );
  }
  return {
    accessToken,
    tokenType: typeof tokenType === 'string' ? tokenType : 'Bearer',
    expiresIn,
    ...(typeof scope === 'string' ? { scope } : {}),
  };
}

async function send(url: string, init: RequestInit, fetchFn: FetchFn, issuer: string): Promise<Response> {
  try {
    return await fetchFn(url, { ...init, signal: AbortSignal.timeout(defaultTimeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new TokenRequestError(
      'ISSUER_UNREACHABLE',
      `cannot reach the issuer at ${issuer}${timedOut ? ' (timed out)' : ''}`,
    );
  }
}

async function readJson(response: Response, issuer: string): Promise<Record<string, unknown>> {
  try {
    const value: unknown = await response.json();
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Fall through: not JSON.
  }
  throw new TokenRequestError(
    'ISSUER_ERROR',
    `the issuer at ${issuer} answered with something other than JSON (HTTP ${response.status})`,
  );
}
