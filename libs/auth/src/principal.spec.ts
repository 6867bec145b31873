import { bearerTokenOf } from './bearer-header';
import { principalFromClaims } from './principal';
import { parseRealmUrl } from './realm-url';
import { classifyValidationFailure } from './validation-failure';

const base = { sub: 'user-1', preferred_username: 'someone', azp: 'lattice-portal', exp: 1_800_000_000 };

describe('principalFromClaims', () => {
  it('reads a patient with a national id, keeping only Lattice realm roles', () => {
    expect(
      principalFromClaims({
        ...base,
        realm_access: { roles: ['patient', 'offline_access', 'default-roles-lattice'] },
        national_id: 'A123456780',
      }),
    ).toEqual({
      subject: 'user-1',
      username: 'someone',
      realmRoles: ['patient'],
      clientId: 'lattice-portal',
      nationalId: 'A123456780',
      expiresAt: new Date(1_800_000_000_000),
    });
  });

  it('takes the node of an operator from node_id and of a node service account from its client id', () => {
    expect(
      principalFromClaims({ ...base, realm_access: { roles: ['node-operator'] }, node_id: 'node-b' })?.nodeId,
    ).toBe('node-b');
    const service = principalFromClaims({
      ...base,
      azp: 'node-a',
      realm_access: { roles: ['node'] },
      node_id: 'node-b',
    });
    expect(service?.nodeId).toBe('node-a');
    expect(principalFromClaims({ ...base, realm_access: { roles: ['researcher'] } })).not.toHaveProperty(
      'nodeId',
    );
  });

  it.each(['sub', 'preferred_username', 'azp', 'exp'])('refuses claims without %s', (claim) => {
    const claims: Record<string, unknown> = { ...base };
    delete claims[claim];
    expect(principalFromClaims(claims)).toBeUndefined();
  });

  it('treats a missing or malformed realm_access as no roles', () => {
    expect(principalFromClaims(base)?.realmRoles).toEqual([]);
    expect(principalFromClaims({ ...base, realm_access: { roles: 'center-admin' } })?.realmRoles).toEqual([]);
  });
});

describe('bearerTokenOf', () => {
  it.each<[string | string[] | undefined, string | undefined]>([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def-_~+/=', 'abc.def-_~+/='],
    [undefined, undefined],
    ['', undefined],
    ['Bearer', undefined],
    ['Bearer ', undefined],
    ['Basic dXNlcjpwYXNz', undefined],
    ['Bearer two tokens', undefined],
    ['Bearer tok"en', undefined],
    [['Bearer a', 'Bearer b'], undefined],
  ])('reads %j as %j', (header, token) => {
    expect(bearerTokenOf(header)).toBe(token);
  });
});

describe('classifyValidationFailure', () => {
  it.each([
    ['Grant validation failed. Reason: invalid token (expired)', 'TOKEN_EXPIRED'],
    ['Grant validation failed. Reason: invalid token (wrong ISS)', 'TOKEN_INVALID'],
    ['Grant validation failed. Reason: invalid token (wrong type)', 'TOKEN_INVALID'],
    ['Grant validation failed. Reason: invalid token (wrong audience)', 'TOKEN_INVALID'],
    ['Grant validation failed. Reason: invalid token (public key signature)', 'TOKEN_INVALID'],
    [
      'Grant validation failed. Reason: failed to load public key to verify token. Reason: Expected "jwk" to be an Object',
      'TOKEN_INVALID',
    ],
    [
      "Grant validation failed. Reason: Cannot read properties of undefined (reading 'then')",
      'TOKEN_INVALID',
    ],
    [
      'Grant validation failed. Reason: failed to load public key to verify token. Reason: connect ECONNREFUSED 127.0.0.1:9',
      'AUTH_UNAVAILABLE',
    ],
    [
      'Grant validation failed. Reason: failed to load public key to verify token. Reason: Error fetching JWK Keys',
      'AUTH_UNAVAILABLE',
    ],
  ])('maps "%s" to %s', (message, code) => {
    expect(classifyValidationFailure(message)).toBe(code);
  });
});

describe('parseRealmUrl', () => {
  it('splits a realm URL into the server URL and realm that keycloak-connect expects', () => {
    expect(parseRealmUrl('http://127.0.0.1:8080/realms/lattice/')).toEqual({
      authServerUrl: 'http://127.0.0.1:8080',
      realm: 'lattice',
      issuer: 'http://127.0.0.1:8080/realms/lattice',
    });
    expect(parseRealmUrl('https://sso.example/auth/realms/lattice').authServerUrl).toBe(
      'https://sso.example/auth',
    );
  });

  it.each(['http://127.0.0.1:8080', 'http://127.0.0.1:8080/realms/', 'ftp://x/realms/lattice', 'not a url'])(
    'rejects %s',
    (url) => {
      expect(() => parseRealmUrl(url)).toThrow('issuerUrl must be a Keycloak realm URL');
    },
  );
});
