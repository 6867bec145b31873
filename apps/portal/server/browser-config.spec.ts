import { loadPortalConfig } from '@lattice/config';
import { browserConfigOf } from './browser-config';
import { securityHeaders } from './security-headers';

const env = {
  OIDC_ISSUER_URL: 'http://127.0.0.1:8080/realms/lattice',
  CENTER_URL: 'http://127.0.0.1:3000',
  NODE_URLS: 'node-a=http://127.0.0.1:3101/, node-b=http://127.0.0.1:3102',
};

describe('the browser configuration', () => {
  it('hands the browser the node URLs operators use, keyed by node id', () => {
    expect(browserConfigOf(loadPortalConfig(env))).toEqual({
      issuerUrl: 'http://127.0.0.1:8080/realms/lattice',
      clientId: 'lattice-portal',
      centerUrl: 'http://127.0.0.1:3000',
      nodeUrls: { 'node-a': 'http://127.0.0.1:3101', 'node-b': 'http://127.0.0.1:3102' },
    });
  });

  it('gives an empty map when NODE_URLS is not set', () => {
    const { NODE_URLS: _unset, ...withoutNodes } = env;
    expect(browserConfigOf(loadPortalConfig(withoutNodes)).nodeUrls).toEqual({});
  });
});

describe('the content security policy', () => {
  const connectSources = (nodeUrls: Record<string, string>) =>
    /connect-src ([^;]+)/
      .exec(
        securityHeaders({
          issuerUrl: 'http://127.0.0.1:8080/realms/lattice',
          centerUrl: 'http://127.0.0.1:3000/api/',
          nodeUrls,
        })['content-security-policy'] ?? '',
      )?.[1]
      ?.split(' ');

  it('allows connections to each node by origin, once, beside the issuer and the center', () => {
    expect(
      connectSources({
        'node-a': 'http://127.0.0.1:3101/base',
        'node-b': 'https://node-b.example.org',
        'node-c': 'http://127.0.0.1:3000',
      }),
    ).toEqual([
      "'self'",
      'http://127.0.0.1:8080',
      'http://127.0.0.1:3000',
      'http://127.0.0.1:3101',
      'https://node-b.example.org',
    ]);
  });

  it('allows no node when the portal knows none', () => {
    expect(connectSources({})).toEqual(["'self'", 'http://127.0.0.1:8080', 'http://127.0.0.1:3000']);
  });
});
