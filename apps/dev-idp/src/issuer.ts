import type { Configuration, KoaContext, OidcClient, Provider, TokenModel } from 'oidc-provider';
import { randomBytes } from 'node:crypto';
import type { JsonLog } from './json-log';
import { createMemoryAdapter } from './memory-adapter';
import { errorPage, logoutPage, signedOutPage, type HtmlPage } from './pages';
import { createPasswordGrant, passwordGrantParameters } from './password-grant';
import { providerClients } from './provider-clients';
import { findClient, findUserById, latticeRealm } from './realm';
import type { SigningJwk } from './signing-key';
import {
  carriesClientIdClaim,
  clientAudience,
  serviceAccountAccessClaims,
  userAccessClaims,
} from './token-claims';

/** Resource indicator of the Lattice APIs; access tokens for it are JWTs with audience `lattice-api`. */
export const apiResource = 'urn:lattice:api';

/** Scopes a client may ask for; access tokens carry the ones granted. */
const supportedScopes = ['openid', 'profile'];

/** Everything the issuer needs from configuration. */
export interface IssuerSettings {
  /** `<public URL>/realms/lattice` */
  issuer: string;
  signingKey: SigningJwk;
  accessTokenTtlSeconds: number;
  portalRedirectUris: readonly string[];
  clientSecrets: Readonly<Record<string, string>>;
  log: JsonLog;
}

/** Keycloak's endpoint layout under the realm URL. */
const keycloakRoutes = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  jwks: '/protocol/openid-connect/certs',
  userinfo: '/protocol/openid-connect/userinfo',
  end_session: '/protocol/openid-connect/logout',
  revocation: '/protocol/openid-connect/revoke',
  introspection: '/protocol/openid-connect/token/introspect',
  pushed_authorization_request: '/protocol/openid-connect/ext/par/request',
};

/** Path of the sign-in page for one interaction, under the realm URL. */
export function loginPath(issuer: string, uid: string): string {
  return `${new URL(issuer).pathname}/login-actions/authenticate/${encodeURIComponent(uid)}`;
}

/** Builds the OpenID provider for the lattice realm (oidc-provider is ESM, so it loads here, late). */
export async function createIssuer(settings: IssuerSettings): Promise<Provider> {
  const { default: ProviderClass, errors } = await import('oidc-provider');
  const { log } = settings;
  const portal = latticeRealm.clients.find((client) => client.clientId === 'lattice-portal');
  const redirectUris: Record<string, readonly string[]> = portal
    ? { [portal.clientId]: settings.portalRedirectUris }
    : {};

  const resourceServerInfo = (audience: string) => ({
    scope: supportedScopes.join(' '),
    audience,
    accessTokenTTL: settings.accessTokenTtlSeconds,
    accessTokenFormat: 'jwt' as const,
    jwt: { sign: { alg: 'RS256' as const } },
  });

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    clients: providerClients(latticeRealm.clients, { redirectUris, secrets: settings.clientSecrets }),
    jwks: { keys: [{ ...settings.signingKey }] },
    scopes: supportedScopes,
    claims: { openid: ['sub'], profile: ['preferred_username'] },
    conformIdTokenClaims: true,
    // Like Keycloak's standard flow: refresh tokens without asking for offline_access.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    responseTypes: ['code'],
    clientDefaults: { id_token_signed_response_alg: 'RS256' },
    routes: keycloakRoutes,
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    ttl: {
      AccessToken: settings.accessTokenTtlSeconds,
      ClientCredentials: settings.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: settings.accessTokenTtlSeconds,
      // Keycloak's default SSO idle time: a portal that stays open keeps renewing.
      RefreshToken: 30 * 60,
      Interaction: 600,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      introspection: { enabled: false },
      revocation: { enabled: false },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx: KoaContext, _client: OidcClient, oneOf?: string | string[]) =>
          oneOf ?? apiResource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: KoaContext, indicator: string, client: OidcClient) => {
          const realmClient = findClient(client.clientId);
          const audience = realmClient && clientAudience(realmClient);
          if (indicator !== apiResource || !audience) throw new errors.InvalidTarget();
          return resourceServerInfo(audience);
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContext, form: string) => {
          const nonce = randomBytes(16).toString('base64');
          sendPage(
            ctx,
            logoutPage({ form, autoSubmit: typeof ctx.oidc.params?.['id_token_hint'] === 'string', nonce }),
          );
        },
        postLogoutSuccessSource: (ctx: KoaContext) => sendPage(ctx, signedOutPage()),
      },
    },
    interactions: { url: (_ctx, interaction) => loginPath(settings.issuer, interaction.uid) },
    findAccount: (_ctx, sub) => {
      const user = findUserById(sub);
      if (!user) return undefined;
      return { accountId: user.id, claims: () => ({ sub: user.id, preferred_username: user.username }) };
    },
    extraTokenClaims: (_ctx, token) => {
      const client = token.clientId ? findClient(token.clientId) : undefined;
      if (!client) return undefined;
      if (token.accountId) {
        const user = findUserById(token.accountId);
        return user ? { ...userAccessClaims(user, client) } : undefined;
      }
      const claims = serviceAccountAccessClaims(client);
      return claims ? { ...claims } : undefined;
    },
    formats: {
      customizers: {
        jwt: (_ctx, token: TokenModel, jwt) => {
          const client = token.clientId ? findClient(token.clientId) : undefined;
          // Keycloak's header says JWT; its service accounts have a user id as subject, and only
          // service-account tokens with the client-id mapper carry client_id.
          jwt.header = { typ: 'JWT' };
          if (!token.accountId && client?.serviceAccount) jwt.payload['sub'] = client.serviceAccount.userId;
          if (token.accountId || !client || !carriesClientIdClaim(client)) delete jwt.payload['client_id'];
        },
      },
    },
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris.some((uri) => new URL(uri).origin === origin),
    renderError: (ctx, out) => {
      if (ctx.accepts('html', 'json') === 'html') sendPage(ctx, errorPage(out.error, out.error_description));
      else ctx.body = out;
    },
  };

  const provider = new ProviderClass(settings.issuer, configuration);
  provider.registerGrantType(
    'password',
    createPasswordGrant({ provider, errors, resource: apiResource, resourceServerInfo, supportedScopes }),
    passwordGrantParameters,
  );
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) {
      ctx.status = 404;
      ctx.body = { error: 'not_found', error_description: 'No such endpoint.' };
    }
  });
  logProviderEvents(provider, log);
  return provider;
}

function sendPage(ctx: KoaContext, page: HtmlPage): void {
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', page.contentSecurityPolicy);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.body = page.body;
}

interface ProviderError {
  error?: string;
  name?: string;
  message?: string;
}

function logProviderEvents(provider: Provider, log: JsonLog): void {
  const clientOf = (ctx: unknown) => (ctx as KoaContext | undefined)?.oidc?.client?.clientId;
  // Only event names, client ids and OAuth error codes are logged: never tokens, codes or secrets.
  provider.on('grant.success', (ctx) => {
    log.info('token_issued', {
      clientId: clientOf(ctx),
      grantType: (ctx as KoaContext).oidc.params?.['grant_type'],
    });
  });
  provider.on('grant.error', (ctx, error) => {
    log.warn('token_request_failed', { clientId: clientOf(ctx), error: (error as ProviderError).error });
  });
  provider.on('authorization.error', (ctx, error) => {
    log.warn('authorization_failed', { clientId: clientOf(ctx), error: (error as ProviderError).error });
  });
  provider.on('end_session.success', (ctx) => log.info('signed_out', { clientId: clientOf(ctx) }));
  provider.on('server_error', (_ctx, error) => {
    log.error('server_error', {
      error: (error as ProviderError).name,
      message: (error as ProviderError).message,
    });
  });
}
