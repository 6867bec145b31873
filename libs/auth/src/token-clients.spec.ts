import { ClientCredentialsTokenSource } from './client-credentials-token-source';
import { requestPasswordGrant } from './password-grant';
import { TokenRequestError } from './token-request.error';
import type { FetchFn } from './token-endpoint';

const issuer = 'http://idp.test/realms/lattice';
const tokenEndpoint = `${issuer}/protocol/openid-connect/token`;

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fake issuer: discovery plus a token endpoint answering from a queue. */
function fakeIssuer(tokenAnswers: (() => Response)[]) {
  const calls: Call[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    calls.push({ url, init });
    if (url === `${issuer}/.well-known/openid-configuration`) {
      return Response.json({ issuer, token_endpoint: tokenEndpoint });
    }
    const answer = tokenAnswers.shift();
    if (!answer) throw new Error('unexpected request');
    return answer();
  };
  return { calls, fetchFn, tokenCalls: () => calls.filter((call) => call.url === tokenEndpoint) };
}

const tokenAnswer =
  (value: string, expiresIn = 300) =>
  () =>
    Response.json({ access_token: value, token_type: 'Bearer', expires_in: expiresIn });

describe('ClientCredentialsTokenSource', () => {
  it('authenticates with HTTP Basic and caches the token until shortly before it expires', async () => {
    let now = 0;
    const issuerFake = fakeIssuer([tokenAnswer('first'), tokenAnswer('second')]);
    const source = new ClientCredentialsTokenSource({
      issuerUrl: `${issuer}/`,
      clientId: 'node-a',
      clientSecret: 's3cret:with/odd chars',
      now: () => now,
      fetch: issuerFake.fetchFn,
    });
    expect(await source.getAccessToken()).toBe('first');
    now = 269_000;
    expect(await source.getAccessToken()).toBe('first');
    now = 270_000; // 300 s lifetime minus the 30 s margin
    expect(await source.getAccessToken()).toBe('second');

    const [call] = issuerFake.tokenCalls();
    const headers = call?.init?.headers as Record<string, string>;
    expect(headers['Authorization']).toBe(
      `Basic ${Buffer.from('node-a:s3cret%3Awith%2Fodd%20chars').toString('base64')}`,
    );
    expect(String(call?.init?.body)).toBe('grant_type=client_credentials');
    expect(issuerFake.calls.filter((c) => c.url.endsWith('openid-configuration'))).toHaveLength(1);
  });

  it('lets concurrent callers share one request', async () => {
    const issuerFake = fakeIssuer([tokenAnswer('shared')]);
    const source = new ClientCredentialsTokenSource({
      issuerUrl: issuer,
      clientId: 'node-a',
      clientSecret: 'x'.repeat(16),
      fetch: issuerFake.fetchFn,
    });
    const tokens = await Promise.all(Array.from({ length: 5 }, () => source.getAccessToken()));
    expect(tokens).toEqual(Array(5).fill('shared'));
    expect(issuerFake.tokenCalls()).toHaveLength(1);
  });

  it('fetches again after invalidate() and after a failure', async () => {
    const issuerFake = fakeIssuer([
      tokenAnswer('one'),
      () => Response.json({ error: 'server_error' }, { status: 500 }),
      tokenAnswer('two'),
    ]);
    const source = new ClientCredentialsTokenSource({
      issuerUrl: issuer,
      clientId: 'node-a',
      clientSecret: 'x'.repeat(16),
      fetch: issuerFake.fetchFn,
    });
    expect(await source.getAccessToken()).toBe('one');
    source.invalidate();
    await expect(source.getAccessToken()).rejects.toMatchObject({ code: 'ISSUER_ERROR' });
    expect(await source.getAccessToken()).toBe('two');
  });

  it('says the credentials were rejected without repeating the secret', async () => {
    const issuerFake = fakeIssuer([() => Response.json({ error: 'invalid_client' }, { status: 401 })]);
    const source = new ClientCredentialsTokenSource({
      issuerUrl: issuer,
      clientId: 'node-a',
      clientSecret: 'do-not-print-me-1',
      fetch: issuerFake.fetchFn,
    });
    const error = await source.getAccessToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect((error as Error).message).toContain('node-a');
    expect((error as Error).message).not.toContain('do-not-print-me-1');
  });
});

describe('requestPasswordGrant', () => {
  it('posts the password grant form and returns the token', async () => {
    const issuerFake = fakeIssuer([tokenAnswer('user-token', 120)]);
    const token = await requestPasswordGrant({
      issuerUrl: issuer,
      clientId: 'lattice-cli',
      username: 'admin',
      password: 'lattice',
      fetch: issuerFake.fetchFn,
    });
    expect(token).toEqual({ accessToken: 'user-token', tokenType: 'Bearer', expiresIn: 120 });
    const body = new URLSearchParams(String(issuerFake.tokenCalls()[0]?.init?.body));
    expect(Object.fromEntries(body)).toEqual({
      grant_type: 'password',
      client_id: 'lattice-cli',
      username: 'admin',
      password: 'lattice',
    });
  });

  it('tells an unreachable issuer from wrong credentials', async () => {
    const unreachable: FetchFn = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(
      requestPasswordGrant({
        issuerUrl: issuer,
        clientId: 'lattice-cli',
        username: 'admin',
        password: 'pw-secret',
        fetch: unreachable,
      }),
    ).rejects.toMatchObject({ code: 'ISSUER_UNREACHABLE', message: `cannot reach the issuer at ${issuer}` });

    const wrong = fakeIssuer([
      () =>
        Response.json(
          { error: 'invalid_grant', error_description: 'Invalid user credentials' },
          { status: 400 },
        ),
    ]);
    const error = (await requestPasswordGrant({
      issuerUrl: issuer,
      clientId: 'lattice-cli',
      username: 'admin',
      password: 'pw-secret',
      fetch: wrong.fetchFn,
    }).catch((caught: unknown) => caught)) as TokenRequestError;
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.message).not.toContain('pw-secret');
  });

  it('refuses a discovery document for another issuer', async () => {
    const fetchFn: FetchFn = async () =>
      Response.json({ issuer: 'http://evil.test/realms/lattice', token_endpoint: 'http://evil.test/token' });
    await expect(
      requestPasswordGrant({
        issuerUrl: issuer,
        clientId: 'lattice-cli',
        username: 'admin',
        password: 'x',
        fetch: fetchFn,
      }),
    ).rejects.toMatchObject({ code: 'ISSUER_ERROR' });
  });
});
