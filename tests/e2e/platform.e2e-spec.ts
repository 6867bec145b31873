import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signRequest } from '@lattice/federation';
import { readSigningKeyFile } from '@lattice/keys';
import { ClientCredentialsTokenSource } from '@lattice/auth';
import { runCli, tokenFor } from '@lattice/testing';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

const DEMO_USERS = [
  'admin',
  'steward',
  'researcher',
  'patient1',
  'patient2',
  'operator-a',
  'operator-b',
] as const;
type DemoUser = (typeof DEMO_USERS)[number];

interface NodeView {
  id: string;
  status: 'online' | 'offline';
  lastSeenAt: string | null;
  enrolledAt: string;
  keyId: string;
}

let platform: TestPlatform;
const tokens = {} as Record<DemoUser, string>;

async function api(
  url: string,
  init: RequestInit & { token?: string } = {},
): Promise<{ status: number; body: any }> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(url, { ...init, headers });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

async function waitForNodesOnline(): Promise<NodeView[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { body } = await api(`${platform.urls.center}/api/nodes`, { token: tokens.admin });
    const nodes = (body as { nodes: NodeView[] }).nodes;
    if (nodes.length === 2 && nodes.every((node) => node.status === 'online')) return nodes;
    if (Date.now() > deadline) throw new Error(`nodes not online: ${JSON.stringify(nodes)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function nodeCredentials(nodeId: 'node-a' | 'node-b') {
  const secrets = JSON.parse(readFileSync(path.join(platform.home, 'secrets.json'), 'utf8')) as {
    nodeClientSecrets: Record<string, string>;
  };
  return {
    tokens: new ClientCredentialsTokenSource({
      issuerUrl: platform.urls.issuer,
      clientId: nodeId,
      clientSecret: secrets.nodeClientSecrets[nodeId] ?? '',
    }),
    key: readSigningKeyFile(path.join(platform.home, 'keys', `${nodeId}-signing.key`)),
  };
}

async function heartbeat(options: {
  asClient: 'node-a' | 'node-b';
  signedBy: 'node-a' | 'node-b';
  claimNode: 'node-a' | 'node-b';
  path: string;
  headers?: Record<string, string>;
}): Promise<{ status: number; body: any }> {
  const client = nodeCredentials(options.asClient);
  const signer = nodeCredentials(options.signedBy);
  const body = Buffer.from(JSON.stringify({ softwareVersion: 'test', startedAt: new Date().toISOString() }));
  const signature =
    options.headers ??
    signRequest(
      { method: 'POST', path: options.path, body },
      { nodeId: options.claimNode, keyId: signer.key.kid, privateKey: signer.key.privateKey },
    );
  return api(`${platform.urls.center}${options.path}`, {
    method: 'POST',
    token: await client.tokens.getAccessToken(),
    headers: { ...signature, 'content-type': 'application/json' },
    body,
  });
}

beforeAll(async () => {
  platform = await startTestPlatform();
  for (const user of DEMO_USERS) tokens[user] = await tokenFor(platform.urls.issuer, user);
}, 180_000);

afterAll(async () => {
  await platform?.destroy();
});

describe('the embedded platform', () => {
  it('gives every demo user a token through `lattice token`', () => {
    for (const user of DEMO_USERS) {
      const payload = JSON.parse(Buffer.from(tokens[user].split('.')[1] ?? '', 'base64url').toString()) as {
        preferred_username: string;
        iss: string;
      };
      expect(payload).toMatchObject({ preferred_username: user, iss: platform.urls.issuer });
    }
  });

  it('brings both nodes online at the center, as the admin sees them', async () => {
    const nodes = await waitForNodesOnline();
    expect(nodes.map((node) => node.id)).toEqual(['node-a', 'node-b']);
    for (const node of nodes) expect(Date.now() - Date.parse(node.lastSeenAt ?? '')).toBeLessThan(60_000);
  });

  it('answers health and OpenAPI on every service', async () => {
    for (const url of [platform.urls.center, platform.urls.nodes['node-a'], platform.urls.nodes['node-b']]) {
      expect((await api(`${url}/health/live`)).status).toBe(200);
      expect(await api(`${url}/health/ready`)).toMatchObject({
        status: 200,
        body: { status: 'ready', checks: { database: 'up', storage: 'up' } },
      });
      expect((await api(`${url}/api/docs`)).status).toBe(200);
    }
    const openapi = await api(`${platform.urls.center}/api/docs/openapi.json`);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/api/nodes', '/api/nodes/{nodeId}/heartbeat']),
    );
  });
});

describe('who may do what', () => {
  it.each(['steward', 'researcher', 'patient1', 'patient2', 'operator-a', 'operator-b'] as const)(
    '%s cannot list or enroll nodes (403 with the error envelope)',
    async (user) => {
      const list = await api(`${platform.urls.center}/api/nodes`, { token: tokens[user] });
      expect(list.status).toBe(403);
      expect(list.body).toEqual({
        code: 'FORBIDDEN',
        message: expect.any(String),
        correlationId: expect.any(String),
      });
      const enroll = await api(`${platform.urls.center}/api/nodes`, {
        method: 'POST',
        token: tokens[user],
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: 'node-x',
          displayName: 'X',
          hospital: 'X',
          publicKey: 'A'.repeat(43) + '=',
        }),
      });
      expect(enroll.status).toBe(403);
    },
  );

  it('refuses calls without a valid token with 401 and the envelope', async () => {
    const none = await api(`${platform.urls.center}/api/nodes`);
    expect(none).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED', correlationId: expect.any(String) },
    });
    const tampered = `${tokens.admin.slice(0, -4)}AAAA`;
    expect((await api(`${platform.urls.center}/api/nodes`, { token: tampered })).status).toBe(401);
  });

  it('lets operators see only their own node', async () => {
    const own = await api(`${platform.urls.nodes['node-a']}/api/status`, { token: tokens['operator-a'] });
    expect(own).toMatchObject({
      status: 200,
      body: { nodeId: 'node-a', center: { url: platform.urls.center } },
    });
    expect(
      (await api(`${platform.urls.nodes['node-b']}/api/status`, { token: tokens['operator-a'] })).status,
    ).toBe(403);
    expect(
      (await api(`${platform.urls.nodes['node-a']}/api/status`, { token: tokens['operator-b'] })).status,
    ).toBe(403);
    expect(
      (await api(`${platform.urls.nodes['node-a']}/api/status`, { token: tokens.patient1 })).status,
    ).toBe(403);
  });

  it('lets the admin enroll a node once, with clear errors for bad input', async () => {
    const url = `${platform.urls.center}/api/nodes`;
    const publicKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x ?? '';
    const body = {
      id: 'node-c',
      displayName: 'Node C',
      hospital: 'Demo Hospital C',
      publicKey: Buffer.from(publicKey, 'base64url').toString('base64'),
    };
    const headers = { 'content-type': 'application/json' };
    const created = await api(url, {
      method: 'POST',
      token: tokens.admin,
      headers,
      body: JSON.stringify(body),
    });
    expect(created).toMatchObject({
      status: 201,
      body: { id: 'node-c', status: 'offline', lastSeenAt: null },
    });
    const again = await api(url, {
      method: 'POST',
      token: tokens.admin,
      headers,
      body: JSON.stringify(body),
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'NODE_EXISTS' } });
    const invalid = await api(url, { method: 'POST', token: tokens.admin, headers, body: '{"id": ' });
    expect(invalid).toMatchObject({ status: 400, body: { code: 'INVALID_JSON' } });
    const wrong = await api(url, {
      method: 'POST',
      token: tokens.admin,
      headers,
      body: JSON.stringify({ ...body, id: 'Node C!' }),
    });
    expect(wrong).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    const huge = await api(url, {
      method: 'POST',
      token: tokens.admin,
      headers,
      body: JSON.stringify({ ...body, hospital: 'x'.repeat(2_000_000) }),
    });
    expect(huge).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    const listed = await api(url, { token: tokens.admin });
    expect(listed.body.nodes.map((node: NodeView) => node.id)).toEqual(['node-a', 'node-b', 'node-c']);
  });
});

describe('nodes the center trusts', () => {
  it('accepts a heartbeat from node-a with its own token and key', async () => {
    const accepted = await heartbeat({
      asClient: 'node-a',
      signedBy: 'node-a',
      claimNode: 'node-a',
      path: '/api/nodes/node-a/heartbeat',
    });
    expect(accepted).toMatchObject({ status: 200, body: { receivedAt: expect.any(String) } });
  });

  it("refuses node-a's credentials speaking as node-b", async () => {
    const asB = await heartbeat({
      asClient: 'node-a',
      signedBy: 'node-a',
      claimNode: 'node-b',
      path: '/api/nodes/node-b/heartbeat',
    });
    expect(asB.status).toBe(401);
    const withBsKey = await heartbeat({
      asClient: 'node-a',
      signedBy: 'node-b',
      claimNode: 'node-b',
      path: '/api/nodes/node-b/heartbeat',
    });
    expect(withBsKey.status).toBe(401);
  });

  it('refuses a forged signature and a replayed request', async () => {
    const forger = generateKeyPairSync('ed25519');
    const body = Buffer.from(
      JSON.stringify({ softwareVersion: 'test', startedAt: new Date().toISOString() }),
    );
    const pathA = '/api/nodes/node-a/heartbeat';
    const kid = nodeCredentials('node-a').key.kid;
    const forged = signRequest(
      { method: 'POST', path: pathA, body },
      { nodeId: 'node-a', keyId: kid, privateKey: forger.privateKey },
    );
    const forgedResponse = await heartbeat({
      asClient: 'node-a',
      signedBy: 'node-a',
      claimNode: 'node-a',
      path: pathA,
      headers: forged,
    });
    expect(forgedResponse).toMatchObject({ status: 401, body: { code: 'SIGNATURE_INVALID' } });
  });

  it('refuses a human token on the node endpoint', async () => {
    const response = await api(`${platform.urls.center}/api/nodes/node-a/heartbeat`, {
      method: 'POST',
      token: tokens.admin,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });
});

describe('the launcher', () => {
  it('keeps identifying values and secrets out of the logs', () => {
    const secrets = readFileSync(path.join(platform.home, 'secrets.json'), 'utf8');
    const { nodeClientSecrets, postgresPassword } = JSON.parse(secrets) as {
      nodeClientSecrets: Record<string, string>;
      postgresPassword: string;
    };
    const logText = platform.lines.map((line) => line.text).join('\n');
    for (const secret of [...Object.values(nodeClientSecrets), postgresPassword, tokens.admin])
      expect(logText).not.toContain(secret);
  });
});

describe('supervision', () => {
  // Last in this file: it kills a service.
  it('reports a crashed service instead of hiding it, and the others keep serving', async () => {
    expect(platform.crashes).toEqual([]);
    const nodeB = platform.services().find((service) => service.name === 'node-b');
    expect(nodeB?.running).toBe(true);
    process.kill(nodeB?.pid ?? 0, 'SIGKILL');
    const deadline = Date.now() + 10_000;
    while (platform.crashes.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(platform.crashes).toEqual([{ service: 'node-b', code: 137 }]);
    expect((await api(`${platform.urls.center}/health/ready`)).status).toBe(200);
  });
});

describe('configuration errors', () => {
  it('stops a service at start-up naming the missing variable', async () => {
    const result = await runCli(['start', '--no-build'], {
      LATTICE_CENTER_PORT: 'not-a-port',
      LATTICE_HOME: platform.home,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('LATTICE_CENTER_PORT: must be a port number');
  });
});
