import { discoverTokenEndpoint, requestToken, type FetchFn, type TokenResponse } from './token-endpoint';

/** A user's credentials for the password grant (Keycloak's direct access grants). */
export interface PasswordGrantRequest {
  /** Realm URL, e.g. http://127.0.0.1:8080/realms/lattice. */
  issuerUrl: string;
  /** A public client allowed to use the grant, e.g. `lattice-cli`. */
  clientId: string;
  username: string;
  password: string;
  /** Space-separated scopes; the issuer's default when omitted. */
  scope?: string;
  fetch?: FetchFn;
}

/** Exchanges a username and password for an access token at the issuer found by discovery. */
export async function requestPasswordGrant(request: PasswordGrantRequest): Promise<TokenResponse> {
  const issuer = request.issuerUrl.replace(/\/+$/, '');
  const tokenEndpoint = await discoverTokenEndpoint(issuer, request.fetch);
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: request.clientId,
    username: request.username,
    password: request.password,
  });
  if (request.scope) form.set('scope', request.scope);
  return requestToken(tokenEndpoint, form, {
    issuer,
    credentialsMessage: `the issuer at ${issuer} rejected the username or password`,
    ...(request.fetch ? { fetchFn: request.fetch } : {}),
  });
}
