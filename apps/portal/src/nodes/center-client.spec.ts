import { CenterRequestError, fetchNodes } from './center-client';

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

function answering(response: Response | (() => Promise<Response>)) {
  return jest.fn<Promise<Response>, Parameters<typeof fetch>>(async () =>
    typeof response === 'function' ? response() : response,
  );
}

async function failureOf(promise: Promise<unknown>): Promise<CenterRequestError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof CenterRequestError))
    throw new Error(`expected a CenterRequestError, got ${String(error)}`);
  return error;
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

  it('reports a refused connection as an unreachable center', async () => {
    const fetchImpl = answering(async () => {
      throw new TypeError('fetch failed');
    });
    expect((await failureOf(fetchNodes(centerUrl, 't', { fetchImpl }))).code).toBe('CENTER_UNREACHABLE');
  });

  it('reports 403 as forbidden with the center error code and correlation id', async () => {
    const envelope = { code: 'FORBIDDEN', message: 'Missing role', correlationId: 'c0ffee-42' };
    const error = await failureOf(
      fetchNodes(centerUrl, 't', { fetchImpl: answering(Response.json(envelope, { status: 403 })) }),
    );
    expect(error.code).toBe('CENTER_FORBIDDEN');
    expect(error.details).toEqual({ status: 403, centerCode: 'FORBIDDEN', correlationId: 'c0ffee-42' });
  });

  it('reports 401 as an unauthenticated session', async () => {
    const error = await failureOf(
      fetchNodes(centerUrl, 't', {
        fetchImpl: answering(Response.json({ code: 'TOKEN_EXPIRED', message: 'x' }, { status: 401 })),
      }),
    );
    expect(error.code).toBe('CENTER_UNAUTHENTICATED');
    expect(error.details.correlationId).toBeUndefined();
  });

  it('reports other statuses as failures, with or without an envelope', async () => {
    const plain = await failureOf(
      fetchNodes(centerUrl, 't', { fetchImpl: answering(new Response('Bad gateway', { status: 502 })) }),
    );
    expect(plain.code).toBe('CENTER_FAILED');
    expect(plain.details).toEqual({ status: 502 });
    const enveloped = await failureOf(
      fetchNodes(centerUrl, 't', {
        fetchImpl: answering(
          Response.json({ code: 'INTERNAL', message: 'x', correlationId: 'id-9' }, { status: 500 }),
        ),
      }),
    );
    expect(enveloped.details).toEqual({ status: 500, centerCode: 'INTERNAL', correlationId: 'id-9' });
  });

  it.each([
    ['an HTML page', new Response('<html></html>')],
    ['a list without nodes', Response.json({ items: [] })],
    ['an unknown status', Response.json({ nodes: [{ ...nodeA, status: 'degraded' }] })],
    ['a malformed date', Response.json({ nodes: [{ ...nodeA, lastSeenAt: 'yesterday' }] })],
  ])('refuses %s as an invalid response', async (_label, response) => {
    expect((await failureOf(fetchNodes(centerUrl, 't', { fetchImpl: answering(response) }))).code).toBe(
      'CENTER_INVALID_RESPONSE',
    );
  });

  it('lets an abort through unchanged, so a closed page does not report an outage', async () => {
    const controller = new AbortController();
    controller.abort();
    const abortError = new DOMException('aborted', 'AbortError');
    const fetchImpl = answering(async () => {
      throw abortError;
    });
    await expect(fetchNodes(centerUrl, 't', { fetchImpl, signal: controller.signal })).rejects.toBe(
      abortError,
    );
  });

  it('never puts the access token in its error messages', async () => {
    const error = await failureOf(
      fetchNodes(centerUrl, 'secret-token', { fetchImpl: answering(new Response('', { status: 500 })) }),
    );
    expect(error.message).not.toContain('secret-token');
  });
});
