/** The Keycloak realm roles of people using the portal, in the order the portal presents them. */
export const portalRoles = [
  'center-admin',
  'data-steward',
  'researcher',
  'node-operator',
  'patient',
] as const;

/** A realm role the portal has a home for. */
export type PortalRole = (typeof portalRoles)[number];

/** The portal roles among a token's realm roles (others, such as Keycloak defaults, are ignored), in display order. */
export function portalRolesOf(realmRoles: readonly string[]): PortalRole[] {
  return portalRoles.filter((role) => realmRoles.includes(role));
}
