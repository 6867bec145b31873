import * as z from 'zod/mini';
import { requestJson, ServiceRequestError, type ServiceKind } from './service-request';

const url = 'http://127.0.0.1:3101/api/things';
const schema = z.object({ things: z.array(z.string()) });

function answering(response: Response | (() => Promise<Response>)) {
  return jest.fn<Promise<Response>, Parameters<typeof fetch>>(async () =>
    typeof response === 'function' ? response() : response,
  );
}

async function failureOf(promise: Promise<unknown>): Promise<ServiceRequestError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ServiceRequestError))
    throw new Error(`expected a ServiceRequestError, got ${String(error)}`);
  return error;
}

const get = (fetchImpl: typeof fetch, service: ServiceKind = 'node') =>
  requestJson({ service, url, accessToken: 'token-123', schema }, { fetchImpl });

describe('requestJson', () => {
  it('sends the bearer token, asks for JSON without caching and returns the validated answer', async () => {
    const fetchImpl = answering(Response.json({ things: ['a', 'b'], extra: 1 }));
    await expect(get(fetchImpl)).resolves.toEqual({ things: ['a', 'b'] });
    const [calledUrl, init] = fetchImpl.mock.calls[0] ?? [];
    expect(calledUrl).toBe(url);
    expect(init?.method).toBe('GET');
    expect(init?.cache).toBe('no-store');
    const headers = new Headers(init?.headers);
    expect(headers.get('authorization')).toBe('Bearer token-123');
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.has('content-type')).toBe(false);
  });

  it('posts a JSON body and accepts an empty answer as null', async () => {
    const fetchImpl = answering(new Response(null, { status: 204 }));
    const answer = await requestJson(
      { service: 'node', method: 'POST', url, accessToken: 't', body: { note: 'checked' }, schema: z.null() },
      { fetchImpl },
    );
    expect(answer).toBeNull();
    const [, init] = fetchImpl.mock.calls[0] ?? [];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"note":"checked"}');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('reports a refused connection as the named service being unreachable', async () => {
    const refused = answering(async () => {
      throw new TypeError('fetch failed');
    });
    const error = await failureOf(get(refused, 'center'));
    expect([error.service, error.code]).toEqual(['center', 'UNREACHABLE']);
  });

  it.each([
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [400, 'REJECTED'],
    [422, 'REJECTED'],
    [500, 'FAILED'],
    [502, 'FAILED'],
  ] as const)('maps HTTP %i to %s, keeping the envelope', async (status, code) => {
    const envelope = { code: 'SOME_CODE', message: 'Safe message', correlationId: 'corr-1' };
    const error = await failureOf(get(answering(Response.json(envelope, { status }))));
    expect(error.code).toBe(code);
    expect(error.details).toEqual({
      status,
      serviceCode: 'SOME_CODE',
      serviceMessage: 'Safe message',
      correlationId: 'corr-1',
    });
  });

  it('reports a failure without an envelope with its status only', async () => {
    const error = await failureOf(get(answering(new Response('Bad gateway', { status: 502 }))));
    expect(error.details).toEqual({ status: 502 });
  });

  it('takes the correlation id from the response header when the body has none', async () => {
    const response = new Response('Payload too large', {
      status: 413,
      headers: { 'x-correlation-id': 'corr-413' },
    });
    const error = await failureOf(get(answering(response)));
    expect(error.details).toEqual({ status: 413, correlationId: 'corr-413' });
  });

  it.each([
    ['an HTML page', new Response('<html></html>')],
    ['a body of another shape', Response.json({ items: [] })],
  ])('refuses %s as an invalid response', async (_label, response) => {
    expect((await failureOf(get(answering(response)))).code).toBe('INVALID_RESPONSE');
  });

  it('lets an abort through unchanged, so a closed page does not report an outage', async () => {
    const controller = new AbortController();
    controller.abort();
    const abortError = new DOMException('aborted', 'AbortError');
    const fetchImpl = answering(async () => {
      throw abortError;
    });
    await expect(
      requestJson(
        { service: 'node', url, accessToken: 't', schema },
        { fetchImpl, signal: controller.signal },
      ),
    ).rejects.toBe(abortError);
  });

  it('never puts the access token in its error messages', async () => {
    const error = await failureOf(
      requestJson(
        { service: 'center', url, accessToken: 'secret-token', schema },
        { fetchImpl: answering(new Response('', { status: 500 })) },
      ),
    );
    expect(error.message).toBe('center request failed: FAILED (HTTP 500)');
  });
});
