import { isRealmRole, type RealmRole } from './realm-role';

/** Who made a request, read from a validated access token. */
export interface Principal {
  /** The token's `sub`: stable per user or service account. */
  readonly subject: string;
  /** `preferred_username`, e.g. `admin` or `service-account-node-a`. */
  readonly username: string;
  /** The Lattice realm roles among `realm_access.roles`; other Keycloak roles are left out. */
  readonly realmRoles: readonly RealmRole[];
  /** The client the token was issued to (`azp`). */
  readonly clientId: string;
  /** `national_id` of a patient. */
  readonly nationalId?: string;
  /** The node a request acts for: `node_id` of an operator, or the client id of a node service account. */
  readonly nodeId?: string;
  readonly expiresAt: Date;
}

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Builds the principal from an access token's claims, or undefined when a required claim is missing. */
export function principalFromClaims(claims: Readonly<Record<string, unknown>>): Principal | undefined {
  const { sub, preferred_username: username, azp, exp } = claims;
  if (!nonEmptyString(sub) || !nonEmptyString(username) || !nonEmptyString(azp) || typeof exp !== 'number') {
    return undefined;
  }
  const realmAccess = claims['realm_access'];
  const listedRoles =
    typeof realmAccess === 'object' &&
    realmAccess !== null &&
    Array.isArray((realmAccess as { roles?: unknown }).roles)
      ? (realmAccess as { roles: unknown[] }).roles
      : [];
  const realmRoles = [...new Set(listedRoles.filter(isRealmRole))];
  const nationalId = nonEmptyString(claims['national_id']) ? claims['national_id'] : undefined;
  // A node's service account acts for its own client id; an operator for the node in node_id.
  const nodeId = realmRoles.includes('node')
    ? azp
    : nonEmptyString(claims['node_id'])
      ? claims['node_id']
      : undefined;
  return {
    subject: sub,
    username,
    realmRoles,
    clientId: azp,
    ...(nationalId === undefined ? {} : { nationalId }),
    ...(nodeId === undefined ? {} : { nodeId }),
    expiresAt: new Date(exp * 1000),
  };
}

/** Whether the principal holds at least one of the roles. */
export function hasAnyRole(principal: Principal, roles: readonly RealmRole[]): boolean {
  return roles.some((role) => principal.realmRoles.includes(role));
}

const principals = new WeakMap<object, Principal>();

/** Records the authenticated principal of a request (done by the authentication guard). */
export function attachPrincipal(request: object, principal: Principal): void {
  principals.set(request, principal);
}

/** The principal the authentication guard attached to a request; undefined on public routes without one. */
export function principalOf(request: object): Principal | undefined {
  return principals.get(request);
}
