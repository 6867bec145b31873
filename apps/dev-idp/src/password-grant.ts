import type { GrantTypeHandler, Provider, ResourceServerInfo, errors as ProviderErrors } from 'oidc-provider';
import { authenticate } from './credentials';
import { findClient } from './realm';
import { clientAudience } from './token-claims';

/** Request parameters of the password grant besides grant_type and client authentication. */
export const passwordGrantParameters = ['username', 'password', 'scope'];

/** What the password grant needs from the issuer. */
export interface PasswordGrantDeps {
  provider: Provider;
  errors: typeof ProviderErrors;
  resource: string;
  resourceServerInfo: (audience: string) => ResourceServerInfo;
  supportedScopes: readonly string[];
}

/**
 * The resource owner password grant (Keycloak's "direct access grants"), which oidc-provider
 * does not ship: checks the user's password and issues an access token like the code flow's.
 */
export function createPasswordGrant(deps: PasswordGrantDeps): GrantTypeHandler {
  const { provider, errors, resource, resourceServerInfo, supportedScopes } = deps;
  return async (ctx) => {
    const { params, client } = ctx.oidc;
    const username = params?.['username'];
    const password = params?.['password'];
    if (!client) throw new errors.InvalidRequest('client authentication is required');
    if (typeof username !== 'string' || username === '' || typeof password !== 'string' || password === '') {
      throw new errors.InvalidRequest('missing required parameters username and password');
    }
    const realmClient = findClient(client.clientId);
    const audience = realmClient && clientAudience(realmClient);
    if (!audience) throw new errors.InvalidTarget();

    const requested =
      typeof params?.['scope'] === 'string'
        ? params['scope'].split(' ').filter(Boolean)
        : ['openid', 'profile'];
    if (requested.some((scope) => !supportedScopes.includes(scope))) {
      throw new errors.CustomOIDCProviderError('invalid_scope', 'requested scope is not supported');
    }

    const user = authenticate(username, password);
    if (!user) {
      // Keycloak's answer, whether the user is unknown or the password is wrong.
      throw new errors.CustomOIDCProviderError('invalid_grant', 'Invalid user credentials');
    }

    const token = new provider.AccessToken({
      accountId: user.id,
      client,
      gty: 'password',
      scope: requested.join(' '),
    });
    token.resourceServer = new provider.ResourceServer(resource, resourceServerInfo(audience));
    ctx.oidc.entity('AccessToken', token);
    const accessToken = await token.save();
    ctx.body = {
      access_token: accessToken,
      token_type: token.tokenType,
      expires_in: token.expiration,
      scope: token.scope,
    };
  };
}
