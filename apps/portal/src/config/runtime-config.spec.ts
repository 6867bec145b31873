import { loadRuntimeConfig, parseRuntimeConfig, RuntimeConfigError } from './runtime-config';

const valid = {
  issuerUrl: 'http://127.0.0.1:8080/realms/lattice/',
  clientId: 'lattice-portal',
  centerUrl: 'http://127.0.0.1:3000',
  nodeUrls: { 'node-a': 'http://127.0.0.1:3101/', 'node-b': 'https://node-b.example.org' },
};

describe('parseRuntimeConfig', () => {
  it('accepts the server settings and drops trailing slashes', () => {
    expect(parseRuntimeConfig(valid)).toEqual({
      ...valid,
      issuerUrl: 'http://127.0.0.1:8080/realms/lattice',
      nodeUrls: { 'node-a': 'http://127.0.0.1:3101', 'node-b': 'https://node-b.example.org' },
    });
  });

  it('accepts a portal that knows no node', () => {
    expect(parseRuntimeConfig({ ...valid, nodeUrls: {} }).nodeUrls).toEqual({});
  });

  it.each([
    ['a missing client id', { ...valid, clientId: '' }],
    ['a script URL as issuer', { ...valid, issuerUrl: 'javascript:alert(1)' }],
    ['a relative center URL', { ...valid, centerUrl: '/api' }],
    ['a script URL for a node', { ...valid, nodeUrls: { 'node-a': 'javascript:alert(1)' } }],
    ['a node id NODE_URLS would refuse', { ...valid, nodeUrls: { 'Node A': 'http://127.0.0.1:3101' } }],
    ['no node URLs at all', { ...valid, nodeUrls: undefined }],
    ['no object at all', 'config'],
  ])('refuses %s', (_label, body) => {
    expect(() => parseRuntimeConfig(body)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

describe('loadRuntimeConfig', () => {
  it('fetches /config.json without caching', async () => {
    const fetchImpl = jest.fn(async () => Response.json(valid));
    await expect(loadRuntimeConfig(fetchImpl)).resolves.toMatchObject({ clientId: 'lattice-portal' });
    expect(fetchImpl).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('reports an unreachable server and a failing one as unreachable', async () => {
    const refused = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(loadRuntimeConfig(refused)).rejects.toEqual(new RuntimeConfigError('CONFIG_UNREACHABLE'));
    await expect(loadRuntimeConfig(async () => new Response('oops', { status: 502 }))).rejects.toMatchObject({
      code: 'CONFIG_UNREACHABLE',
    });
  });

  it('reports a body that is not JSON as invalid', async () => {
    await expect(loadRuntimeConfig(async () => new Response('<html>'))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });
});
