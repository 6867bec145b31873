import { ServiceRequestError } from '../api/service-request';
import { fetchNodes } from './center-client';

const centerUrl = 'http://127.0.0.1:3000';
const nodeA = {
  id: 'node-a',
  displayName: 'Node A',
  hospital: 'Hospital A',
  status: 'online',
  lastSeenAt: '2026-05-04T09:59:50.000Z',
  enrolledAt: '2026-05-01T08:00:00.000Z',
  keyId: 'node-a-2026',
};

function answering(response: Response) {
  return jest.fn<Promise<Response>, Parameters<typeof fetch>>(async () => response);
}

describe('fetchNodes', () => {
  it('calls GET /api/nodes with the bearer token and returns the nodes with dates', async () => {
    const fetchImpl = answering(
      Response.json({ nodes: [nodeA, { ...nodeA, id: 'node-b', status: 'offline', lastSeenAt: null }] }),
    );
    const nodes = await fetchNodes(centerUrl, 'token-123', { fetchImpl });

    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:3000/api/nodes');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer token-123');
    expect(nodes).toEqual([
      { ...nodeA, lastSeenAt: new Date(nodeA.lastSeenAt), enrolledAt: new Date(nodeA.enrolledAt) },
      { ...nodeA, id: 'node-b', status: 'offline', lastSeenAt: null, enrolledAt: new Date(nodeA.enrolledAt) },
    ]);
  });

  it('reports a 403 as the center refusing, with its code and correlation id', async () => {
    const envelope = { code: 'FORBIDDEN', message: 'Missing role', correlationId: 'c0ffee-42' };
    const error = await fetchNodes(centerUrl, 't', {
      fetchImpl: answering(Response.json(envelope, { status: 403 })),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceRequestError);
    expect(error).toMatchObject({
      service: 'center',
      code: 'FORBIDDEN',
      details: { status: 403, serviceCode: 'FORBIDDEN', correlationId: 'c0ffee-42' },
    });
  });

  it.each([
    ['a list without nodes', Response.json({ items: [] })],
    ['an unknown status', Response.json({ nodes: [{ ...nodeA, status: 'degraded' }] })],
    ['a malformed date', Response.json({ nodes: [{ ...nodeA, lastSeenAt: 'yesterday' }] })],
  ])('refuses %s as an invalid response', async (_label, response) => {
    await expect(fetchNodes(centerUrl, 't', { fetchImpl: answering(response) })).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
    });
  });
});
