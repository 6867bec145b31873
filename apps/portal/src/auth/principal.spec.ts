import { AccessTokenError, maskNationalId, principalFromAccessToken } from './principal';

/** An unsigned JWT-shaped token: the portal reads claims only, the center verifies signatures. */
function tokenWith(payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${part(payload)}.c2lnbmF0dXJl`;
}

const exp = 1_900_000_000;
// Synthetic: fails the Taiwan national id checksum, so it can belong to no one.
const syntheticNationalId = 'A123456780';

describe('principalFromAccessToken', () => {
  it('reads the username, portal roles and expiry of an administrator', () => {
    const principal = principalFromAccessToken(
      tokenWith({
        preferred_username: 'admin',
        exp,
        realm_access: { roles: ['offline_access', 'center-admin', 'default-roles-lattice'] },
      }),
    );
    expect(principal).toEqual({
      username: 'admin',
      roles: ['center-admin'],
      expiresAt: new Date(exp * 1000),
    });
  });

  it('keeps the national id of a patient and the node of an operator', () => {
    expect(
      principalFromAccessToken(
        tokenWith({
          preferred_username: 'patient1',
          exp,
          realm_access: { roles: ['patient'] },
          national_id: syntheticNationalId,
        }),
      ),
    ).toMatchObject({ roles: ['patient'], nationalId: syntheticNationalId });
    expect(
      principalFromAccessToken(
        tokenWith({
          preferred_username: 'operator-a',
          exp,
          realm_access: { roles: ['node-operator'] },
          node_id: 'node-a',
        }),
      ),
    ).toMatchObject({ roles: ['node-operator'], nodeId: 'node-a' });
  });

  it('orders several roles the way the portal presents them', () => {
    const principal = principalFromAccessToken(
      tokenWith({
        preferred_username: 'x',
        exp,
        realm_access: { roles: ['patient', 'researcher', 'center-admin'] },
      }),
    );
    expect(principal.roles).toEqual(['center-admin', 'researcher', 'patient']);
  });

  it('gives an account without Lattice roles an empty role list rather than failing', () => {
    expect(principalFromAccessToken(tokenWith({ preferred_username: 'x', exp })).roles).toEqual([]);
    expect(
      principalFromAccessToken(tokenWith({ preferred_username: 'x', exp, realm_access: { roles: ['node'] } }))
        .roles,
    ).toEqual([]);
  });

  it('decodes UTF-8 usernames', () => {
    expect(principalFromAccessToken(tokenWith({ preferred_username: '王小明', exp })).username).toBe(
      '王小明',
    );
  });

  it.each(['opaque-token', 'a.b', 'a.!!!.c', `x.${Buffer.from('not json').toString('base64url')}.y`])(
    'refuses %s as not a JWT, without echoing it',
    (token) => {
      const error = captureError(() => principalFromAccessToken(token));
      expect(error).toBeInstanceOf(AccessTokenError);
      expect((error as AccessTokenError).code).toBe('TOKEN_NOT_JWT');
      expect((error as Error).message).not.toContain(token);
    },
  );

  it('refuses a token without a username or expiry', () => {
    const error = captureError(() =>
      principalFromAccessToken(tokenWith({ exp, realm_access: { roles: ['patient'] } })),
    );
    expect((error as AccessTokenError).code).toBe('TOKEN_CLAIMS_MISSING');
    const noExpiry = captureError(() => principalFromAccessToken(tokenWith({ preferred_username: 'x' })));
    expect((noExpiry as AccessTokenError).code).toBe('TOKEN_CLAIMS_MISSING');
  });
});

describe('maskNationalId', () => {
  it('shows the first letter and the last two digits only', () => {
    expect(maskNationalId(syntheticNationalId)).toBe('A•••••••80');
  });

  it('hides very short values entirely', () => {
    expect(maskNationalId('A12')).toBe('•••');
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
