// The `lattice` realm as data: the issuer is built from this definition, and
// realm-drift.spec.ts holds deploy/keycloak/lattice-realm.json to the same roles, clients,
// users and claims, so the development issuer and production Keycloak cannot drift apart.

/** Realm roles, as Keycloak puts them in `realm_access.roles`. */
export const realmRoles = [
  'center-admin',
  'data-steward',
  'researcher',
  'patient',
  'node-operator',
  'node',
] as const;

export type RealmRoleName = (typeof realmRoles)[number];

/** User attributes that protocol mappers copy into tokens. */
export type UserAttributeName = 'national_id' | 'node_id';

/** One protocol mapper: how a claim of the access token is filled. */
export type ClaimMapper =
  | { readonly kind: 'audience'; readonly audience: string }
  | { readonly kind: 'user-attribute'; readonly attribute: UserAttributeName; readonly claim: string }
  | { readonly kind: 'client-id'; readonly claim: string };

/** Grants a client may use; `refresh_token` renews the code flow's tokens without signing in again. */
export type GrantType = 'authorization_code' | 'refresh_token' | 'password' | 'client_credentials';

/** One client of the realm. Secrets and redirect URIs come from configuration at start-up. */
export interface RealmClient {
  readonly clientId: string;
  readonly name: string;
  /** Public clients cannot keep a secret (browser, command line); confidential ones can. */
  readonly access: 'public' | 'confidential';
  readonly grants: readonly GrantType[];
  /** Proof Key for Code Exchange method the client must use for the authorization code grant. */
  readonly pkce?: 'S256';
  /** Present for clients with a service account (client credentials grant). */
  readonly serviceAccount?: { readonly userId: string; readonly realmRoles: readonly RealmRoleName[] };
  readonly mappers: readonly ClaimMapper[];
}

/** One person who can sign in. */
export interface RealmUser {
  /** Stable subject (`sub`) of every token issued to this user. */
  readonly id: string;
  readonly username: string;
  readonly realmRoles: readonly RealmRoleName[];
  readonly attributes: Readonly<Partial<Record<UserAttributeName, string>>>;
}

/** The audience every Lattice API accepts; each client's tokens carry it. */
export const apiAudience = 'lattice-api';

/** Demo password of every demo user. Development and demonstration only. */
export const demoPassword = 'lattice';

const audienceMapper: ClaimMapper = { kind: 'audience', audience: apiAudience };
const nationalIdMapper: ClaimMapper = {
  kind: 'user-attribute',
  attribute: 'national_id',
  claim: 'national_id',
};
const nodeIdMapper: ClaimMapper = { kind: 'user-attribute', attribute: 'node_id', claim: 'node_id' };
const clientIdMapper: ClaimMapper = { kind: 'client-id', claim: 'client_id' };

const userMappers = [audienceMapper, nationalIdMapper, nodeIdMapper];
const serviceAccountMappers = [audienceMapper, clientIdMapper];

/** The realm definition shared by the issuer and the drift test. */
export const latticeRealm = {
  name: 'lattice',
  roles: realmRoles,
  clients: [
    {
      clientId: 'lattice-portal',
      name: 'Lattice portal',
      access: 'public',
      grants: ['authorization_code', 'refresh_token'],
      pkce: 'S256',
      mappers: userMappers,
    },
    {
      clientId: 'lattice-cli',
      name: 'Lattice command line',
      access: 'public',
      grants: ['password'],
      mappers: userMappers,
    },
    {
      clientId: 'node-a',
      name: 'Hospital node A',
      access: 'confidential',
      grants: ['client_credentials'],
      serviceAccount: { userId: '7157200f-6a30-4e24-a82c-abe8662465b3', realmRoles: ['node'] },
      mappers: serviceAccountMappers,
    },
    {
      clientId: 'node-b',
      name: 'Hospital node B',
      access: 'confidential',
      grants: ['client_credentials'],
      serviceAccount: { userId: '9cce7a33-953e-44c0-ae01-414d2131bec6', realmRoles: ['node'] },
      mappers: serviceAccountMappers,
    },
  ],
  // Synthetic national ids: Taiwan's format (a letter, then nine digits), chosen so the check
  // digit is wrong. No real person can hold an id that fails the checksum.
  users: [
    {
      id: 'c9e048d3-0252-4c57-81b1-826f4293421e',
      username: 'admin',
      realmRoles: ['center-admin'],
      attributes: {},
    },
    {
      id: 'ed4c2fc2-295a-48c8-ba9d-f4403b6f0cb2',
      username: 'steward',
      realmRoles: ['data-steward'],
      attributes: {},
    },
    {
      id: '6044eeb9-f96c-443a-aed2-0630b6df8c54',
      username: 'researcher',
      realmRoles: ['researcher'],
      attributes: {},
    },
    {
      id: 'd98dc8ed-4651-4241-b66b-0d448cd27664',
      username: 'patient1',
      realmRoles: ['patient'],
      attributes: { national_id: 'A123456780' },
    },
    {
      id: 'f979cd0a-62c3-4ec9-8cbc-0f1408d9ed0a',
      username: 'patient2',
      realmRoles: ['patient'],
      attributes: { national_id: 'B223456781' },
    },
    {
      id: '6d80cfa7-359f-4ce6-a5f2-2d68251f5a7b',
      username: 'operator-a',
      realmRoles: ['node-operator'],
      attributes: { node_id: 'node-a' },
    },
    {
      id: 'abaddcd9-2253-4660-9711-b4a14b246345',
      username: 'operator-b',
      realmRoles: ['node-operator'],
      attributes: { node_id: 'node-b' },
    },
  ],
} as const satisfies {
  name: string;
  roles: readonly RealmRoleName[];
  clients: readonly RealmClient[];
  users: readonly RealmUser[];
};

export type LatticeRealm = typeof latticeRealm;

/** Keycloak names a client's service-account user `service-account-<client id>`. */
export function serviceAccountUsername(clientId: string): string {
  return `service-account-${clientId}`;
}

/** The client definition for an id, or undefined when the realm has no such client. */
export function findClient(clientId: string): RealmClient | undefined {
  return (latticeRealm.clients as readonly RealmClient[]).find((client) => client.clientId === clientId);
}

/** The user with this subject id, or undefined. */
export function findUserById(id: string): RealmUser | undefined {
  return (latticeRealm.users as readonly RealmUser[]).find((user) => user.id === id);
}

/** The user with this username (Keycloak usernames are case-insensitive), or undefined. */
export function findUserByUsername(username: string): RealmUser | undefined {
  const wanted = username.toLowerCase();
  return (latticeRealm.users as readonly RealmUser[]).find((user) => user.username === wanted);
}
