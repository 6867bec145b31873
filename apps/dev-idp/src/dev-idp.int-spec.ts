// The built issuer as a process: endpoints, sign-in page, code flow with PKCE, sign-out,
// password and client credentials grants, key persistence, logs and start-up failures.
import {
  ensureDevIdpBuilt,
  KeycloakTokenVerifier,
  requestPasswordGrant,
  startDevIdp,
  type DevIdpProcess,
} from '@lattice/auth';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(60_000);

const portalCallback = 'http://127.0.0.1:5173/callback';

/** Just enough of a browser: follows nothing by itself and keeps cookies by name. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set('Cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    headers.set('Accept', 'text/html');
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((attribute) => /expires=Thu, 01 Jan 1970/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  /** Follows redirects while they stay on `origin`; returns the last response and its URL. */
  async follow(
    url: string,
    init: RequestInit = {},
    origin = new URL(url).origin,
  ): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current, init);
    while (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get('location') ?? '', current).toString();
      if (new URL(next).origin !== origin) return { response, url: next };
      current = next;
      response = await this.request(current);
    }
    return { response, url: current };
  }
}

function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

function form(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

describe('dev-idp', () => {
  let idp: DevIdpProcess;
  let endpoints: Record<string, string>;

  const authorizeUrl = (params: Record<string, string>) =>
    `${idp.issuerUrl}/protocol/openid-connect/auth?${new URLSearchParams({
      client_id: 'lattice-portal',
      response_type: 'code',
      redirect_uri: portalCallback,
      scope: 'openid profile',
      state: 'state-1',
      ...params,
    }).toString()}`;

  beforeAll(async () => {
    idp = await startDevIdp();
    const response = await fetch(`${idp.issuerUrl}/.well-known/openid-configuration`);
    endpoints = (await response.json()) as Record<string, string>;
  }, 120_000);

  afterAll(async () => {
    expect(await idp?.stop()).toBe(0);
  });

  it('publishes discovery with the Keycloak URL layout', () => {
    const base = `${idp.issuerUrl}/protocol/openid-connect`;
    expect(endpoints).toMatchObject({
      issuer: idp.issuerUrl,
      authorization_endpoint: `${base}/auth`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/certs`,
      userinfo_endpoint: `${base}/userinfo`,
      end_session_endpoint: `${base}/logout`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(endpoints['grant_types_supported']).toEqual(
      expect.arrayContaining(['authorization_code', 'client_credentials', 'password']),
    );
  });

  it('serves the public half of its signing key only', async () => {
    const { keys } = (await (await fetch(endpoints['jwks_uri'] ?? '')).json()) as {
      keys: Record<string, unknown>[];
    };
    const stored = JSON.parse(readFileSync(idp.signingKeyFile, 'utf8')) as Record<string, unknown>;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: stored['kid'],
      n: stored['n'],
      e: stored['e'],
    });
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(keys[0]).not.toHaveProperty(member);
    expect(statSync(idp.signingKeyFile).mode & 0o777).toBe(0o600);
  });

  it('answers health checks and a JSON 404 for anything else', async () => {
    const health = await fetch(`${idp.url}/health/live`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    for (const path of [
      '/',
      '/realms/other/.well-known/openid-configuration',
      '/realms/lattice/nothing-here',
    ]) {
      const response = await fetch(`${idp.url}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toMatchObject({ error: 'not_found' });
    }
  });

  describe('authorization code flow of the portal', () => {
    it('signs in through its own page, with PKCE, and issues Keycloak-shaped tokens', async () => {
      const browser = new Browser();
      const { verifier, challenge } = pkcePair();
      const start = await browser.follow(
        authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256' }),
      );
      expect(start.response.status).toBe(200);
      const page = await start.response.text();
      expect(page).toMatch(/<input id="username" name="username"/);
      expect(page).toMatch(/<input id="password" name="password" type="password"/);
      expect(start.url).toContain('/realms/lattice/login-actions/authenticate/');
      expect(start.response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

      // Unknown user and wrong password read the same, and the password is never echoed.
      const unknown = await browser.request(
        start.url,
        form({ username: 'nobody', password: 'wrong-password-1' }),
      );
      const wrong = await browser.request(
        start.url,
        form({ username: 'admin', password: 'wrong-password-2' }),
      );
      const unknownPage = await unknown.text();
      const wrongPage = await wrong.text();
      expect([unknown.status, wrong.status]).toEqual([401, 401]);
      for (const body of [unknownPage, wrongPage]) expect(body).toContain('Invalid username or password.');
      expect(unknownPage.replace('value="nobody"', '')).toBe(wrongPage.replace('value="admin"', ''));
      expect(wrongPage).not.toContain('wrong-password-2');

      const done = await browser.follow(start.url, form({ username: 'admin', password: 'lattice' }));
      expect(done.url.startsWith(`${portalCallback}?`)).toBe(true);
      const callback = new URL(done.url).searchParams;
      expect(callback.get('state')).toBe('state-1');
      const code = callback.get('code') ?? '';

      const exchange = (extra: Record<string, string>) =>
        fetch(endpoints['token_endpoint'] ?? '', {
          ...form({
            grant_type: 'authorization_code',
            client_id: 'lattice-portal',
            code,
            redirect_uri: portalCallback,
            ...extra,
          }),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://127.0.0.1:5173' },
        });
      const withoutVerifier = await exchange({});
      expect(withoutVerifier.status).toBe(400);
      expect(await withoutVerifier.json()).toMatchObject({ error: 'invalid_grant' });
      const withWrongVerifier = await exchange({ code_verifier: pkcePair().verifier });
      expect(withWrongVerifier.status).toBe(400);

      const granted = await exchange({ code_verifier: verifier });
      expect(granted.status).toBe(200);
      expect(granted.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
      const body = (await granted.json()) as {
        access_token: string;
        id_token: string;
        refresh_token: string;
        token_type: string;
      };
      expect(body.token_type).toBe('Bearer');
      const header = JSON.parse(
        Buffer.from(body.access_token.split('.')[0] ?? '', 'base64url').toString(),
      ) as Record<string, unknown>;
      expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
      expect(typeof header['kid']).toBe('string');
      const claims = claimsOf(body.access_token);
      expect(claims).toMatchObject({
        iss: idp.issuerUrl,
        sub: 'c9e048d3-0252-4c57-81b1-826f4293421e',
        aud: 'lattice-api',
        typ: 'Bearer',
        azp: 'lattice-portal',
        preferred_username: 'admin',
        realm_access: { roles: ['center-admin'] },
        resource_access: {},
        scope: 'openid profile',
      });
      expect(claims).not.toHaveProperty('client_id');
      expect(typeof claims['jti']).toBe('string');
      expect(Number(claims['exp']) - Number(claims['iat'])).toBe(300);

      // The portal renews without signing in again; the new access token has the same shape.
      expect(typeof body.refresh_token).toBe('string');
      const renewed = await fetch(endpoints['token_endpoint'] ?? '', {
        ...form({
          grant_type: 'refresh_token',
          client_id: 'lattice-portal',
          refresh_token: body.refresh_token,
        }),
      });
      expect(renewed.status).toBe(200);
      const renewedToken = ((await renewed.json()) as { access_token: string }).access_token;
      expect(renewedToken).not.toBe(body.access_token);
      expect(claimsOf(renewedToken)).toMatchObject({
        aud: 'lattice-api',
        azp: 'lattice-portal',
        preferred_username: 'admin',
        realm_access: { roles: ['center-admin'] },
      });

      // Sign out with the ID token as hint: the page submits itself, then returns to the portal.
      const logout = await browser.request(
        `${endpoints['end_session_endpoint']}?${new URLSearchParams({
          id_token_hint: body.id_token,
          post_logout_redirect_uri: 'http://127.0.0.1:5173/',
        }).toString()}`,
      );
      expect(logout.status).toBe(200);
      const logoutPage = await logout.text();
      const nonce = /<script nonce="([^"]+)">/.exec(logoutPage)?.[1];
      expect(nonce).toBeDefined();
      expect(logout.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);
      const action = /<form[^>]*action="([^"]+)"/.exec(logoutPage)?.[1] ?? '';
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(logoutPage)?.[1] ?? '';
      const confirmed = await browser.follow(action, form({ xsrf, logout: 'yes' }));
      expect(confirmed.url).toBe('http://127.0.0.1:5173/');

      // The session is gone: the next sign-in asks for the password again.
      const again = await browser.follow(
        authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256' }),
      );
      expect(again.url).toContain('/login-actions/authenticate/');
    });

    it('refuses an authorization request without PKCE or with a foreign redirect URI', async () => {
      const noPkce = await new Browser().follow(authorizeUrl({}));
      expect(new URL(noPkce.url).searchParams.get('error')).toBe('invalid_request');

      const foreign = await new Browser().request(
        authorizeUrl({
          redirect_uri: 'http://evil.example/callback',
          code_challenge: pkcePair().challenge,
          code_challenge_method: 'S256',
        }),
      );
      expect(foreign.status).toBe(400);
      expect(foreign.headers.get('location')).toBeNull();
    });
  });

  it('issues password-grant tokens to lattice-cli with the patient and operator claims', async () => {
    const patient = await requestPasswordGrant({
      issuerUrl: idp.issuerUrl,
      clientId: 'lattice-cli',
      username: 'patient2',
      password: 'lattice',
    });
    expect(claimsOf(patient.accessToken)).toMatchObject({
      azp: 'lattice-cli',
      realm_access: { roles: ['patient'] },
      national_id: 'B223456781',
    });
    const operator = await requestPasswordGrant({
      issuerUrl: idp.issuerUrl,
      clientId: 'lattice-cli',
      username: 'operator-a',
      password: 'lattice',
    });
    expect(claimsOf(operator.accessToken)).toMatchObject({
      realm_access: { roles: ['node-operator'] },
      node_id: 'node-a',
    });
    expect(claimsOf(operator.accessToken)).not.toHaveProperty('national_id');

    await expect(
      requestPasswordGrant({
        issuerUrl: idp.issuerUrl,
        clientId: 'lattice-portal',
        username: 'admin',
        password: 'lattice',
      }),
    ).rejects.toMatchObject({ code: 'ISSUER_ERROR' });
    await expect(
      requestPasswordGrant({
        issuerUrl: idp.issuerUrl,
        clientId: 'lattice-cli',
        username: 'admin',
        password: 'wrong-password-3',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('gives node service accounts a stable subject, role node and their client id', async () => {
    const response = await fetch(endpoints['token_endpoint'] ?? '', {
      ...form({ grant_type: 'client_credentials' }),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`node-b:${idp.clientSecrets['node-b']}`).toString('base64')}`,
      },
    });
    expect(response.status).toBe(200);
    const { access_token: token } = (await response.json()) as { access_token: string };
    expect(claimsOf(token)).toMatchObject({
      sub: '9cce7a33-953e-44c0-ae01-414d2131bec6',
      azp: 'node-b',
      client_id: 'node-b',
      preferred_username: 'service-account-node-b',
      realm_access: { roles: ['node'] },
      typ: 'Bearer',
      aud: 'lattice-api',
    });
  });

  it('never writes passwords, secrets or tokens to its log', async () => {
    const token = (
      await requestPasswordGrant({
        issuerUrl: idp.issuerUrl,
        clientId: 'lattice-cli',
        username: 'admin',
        password: 'lattice',
      })
    ).accessToken;
    const output = idp.output();
    expect(output).toMatch(/^\{"event":"ready","url":"http:\/\/127\.0\.0\.1:\d+"/m);
    for (const line of output.trim().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
    for (const secret of [
      idp.clientSecrets['node-a'],
      idp.clientSecrets['node-b'],
      'wrong-password-1',
      'wrong-password-2',
      'wrong-password-3',
      token,
    ]) {
      expect(output).not.toContain(secret);
    }
    // No form field values and nothing shaped like a JWT (base64url JSON header, then a dot).
    expect(output).not.toMatch(/password=|eyJ[A-Za-z0-9_-]{8,}\./);
  });
});

describe('dev-idp across restarts and bad start-ups', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dev-idp-restart-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its key, so a token from before a restart still validates', async () => {
    const signingKeyFile = join(dir, 'key.json');
    const first = await startDevIdp({ signingKeyFile });
    const { accessToken } = await requestPasswordGrant({
      issuerUrl: first.issuerUrl,
      clientId: 'lattice-cli',
      username: 'researcher',
      password: 'lattice',
    });
    const port = Number(new URL(first.url).port);
    expect(await first.stop()).toBe(0);

    const second = await startDevIdp({ signingKeyFile, port });
    try {
      expect(second.output()).not.toContain('signing_key_created');
      const verifier = new KeycloakTokenVerifier({
        issuerUrl: second.issuerUrl,
        audience: 'lattice-api',
        jwksMinIntervalSeconds: 0,
      });
      const principal = await verifier.verify(accessToken);
      expect(principal).toMatchObject({ username: 'researcher', realmRoles: ['researcher'] });
    } finally {
      await second.stop();
    }
  });

  it('exits 1 with the configuration problem when the environment is incomplete', () => {
    const entry = ensureDevIdpBuilt();
    const run = spawnSync(process.execPath, [entry], {
      env: {
        PATH: process.env['PATH'] ?? '',
        PORT: 'eighty',
        NODE_A_CLIENT_SECRET: 'short',
        SIGNING_KEY_FILE: join(dir, 'k.json'),
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('dev-idp: invalid configuration');
    expect(run.stderr).toContain('PORT: must be a port number');
    expect(run.stderr).toContain('NODE_A_CLIENT_SECRET: must be at least 16 characters');
    expect(run.stderr).toContain('NODE_B_CLIENT_SECRET: is required but not set');
    expect(run.stderr).not.toContain('short');
  });

  it('exits 1 rather than replace a damaged key file', () => {
    const entry = ensureDevIdpBuilt();
    const signingKeyFile = join(dir, 'key.json');
    writeFileSync(signingKeyFile, '{"kty":"RSA"}');
    const run = spawnSync(process.execPath, [entry], {
      env: {
        PATH: process.env['PATH'] ?? '',
        PORT: '1',
        NODE_A_CLIENT_SECRET: 'a'.repeat(16),
        NODE_B_CLIENT_SECRET: 'b'.repeat(16),
        SIGNING_KEY_FILE: signingKeyFile,
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('"event":"signing_key_unusable"');
    expect(readFileSync(signingKeyFile, 'utf8')).toBe('{"kty":"RSA"}');
  });
});
