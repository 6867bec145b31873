import { TokenRequestError, type PasswordGrantRequest } from '@lattice/auth';
import { UsageError } from '../command';
import { nodeToken, TokenUnavailableError, type TokenDeps } from './node-token';

function deps(
  env: Record<string, string> = {},
  fail = false,
): TokenDeps & { requests: PasswordGrantRequest[] } {
  const requests: PasswordGrantRequest[] = [];
  return {
    requests,
    env,
    stdin: {
      isTTY: false,
      setEncoding: () => undefined,
      resume: () => undefined,
      pause: () => undefined,
      on: () => undefined,
      off: () => undefined,
    },
    stderr: { write: () => true },
    requestToken: async (request) => {
      requests.push(request);
      if (fail)
        throw new TokenRequestError('INVALID_CREDENTIALS', 'the issuer rejected the username or password');
      return { accessToken: 'issued-token', tokenType: 'Bearer', expiresIn: 300 };
    },
  };
}

describe('the token of an import', () => {
  it('is --token as given', async () => {
    expect(await nodeToken({ token: 'abc.def.ghi' }, deps())).toBe('abc.def.ghi');
  });

  it('comes from the issuer for --user, with LATTICE_ISSUER_URL and LATTICE_PASSWORD', async () => {
    const context = deps({
      LATTICE_ISSUER_URL: 'http://127.0.0.1:9999/realms/lattice/',
      LATTICE_PASSWORD: 'pw',
    });
    expect(await nodeToken({ user: 'operator-a' }, context)).toBe('issued-token');
    expect(context.requests).toEqual([
      {
        issuerUrl: 'http://127.0.0.1:9999/realms/lattice',
        clientId: 'lattice-cli',
        username: 'operator-a',
        password: 'pw',
      },
    ]);
  });

  it('is a usage error without a source, with both, or without a password outside a terminal', async () => {
    await expect(nodeToken({}, deps())).rejects.toBeInstanceOf(UsageError);
    await expect(nodeToken({ token: 't', user: 'u' }, deps())).rejects.toBeInstanceOf(UsageError);
    await expect(nodeToken({ user: 'u' }, deps())).rejects.toThrow(/LATTICE_PASSWORD/);
    await expect(nodeToken({ token: 'has spaces' }, deps())).rejects.toBeInstanceOf(UsageError);
  });

  it("reports the issuer's refusal", async () => {
    await expect(nodeToken({ user: 'u' }, deps({ LATTICE_PASSWORD: 'wrong' }, true))).rejects.toBeInstanceOf(
      TokenUnavailableError,
    );
  });
});
