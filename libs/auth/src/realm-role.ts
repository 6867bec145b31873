/** Every realm role a Lattice token can carry in `realm_access.roles`. */
export const REALM_ROLES = [
  'center-admin',
  'data-steward',
  'researcher',
  'patient',
  'node-operator',
  'node',
] as const;

/** A Lattice realm role: people hold the first five, node service accounts hold `node`. */
export type RealmRole = (typeof REALM_ROLES)[number];

/** Whether a value is one of the Lattice realm roles. */
export function isRealmRole(value: unknown): value is RealmRole {
  return typeof value === 'string' && (REALM_ROLES as readonly string[]).includes(value);
}
