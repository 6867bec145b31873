import { ConfigError } from './define-config';
import { loadPortalConfig } from './portal.config';

const base = { OIDC_ISSUER_URL: 'http://127.0.0.1:8080/realms/lattice', CENTER_URL: 'http://127.0.0.1:3000' };

describe('portal configuration', () => {
  it('reads the node URLs operators use', () => {
    const config = loadPortalConfig({
      ...base,
      NODE_URLS: 'node-a=http://127.0.0.1:3101/, node-b=http://127.0.0.1:3102',
    });
    expect(config.NODE_URLS).toEqual({
      'node-a': 'http://127.0.0.1:3101',
      'node-b': 'http://127.0.0.1:3102',
    });
    expect(loadPortalConfig(base).NODE_URLS).toEqual({});
  });

  it('names NODE_URLS when an entry is malformed', () => {
    expect(() => loadPortalConfig({ ...base, NODE_URLS: 'node-a:http://x' })).toThrow(ConfigError);
    expect(() => loadPortalConfig({ ...base, NODE_URLS: 'node-a:http://x' })).toThrow(
      /NODE_URLS: must be a comma-separated list/,
    );
  });
});
