// The Keycloak realm import (deploy/keycloak/lattice-realm.json) and the dev issuer's realm
// (realm.ts) must describe the same realm. Both are reduced to one neutral shape and compared;
// the last block proves the comparison notices one-sided changes.
import { loadDevIdpConfig } from '@lattice/config';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  demoPassword,
  latticeRealm,
  serviceAccountUsername,
  type ClaimMapper,
  type RealmClient,
} from './realm';

const realmFile = resolve(__dirname, '../../../deploy/keycloak/lattice-realm.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface NeutralClient {
  access: string;
  grants: string[];
  pkce: string | null;
  serviceAccount: { userId: string; roles: string[] } | null;
  mappers: string[];
}

interface NeutralUser {
  id: string;
  roles: string[];
  attributes: Record<string, string>;
  serviceAccountOf: string | null;
  password: string | null;
}

interface NeutralRealm {
  name: string;
  roles: string[];
  clients: Record<string, NeutralClient>;
  users: Record<string, NeutralUser>;
}

const sorted = (values: Iterable<string>) => [...values].sort();

function describeMapper(mapper: ClaimMapper): string {
  switch (mapper.kind) {
    case 'audience':
      return `audience:${mapper.audience}`;
    case 'user-attribute':
      return `user-attribute:${mapper.attribute}->${mapper.claim}`;
    case 'client-id':
      return `client-id->${mapper.claim}`;
  }
}

function neutralFromRealmDefinition(realm: typeof latticeRealm): NeutralRealm {
  const clients: Record<string, NeutralClient> = {};
  const users: Record<string, NeutralUser> = {};
  for (const client of realm.clients as readonly RealmClient[]) {
    clients[client.clientId] = {
      access: client.access,
      grants: sorted(client.grants),
      pkce: client.pkce ?? null,
      serviceAccount: client.serviceAccount
        ? { userId: client.serviceAccount.userId, roles: sorted(client.serviceAccount.realmRoles) }
        : null,
      mappers: sorted(client.mappers.map(describeMapper)),
    };
    if (client.serviceAccount) {
      users[serviceAccountUsername(client.clientId)] = {
        id: client.serviceAccount.userId,
        roles: sorted(client.serviceAccount.realmRoles),
        attributes: {},
        serviceAccountOf: client.clientId,
        password: null,
      };
    }
  }
  for (const user of realm.users) {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(user.attributes))
      if (value !== undefined) attributes[name] = value;
    users[user.username] = {
      id: user.id,
      roles: sorted(user.realmRoles),
      attributes,
      serviceAccountOf: null,
      password: demoPassword,
    };
  }
  return { name: realm.name, roles: sorted(realm.roles), clients, users };
}

// Minimal readers for the parts of Keycloak's RealmRepresentation the comparison uses.
const asObject = (value: Json | undefined): { [key: string]: Json } =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const asArray = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const asString = (value: Json | undefined): string | null => (typeof value === 'string' ? value : null);

function describeKeycloakMapper(mapper: { [key: string]: Json }): string {
  const config = asObject(mapper['config']);
  const type = asString(mapper['protocolMapper']);
  const inAccessToken = config['access.token.claim'] === 'true';
  const suffix = inAccessToken ? '' : ' (not in access token)';
  switch (type) {
    case 'oidc-audience-mapper':
      return `audience:${asString(config['included.custom.audience'])}${suffix}`;
    case 'oidc-usermodel-attribute-mapper':
      return `user-attribute:${asString(config['user.attribute'])}->${asString(config['claim.name'])}${suffix}`;
    case 'oidc-usersessionmodel-note-mapper':
      // The service-account session note `client_id` is what realm.ts calls the client-id mapper.
      return config['user.session.note'] === 'client_id'
        ? `client-id->${asString(config['claim.name'])}${suffix}`
        : `session-note:${asString(config['user.session.note'])}`;
    case null:
    default:
      return `unsupported mapper ${String(type)}`;
  }
}

function neutralFromKeycloak(file: Json): NeutralRealm {
  const realm = asObject(file);
  const keycloakUsers = asArray(realm['users']).map(asObject);
  const users: Record<string, NeutralUser> = {};
  for (const user of keycloakUsers) {
    const attributes: Record<string, string> = {};
    for (const [name, values] of Object.entries(asObject(user['attributes']))) {
      const list = asArray(values);
      attributes[name] = list.length === 1 ? String(asString(list[0])) : JSON.stringify(list);
    }
    const passwords = asArray(user['credentials'])
      .map(asObject)
      .filter((credential) => credential['type'] === 'password' && credential['temporary'] === false);
    users[String(asString(user['username']))] = {
      id: String(asString(user['id'])),
      roles: sorted(asArray(user['realmRoles']).map((role) => String(asString(role)))),
      attributes,
      serviceAccountOf: asString(user['serviceAccountClientId']),
      password: passwords.length === 1 ? asString(passwords[0]?.['value']) : null,
    };
  }
  const clients: Record<string, NeutralClient> = {};
  for (const client of asArray(realm['clients']).map(asObject)) {
    const clientId = String(asString(client['clientId']));
    const grants: string[] = [];
    if (client['standardFlowEnabled'] === true) grants.push('authorization_code');
    if (client['directAccessGrantsEnabled'] === true) grants.push('password');
    // Keycloak issues refresh tokens to the standard and direct grant flows unless the client turns them off.
    const refreshes = asObject(client['attributes'])['use.refresh.tokens'] !== 'false';
    if (
      refreshes &&
      (client['standardFlowEnabled'] === true || client['directAccessGrantsEnabled'] === true)
    ) {
      grants.push('refresh_token');
    }
    if (client['serviceAccountsEnabled'] === true) grants.push('client_credentials');
    if (client['implicitFlowEnabled'] === true) grants.push('implicit');
    const serviceUser = Object.values(users).find((user) => user.serviceAccountOf === clientId);
    clients[clientId] = {
      access: client['publicClient'] === true ? 'public' : 'confidential',
      grants: sorted(grants),
      pkce: asString(asObject(client['attributes'])['pkce.code.challenge.method']),
      serviceAccount:
        client['serviceAccountsEnabled'] === true && serviceUser
          ? { userId: serviceUser.id, roles: serviceUser.roles }
          : null,
      mappers: sorted(
        asArray(client['protocolMappers']).map((mapper) => describeKeycloakMapper(asObject(mapper))),
      ),
    };
  }
  return {
    name: String(asString(realm['realm'])),
    roles: sorted(
      asArray(asObject(realm['roles'])['realm']).map((role) => String(asString(asObject(role)['name']))),
    ),
    clients,
    users,
  };
}

/** Every path where two neutral realms differ, e.g. `clients.node-a.mappers`. */
function describeDrift(a: unknown, b: unknown, path = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isRecord(a) && isRecord(b)) {
    return sorted(new Set([...Object.keys(a), ...Object.keys(b)])).flatMap((key) =>
      describeDrift(a[key], b[key], path ? `${path}.${key}` : key),
    );
  }
  return [`${path}: realm.ts has ${JSON.stringify(a)}, Keycloak has ${JSON.stringify(b)}`];
}

function readRealmFile(): Json {
  return JSON.parse(readFileSync(realmFile, 'utf8')) as Json;
}

function userProfileAttributes(file: Json): string[] {
  const providers = asArray(
    asObject(asObject(file)['components'])['org.keycloak.userprofile.UserProfileProvider'],
  );
  const config = asObject(asObject(providers[0])['config']);
  const text = asString(asArray(config['kc.user.profile.config'])[0]);
  if (text === null) return [];
  const profile = asObject(JSON.parse(text) as Json);
  return asArray(profile['attributes']).map((attribute) => String(asString(asObject(attribute)['name'])));
}

describe('the Keycloak realm file and the dev issuer realm', () => {
  const keycloak = readRealmFile();
  const fromDefinition = neutralFromRealmDefinition(latticeRealm);
  const fromKeycloak = neutralFromKeycloak(keycloak);

  it('define the same realm roles, clients, users and claim mappers', () => {
    expect(describeDrift(fromDefinition, fromKeycloak)).toEqual([]);
    // Guard against both sides reading as empty.
    expect(Object.keys(fromKeycloak.clients)).toHaveLength(4);
    expect(Object.keys(fromKeycloak.users)).toHaveLength(9);
    expect(fromKeycloak.roles).toHaveLength(6);
  });

  it('declares every mapped user attribute in the user profile, so Keycloak keeps it', () => {
    const declared = userProfileAttributes(keycloak);
    const mapped = new Set(
      (latticeRealm.clients as readonly RealmClient[]).flatMap((client) =>
        client.mappers.flatMap((mapper) => (mapper.kind === 'user-attribute' ? [mapper.attribute] : [])),
      ),
    );
    expect([...mapped].sort()).toEqual(['national_id', 'node_id']);
    for (const attribute of mapped) expect(declared).toContain(attribute);
  });

  it('keeps client secrets out of the file and matches the dev issuer defaults', () => {
    const clients = asArray(asObject(keycloak)['clients']).map(asObject);
    const secrets = clients.flatMap((client) => (client['secret'] === undefined ? [] : [client['secret']]));
    expect(secrets).toEqual(['${NODE_A_CLIENT_SECRET}', '${NODE_B_CLIENT_SECRET}']);

    const defaults = loadDevIdpConfig({
      NODE_A_CLIENT_SECRET: 'a'.repeat(16),
      NODE_B_CLIENT_SECRET: 'b'.repeat(16),
      SIGNING_KEY_FILE: 'signing-key.json',
    });
    expect(asObject(keycloak)['accessTokenLifespan']).toBe(defaults.ACCESS_TOKEN_TTL_SECONDS);
    const portal = clients.find((client) => client['clientId'] === 'lattice-portal');
    const patterns = asArray(portal?.['redirectUris']).map((pattern) => String(asString(pattern)));
    const matches = (uri: string) =>
      patterns.some((pattern) =>
        pattern.endsWith('*') ? uri.startsWith(pattern.slice(0, -1)) : uri === pattern,
      );
    expect(defaults.PORTAL_REDIRECT_URIS.length).toBeGreaterThan(0);
    for (const uri of defaults.PORTAL_REDIRECT_URIS) expect(matches(uri)).toBe(true);
  });

  describe('notices a change made on one side only', () => {
    const mutatedKeycloak = (change: (realm: { [key: string]: Json }) => void) => {
      const copy = structuredClone(keycloak);
      change(asObject(copy));
      return describeDrift(fromDefinition, neutralFromKeycloak(copy));
    };
    const client = (realm: { [key: string]: Json }, clientId: string) =>
      asArray(realm['clients'])
        .map(asObject)
        .find((candidate) => candidate['clientId'] === clientId) ?? {};
    const user = (realm: { [key: string]: Json }, username: string) =>
      asArray(realm['users'])
        .map(asObject)
        .find((candidate) => candidate['username'] === username) ?? {};

    it.each<[string, (realm: { [key: string]: Json }) => void, string]>([
      [
        'a renamed realm role',
        (realm) => (asObject(asArray(asObject(realm['roles'])['realm'])[2])['name'] = 'scientist'),
        'roles',
      ],
      [
        'a dropped national_id mapper',
        (realm) => {
          const portal = client(realm, 'lattice-portal');
          portal['protocolMappers'] = asArray(portal['protocolMappers']).filter(
            (mapper) => asObject(mapper)['name'] !== 'national_id',
          );
        },
        'clients.lattice-portal.mappers',
      ],
      [
        'a mapper kept out of access tokens',
        (realm) => {
          const mapper = asArray(client(realm, 'node-a')['protocolMappers'])
            .map(asObject)
            .find((m) => m['name'] === 'client id');
          if (mapper) asObject(mapper['config'])['access.token.claim'] = 'false';
        },
        'clients.node-a.mappers',
      ],
      [
        'direct grants turned on for the portal',
        (realm) => (client(realm, 'lattice-portal')['directAccessGrantsEnabled'] = true),
        'clients.lattice-portal.grants',
      ],
      [
        'refresh tokens turned off for the portal',
        (realm) => (asObject(client(realm, 'lattice-portal')['attributes'])['use.refresh.tokens'] = 'false'),
        'clients.lattice-portal.grants',
      ],
      [
        'PKCE removed',
        (realm) =>
          (asObject(client(realm, 'lattice-portal')['attributes'])['pkce.code.challenge.method'] = null),
        'clients.lattice-portal.pkce',
      ],
      [
        'a node client made public',
        (realm) => (client(realm, 'node-b')['publicClient'] = true),
        'clients.node-b.access',
      ],
      [
        'a service account losing role node',
        (realm) => (user(realm, 'service-account-node-a')['realmRoles'] = []),
        'clients.node-a.serviceAccount',
      ],
      [
        'a changed national id',
        (realm) => (asObject(user(realm, 'patient2')['attributes'])['national_id'] = ['B000000000']),
        'users.patient2.attributes',
      ],
      [
        'an extra role for a user',
        (realm) => (user(realm, 'researcher')['realmRoles'] = ['researcher', 'center-admin']),
        'users.researcher.roles',
      ],
      [
        'a temporary demo password',
        (realm) => (asObject(asArray(user(realm, 'admin')['credentials'])[0])['temporary'] = true),
        'users.admin.password',
      ],
      [
        'a removed user',
        (realm) =>
          (realm['users'] = asArray(realm['users']).filter((u) => asObject(u)['username'] !== 'operator-b')),
        'users.operator-b',
      ],
    ])('%s', (_name, change, expectedPath) => {
      const drift = mutatedKeycloak(change);
      expect(drift.some((line) => line.startsWith(expectedPath))).toBe(true);
    });

    it('a role renamed in realm.ts only', () => {
      const renamed = structuredClone(latticeRealm) as unknown as { roles: string[] };
      renamed.roles = renamed.roles.map((role) => (role === 'data-steward' ? 'curator' : role));
      const drift = describeDrift(
        neutralFromRealmDefinition(renamed as unknown as typeof latticeRealm),
        fromKeycloak,
      );
      expect(drift.some((line) => line.startsWith('roles'))).toBe(true);
    });
  });
});
