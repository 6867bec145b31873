import { serviceAccountUsername, type RealmClient, type RealmUser } from './realm';

/** Claims Keycloak adds to every access token besides the registered JWT claims. */
export interface KeycloakAccessClaims {
  typ: 'Bearer';
  azp: string;
  preferred_username: string;
  realm_access: { roles: string[] };
  resource_access: Record<string, { roles: string[] }>;
  [mapped: string]: unknown;
}

/** Access token claims for a person signed in through a client, filled by the client's mappers. */
export function userAccessClaims(user: RealmUser, client: RealmClient): KeycloakAccessClaims {
  const claims: KeycloakAccessClaims = {
    typ: 'Bearer',
    azp: client.clientId,
    preferred_username: user.username,
    realm_access: { roles: [...user.realmRoles] },
    // No client roles are defined in the realm, so the map is empty, as Keycloak's would be.
    resource_access: {},
  };
  for (const mapper of client.mappers) {
    if (mapper.kind === 'user-attribute') {
      const value = user.attributes[mapper.attribute];
      if (value !== undefined) claims[mapper.claim] = value;
    }
    // Keycloak fills the client-id claim from a service-account session note, absent for people.
  }
  return claims;
}

/** Access token claims of a client's service account, or undefined for clients without one. */
export function serviceAccountAccessClaims(client: RealmClient): KeycloakAccessClaims | undefined {
  if (!client.serviceAccount) return undefined;
  const claims: KeycloakAccessClaims = {
    typ: 'Bearer',
    azp: client.clientId,
    preferred_username: serviceAccountUsername(client.clientId),
    realm_access: { roles: [...client.serviceAccount.realmRoles] },
    resource_access: {},
  };
  for (const mapper of client.mappers) {
    if (mapper.kind === 'client-id') claims[mapper.claim] = client.clientId;
  }
  return claims;
}

/** The audience the client's audience mapper adds, or undefined when it has none. */
export function clientAudience(client: RealmClient): string | undefined {
  for (const mapper of client.mappers) {
    if (mapper.kind === 'audience') return mapper.audience;
  }
  return undefined;
}

/** Whether tokens issued to the client's service account carry a `client_id` claim. */
export function carriesClientIdClaim(client: RealmClient): boolean {
  return client.mappers.some((mapper) => mapper.kind === 'client-id' && mapper.claim === 'client_id');
}
