// oidc-provider 9 ships no type declarations; these cover exactly the surface the issuer uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type UnknownObject = Record<string, unknown>;

  export interface OidcClient {
    readonly clientId: string;
    readonly clientName?: string;
    readonly redirectUris: readonly string[];
    grantTypeAllowed(grantType: string): boolean;
  }

  export interface OidcParams {
    readonly [name: string]: string | string[] | undefined;
  }

  export interface OidcContext {
    readonly client?: OidcClient;
    readonly params?: OidcParams;
    readonly route?: string;
    readonly provider: Provider;
    entity(name: string, value: unknown): void;
  }

  export interface KoaContext {
    status: number;
    body: unknown;
    type: string;
    readonly method: string;
    readonly path: string;
    readonly oidc: OidcContext;
    set(name: string, value: string): void;
    accepts(...types: string[]): string | false;
  }

  export type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export interface ResourceServerInfo {
    scope: string;
    audience: string;
    accessTokenTTL: number;
    accessTokenFormat: 'jwt';
    jwt: { sign: { alg: 'RS256' } };
  }

  export class ResourceServer {
    constructor(identifier: string, info: ResourceServerInfo);
  }

  /** A token model instance, as passed to extraTokenClaims and the JWT customizer. */
  export interface TokenModel {
    readonly kind: string;
    readonly clientId?: string;
    readonly accountId?: string;
    readonly client?: OidcClient;
  }

  export class AccessToken implements TokenModel {
    constructor(properties: { accountId: string; client: OidcClient; gty: string; scope?: string });
    readonly kind: string;
    readonly clientId?: string;
    readonly accountId?: string;
    readonly client?: OidcClient;
    resourceServer: ResourceServer;
    scope?: string;
    readonly expiration: number;
    readonly tokenType: string;
    save(): Promise<string>;
  }

  export class IdToken {
    constructor(claims: UnknownObject, options: { ctx: KoaContext });
    scope: string;
    issue(options: { use: 'idtoken' }): Promise<string>;
  }

  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    static find(id: string): Promise<Grant | undefined>;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface InteractionDetails {
    readonly uid: string;
    readonly grantId?: string;
    readonly params: OidcParams;
    readonly prompt: {
      readonly name: string;
      readonly details: {
        readonly missingOIDCScope?: string[];
        readonly missingOIDCClaims?: string[];
        readonly missingResourceScopes?: Record<string, string[]>;
      };
    };
    readonly session?: { readonly accountId?: string };
  }

  export interface InteractionResults {
    login?: { accountId: string };
    consent?: { grantId: string };
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<UnknownObject> | UnknownObject;
  }

  export interface JwtStructuredToken {
    header?: UnknownObject;
    payload: UnknownObject;
  }

  export interface Configuration {
    adapter?: new (name: string) => unknown;
    clients?: unknown[];
    jwks?: { keys: UnknownObject[] };
    claims?: Record<string, string[]>;
    scopes?: string[];
    findAccount?: (ctx: KoaContext, sub: string) => Promise<Account | undefined> | Account | undefined;
    extraTokenClaims?: (
      ctx: KoaContext,
      token: TokenModel,
    ) => Promise<UnknownObject | undefined> | UnknownObject | undefined;
    formats?: {
      customizers?: {
        jwt?: (ctx: KoaContext, token: TokenModel, jwt: JwtStructuredToken) => void | Promise<void>;
      };
    };
    features?: UnknownObject;
    routes?: Record<string, string>;
    ttl?: Record<string, number | ((ctx: KoaContext, token: TokenModel) => number)>;
    pkce?: { required: () => boolean };
    interactions?: { url: (ctx: KoaContext, interaction: { uid: string }) => string | Promise<string> };
    cookies?: UnknownObject;
    clientBasedCORS?: (ctx: KoaContext, origin: string, client: OidcClient) => boolean;
    renderError?: (
      ctx: KoaContext,
      out: { error: string; error_description?: string },
      error: Error,
    ) => void | Promise<void>;
    conformIdTokenClaims?: boolean;
    issueRefreshToken?: (ctx: KoaContext, client: OidcClient) => boolean;
    responseTypes?: string[];
    clientDefaults?: UnknownObject;
    enabledJWA?: UnknownObject;
  }

  export type GrantTypeHandler = (ctx: KoaContext) => Promise<void>;

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly AccessToken: typeof AccessToken;
    readonly IdToken: typeof IdToken;
    readonly Grant: typeof Grant;
    readonly ResourceServer: typeof ResourceServer;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    use(middleware: KoaMiddleware): void;
    on(event: string, listener: (...args: unknown[]) => void): void;
    registerGrantType(name: string, handler: GrantTypeHandler, parameters?: string[]): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      readonly error: string;
      readonly error_description?: string;
      readonly status: number;
    }
    class InvalidRequest extends OIDCProviderError {
      constructor(description?: string);
    }
    class InvalidTarget extends OIDCProviderError {
      constructor(description?: string);
    }
    class SessionNotFound extends InvalidRequest {}
    class CustomOIDCProviderError extends OIDCProviderError {
      constructor(error: string, description?: string);
    }
  }

  export default Provider;
}
