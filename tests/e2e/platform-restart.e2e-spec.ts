import { tokenFor, WORKSPACE_ROOT } from '@lattice/testing';
import { startTestPlatform, type TestPlatform } from './support/test-platform';
import { loadLauncherConfig } from '@lattice/config';
import { startPlatform } from '@lattice/launcher';

interface NodeView {
  id: string;
  enrolledAt: string;
  keyId: string;
  status: string;
}

async function listNodes(centerUrl: string, issuerUrl: string): Promise<NodeView[]> {
  const token = await tokenFor(issuerUrl, 'admin');
  const response = await fetch(`${centerUrl}/api/nodes`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { nodes: NodeView[] }).nodes;
}

describe('starting the platform a second time', () => {
  let first: TestPlatform;

  afterAll(async () => {
    await first?.destroy();
  });

  it('reuses the data: the same nodes, enrolled once, with the same keys', async () => {
    first = await startTestPlatform();
    const before = await listNodes(first.urls.center, first.urls.issuer);
    expect(before.map((node) => node.id)).toEqual(['node-a', 'node-b']);
    await first.stop();

    const again = await startPlatform({
      config: loadLauncherConfig(first.env),
      root: WORKSPACE_ROOT,
      output: { status: () => undefined, serviceLine: () => undefined, crash: () => undefined },
    });
    try {
      const after = await listNodes(again.urls.center, again.urls.issuer);
      expect(after.map(({ id, enrolledAt, keyId }) => ({ id, enrolledAt, keyId }))).toEqual(
        before.map(({ id, enrolledAt, keyId }) => ({ id, enrolledAt, keyId })),
      );
    } finally {
      await again.stop();
    }
  }, 240_000);
});
