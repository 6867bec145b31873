import { uploadBatch, type UploadFetch } from './stow-upload';

const answer = {
  '00081199': {
    vr: 'SQ',
    Value: [{ '00091001': { vr: 'CS', Value: ['STORED'] }, '00091003': { vr: 'UL', Value: [1] } }],
  },
};

function node(responses: (() => Response)[]): { fetch: UploadFetch; calls: RequestInit[] } {
  const calls: RequestInit[] = [];
  return {
    calls,
    fetch: async (_url, init) => {
      calls.push(init);
      const next = responses.shift();
      if (!next) throw new Error('no more answers');
      return next();
    },
  };
}

describe('uploading a batch', () => {
  it('posts an import-marked STOW-RS request and reads the answer', async () => {
    const { fetch, calls } = node([() => new Response(JSON.stringify(answer), { status: 200 })]);
    expect(await uploadBatch('http://node', 'T0KEN', [Buffer.from('x')], fetch, [])).toEqual({
      kind: 'answered',
      outcomes: [{ outcome: 'stored' }],
    });
    const headers = calls[0]?.headers as Record<string, string>;
    expect(headers).toMatchObject({
      authorization: 'Bearer T0KEN',
      'x-lattice-source': 'import',
      accept: 'application/dicom+json',
    });
    expect(headers['content-type']).toMatch(/^multipart\/related; type="application\/dicom"; boundary=/);
  });

  it('retries a node that is down or failing, then gives up', async () => {
    const down = () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    };
    const { fetch, calls } = node([
      down,
      () => new Response('oops', { status: 503 }),
      () => new Response(JSON.stringify(answer), { status: 202 }),
    ]);
    expect((await uploadBatch('http://node', 't', [Buffer.from('x')], fetch, [0, 0, 0])).kind).toBe(
      'answered',
    );
    expect(calls).toHaveLength(3);
    const always = node([down, down, down, down]);
    expect(await uploadBatch('http://node', 't', [Buffer.from('x')], always.fetch, [0, 0, 0])).toEqual({
      kind: 'unreachable',
      reason: 'connect ECONNREFUSED',
    });
  });

  it('reports a refusal with the envelope code, without retrying', async () => {
    const { fetch, calls } = node([
      () =>
        new Response(
          JSON.stringify({
            code: 'FORBIDDEN',
            message: 'Only operators of node-a may do this.',
            correlationId: 'c',
          }),
          { status: 403 },
        ),
    ]);
    expect(await uploadBatch('http://node', 't', [Buffer.from('x')], fetch, [0, 0])).toEqual({
      kind: 'refused',
      status: 403,
      code: 'FORBIDDEN',
      message: 'Only operators of node-a may do this.',
    });
    expect(calls).toHaveLength(1);
  });
});
