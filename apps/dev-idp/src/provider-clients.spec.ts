import { ClientSettingsError, postLogoutRedirectUris, providerClients } from './provider-clients';
import { latticeRealm } from './realm';

const settings = {
  redirectUris: { 'lattice-portal': ['http://127.0.0.1:5173/callback', 'http://localhost:5173/callback'] },
  secrets: { 'node-a': 'a'.repeat(20), 'node-b': 'b'.repeat(20) },
};

describe('providerClients', () => {
  it('registers the four realm clients with their grants and authentication', () => {
    const clients = providerClients(latticeRealm.clients, settings);
    const byId = Object.fromEntries(clients.map((client) => [client.client_id, client]));
    expect(byId['lattice-portal']).toMatchObject({
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: settings.redirectUris['lattice-portal'],
      post_logout_redirect_uris: [
        'http://127.0.0.1:5173',
        'http://127.0.0.1:5173/',
        'http://localhost:5173',
        'http://localhost:5173/',
      ],
    });
    expect(byId['lattice-portal']).not.toHaveProperty('client_secret');
    expect(byId['lattice-cli']).toMatchObject({
      token_endpoint_auth_method: 'none',
      grant_types: ['password'],
      redirect_uris: [],
    });
    expect(byId['node-a']).toMatchObject({
      token_endpoint_auth_method: 'client_secret_basic',
      client_secret: 'a'.repeat(20),
      grant_types: ['client_credentials'],
    });
    expect(byId['node-b']?.client_secret).toBe('b'.repeat(20));
  });

  it('refuses a confidential client without a secret and a code-flow client without redirects', () => {
    expect(() =>
      providerClients(latticeRealm.clients, { ...settings, secrets: { 'node-a': 'x'.repeat(20) } }),
    ).toThrow(new ClientSettingsError('client node-b needs a client secret'));
    expect(() => providerClients(latticeRealm.clients, { ...settings, redirectUris: {} })).toThrow(
      'client lattice-portal needs at least one redirect URI',
    );
  });

  it('derives one pair of post-logout addresses per origin', () => {
    expect(
      postLogoutRedirectUris(['https://portal.example/callback', 'https://portal.example/other']),
    ).toEqual(['https://portal.example', 'https://portal.example/']);
  });
});
