import { AuthConfigurationError } from './auth-error';

/** A Keycloak realm URL split the way keycloak-connect's configuration wants it. */
export interface RealmLocation {
  /** e.g. http://127.0.0.1:8080 (Keycloak's auth-server-url) */
  authServerUrl: string;
  realm: string;
  /** The exact `iss` tokens of the realm carry: auth-server-url + /realms/ + realm. */
  issuer: string;
}

/** Splits an issuer URL such as http://127.0.0.1:8080/realms/lattice into server URL and realm. */
export function parseRealmUrl(issuerUrl: string): RealmLocation {
  const match = /^(https?:\/\/[^?#]+?)\/realms\/([^/?#]+)\/?$/.exec(issuerUrl);
  if (!match?.[1] || !match[2]) {
    throw new AuthConfigurationError(
      'issuerUrl must be a Keycloak realm URL such as http://127.0.0.1:8080/realms/lattice',
    );
  }
  const authServerUrl = match[1];
  const realm = match[2];
  return { authServerUrl, realm, issuer: `${authServerUrl}/realms/${realm}` };
}
