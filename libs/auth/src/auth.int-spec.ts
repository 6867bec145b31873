// The guards against the real dev issuer (spawned), with tokens it issues and tokens made to fail.
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AuthModule } from './auth.module';
import { ClientCredentialsTokenSource } from './client-credentials-token-source';
import { CurrentPrincipal } from './current-principal.decorator';
import { requestPasswordGrant } from './password-grant';
import type { Principal } from './principal';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';
import { startDevIdp, freePort, type DevIdpProcess } from './testing/dev-idp-process';
import {
  decodeClaims,
  foreignKey,
  readIssuerKey,
  signJwt,
  withClaims,
  type TestSigningKey,
} from './testing/signed-token';

jest.setTimeout(60_000);

@Controller()
class ProbeController {
  @Public()
  @Get('public')
  open() {
    return { open: true };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return principal;
  }

  @Roles('center-admin')
  @Get('admin')
  admin() {
    return { area: 'admin' };
  }

  @Roles('node')
  @Get('node')
  node(@CurrentPrincipal() principal: Principal) {
    return { nodeId: principal.nodeId };
  }

  @Roles('data-steward', 'center-admin')
  @Get('stewardship')
  stewardship() {
    return { area: 'stewardship' };
  }
}

async function startApp(issuerUrl: string): Promise<{ app: INestApplication; url: string }> {
  @Module({
    imports: [AuthModule.forRoot({ issuerUrl, jwksMinIntervalSeconds: 0 })],
    controllers: [ProbeController],
  })
  class ProbeModule {}
  const moduleRef = await Test.createTestingModule({ imports: [ProbeModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl() };
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  wwwAuthenticate: string | null;
}

async function call(url: string, authorization?: string): Promise<Answer> {
  const response = await fetch(url, { headers: authorization ? { Authorization: authorization } : {} });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    wwwAuthenticate: response.headers.get('www-authenticate'),
  };
}

const demoUsers = {
  admin: { roles: ['center-admin'] },
  steward: { roles: ['data-steward'] },
  researcher: { roles: ['researcher'] },
  patient1: { roles: ['patient'], nationalId: 'A123456780' },
  patient2: { roles: ['patient'], nationalId: 'B223456781' },
  'operator-a': { roles: ['node-operator'], nodeId: 'node-a' },
  'operator-b': { roles: ['node-operator'], nodeId: 'node-b' },
} as const;

describe('auth guards against the dev issuer', () => {
  let idp: DevIdpProcess;
  let app: INestApplication;
  let api: string;
  let issuerKey: TestSigningKey;
  const tokens: Record<string, string> = {};

  const passwordToken = async (username: string) =>
    (
      await requestPasswordGrant({
        issuerUrl: idp.issuerUrl,
        clientId: 'lattice-cli',
        username,
        password: 'lattice',
      })
    ).accessToken;

  beforeAll(async () => {
    idp = await startDevIdp();
    ({ app, url: api } = await startApp(idp.issuerUrl));
    issuerKey = readIssuerKey(idp.signingKeyFile);
    for (const username of Object.keys(demoUsers)) tokens[username] = await passwordToken(username);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await idp?.stop();
  });

  it('lets anyone through a @Public() route', async () => {
    expect(await call(`${api}/public`)).toMatchObject({ status: 200, body: { open: true } });
  });

  it.each<[string, string | undefined]>([
    ['no Authorization header', undefined],
    ['a Basic header', 'Basic YWRtaW46bGF0dGljZQ=='],
    ['a bearer scheme without token', 'Bearer'],
    ['another scheme', 'Token abc.def.ghi'],
  ])('answers 401 UNAUTHENTICATED to %s', async (_case, header) => {
    const answer = await call(`${api}/me`, header);
    expect(answer.status).toBe(401);
    expect(answer.body['code']).toBe('UNAUTHENTICATED');
    expect(answer.wwwAuthenticate).toBe('Bearer realm="lattice"');
  });

  it('accepts a token of every demo user and reads their principal', async () => {
    for (const [username, expected] of Object.entries(demoUsers)) {
      const answer = await call(`${api}/me`, `Bearer ${tokens[username]}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ username, realmRoles: expected.roles, clientId: 'lattice-cli' });
      expect(answer.body['subject']).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.body['nationalId']).toBe('nationalId' in expected ? expected.nationalId : undefined);
      expect(answer.body['nodeId']).toBe('nodeId' in expected ? expected.nodeId : undefined);
    }
  });

  it('enforces roles: 403 FORBIDDEN without one of them', async () => {
    expect((await call(`${api}/admin`, `Bearer ${tokens['admin']}`)).status).toBe(200);
    for (const username of ['patient1', 'researcher', 'steward', 'operator-a']) {
      const answer = await call(`${api}/admin`, `Bearer ${tokens[username]}`);
      expect(answer.status).toBe(403);
      expect(answer.body['code']).toBe('FORBIDDEN');
    }
    expect((await call(`${api}/node`, `Bearer ${tokens['admin']}`)).status).toBe(403);
    // Any one listed role suffices.
    expect((await call(`${api}/stewardship`, `Bearer ${tokens['steward']}`)).status).toBe(200);
    expect((await call(`${api}/stewardship`, `Bearer ${tokens['admin']}`)).status).toBe(200);
    expect((await call(`${api}/stewardship`, `Bearer ${tokens['patient2']}`)).status).toBe(403);
  });

  it('accepts node service-account tokens from client credentials and keeps node secrets apart', async () => {
    for (const nodeId of ['node-a', 'node-b'] as const) {
      const source = new ClientCredentialsTokenSource({
        issuerUrl: idp.issuerUrl,
        clientId: nodeId,
        clientSecret: idp.clientSecrets[nodeId],
      });
      const token = await source.getAccessToken();
      expect(decodeClaims(token)).toMatchObject({
        azp: nodeId,
        client_id: nodeId,
        preferred_username: `service-account-${nodeId}`,
      });
      expect(await call(`${api}/node`, `Bearer ${token}`)).toMatchObject({ status: 200, body: { nodeId } });
      expect((await call(`${api}/admin`, `Bearer ${token}`)).status).toBe(403);
    }
    const crossed = new ClientCredentialsTokenSource({
      issuerUrl: idp.issuerUrl,
      clientId: 'node-b',
      clientSecret: idp.clientSecrets['node-a'],
    });
    await expect(crossed.getAccessToken()).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  describe('tokens that must be refused with 401', () => {
    const realClaims = () => decodeClaims(tokens['admin'] ?? '');
    const now = () => Math.floor(Date.now() / 1000);

    it('an expired token signed with the issuer key: TOKEN_EXPIRED', async () => {
      const expired = signJwt({ ...realClaims(), iat: now() - 600, exp: now() - 60 }, issuerKey);
      const answer = await call(`${api}/me`, `Bearer ${expired}`);
      expect(answer.status).toBe(401);
      expect(answer.body['code']).toBe('TOKEN_EXPIRED');
      expect(answer.wwwAuthenticate).toContain('error="invalid_token"');
    });

    it.each<[string, () => string]>([
      ['a token re-signed by the issuer key is accepted (control)', () => signJwt(realClaims(), issuerKey)],
    ])('%s', async (_case, make) => {
      expect((await call(`${api}/me`, `Bearer ${make()}`)).status).toBe(200);
    });

    it.each<[string, () => string]>([
      ['not a JWT', () => 'not-a-jwt'],
      [
        'claims changed after signing',
        () => withClaims(tokens['patient1'] ?? '', { realm_access: { roles: ['center-admin'] } }),
      ],
      [
        'a tampered signature',
        () => {
          const [header, payload, signature = ''] = (tokens['admin'] ?? '').split('.');
          const flipped = Buffer.from(signature, 'base64url');
          flipped[10] = (flipped[10] ?? 0) ^ 0xff;
          return `${header}.${payload}.${flipped.toString('base64url')}`;
        },
      ],
      [
        'a wrong issuer with the right key',
        () => signJwt({ ...realClaims(), iss: 'http://127.0.0.1:9/realms/lattice' }, issuerKey),
      ],
      [
        'the same host with a localhost spelling',
        () => signJwt({ ...realClaims(), iss: idp.issuerUrl.replace('127.0.0.1', 'localhost') }, issuerKey),
      ],
      [
        'a token of another realm',
        () => signJwt({ ...realClaims(), iss: `${idp.url}/realms/other` }, foreignKey('other-realm-key')),
      ],
      ['an unknown key claiming this realm', () => signJwt(realClaims(), foreignKey('unknown-kid'))],
      [
        'a foreign key using the issuer key id',
        () => signJwt(realClaims(), { ...foreignKey(), kid: issuerKey.kid }),
      ],
      ['a token whose typ is not Bearer', () => signJwt({ ...realClaims(), typ: 'ID' }, issuerKey)],
      ['a token for another audience', () => signJwt({ ...realClaims(), aud: 'account' }, issuerKey)],
      ['a token without subject', () => signJwt({ ...realClaims(), sub: undefined }, issuerKey)],
      [
        'an unsigned token (alg none)',
        () => {
          const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
          const payload = Buffer.from(JSON.stringify(realClaims())).toString('base64url');
          return `${header}.${payload}.c2ln`;
        },
      ],
    ])('%s: TOKEN_INVALID', async (_case, make) => {
      const token = make();
      const answer = await call(`${api}/me`, `Bearer ${token}`);
      expect(answer.status).toBe(401);
      expect(answer.body['code']).toBe('TOKEN_INVALID');
      expect(JSON.stringify(answer.body)).not.toContain(token);
    });
  });

  it('answers 503 AUTH_UNAVAILABLE when the issuer key set cannot be fetched', async () => {
    const deadIssuer = `http://127.0.0.1:${await freePort()}/realms/lattice`;
    const { app: isolated, url } = await startApp(deadIssuer);
    try {
      const token = signJwt({ ...decodeClaims(tokens['admin'] ?? ''), iss: deadIssuer }, foreignKey());
      const answer = await call(`${url}/me`, `Bearer ${token}`);
      expect(answer.status).toBe(503);
      expect(answer.body['code']).toBe('AUTH_UNAVAILABLE');
    } finally {
      await isolated.close();
    }
  });
});
