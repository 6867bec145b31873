import { discoverTokenEndpoint, requestToken, type FetchFn } from './token-endpoint';

/** A confidential client's credentials and where to use them. */
export interface ClientCredentialsOptions {
  /** Realm URL, e.g. http://127.0.0.1:8080/realms/lattice. */
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Renew this many seconds before the token expires (default 30). */
  refreshBeforeExpirySeconds?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  fetch?: FetchFn;
}

interface CachedToken {
  value: string;
  renewAt: number;
}

/**
 * Access tokens for a service account (client credentials grant). A token is reused until
 * shortly before it expires, and concurrent callers share one request to the issuer.
 */
export class ClientCredentialsTokenSource {
  private readonly issuer: string;
  private readonly now: () => number;
  private readonly refreshBeforeExpiryMs: number;
  private cached: CachedToken | undefined;
  private pending: Promise<string> | undefined;
  private tokenEndpoint: Promise<string> | undefined;

  constructor(private readonly options: ClientCredentialsOptions) {
    this.issuer = options.issuerUrl.replace(/\/+$/, '');
    this.now = options.now ?? Date.now;
    this.refreshBeforeExpiryMs = (options.refreshBeforeExpirySeconds ?? 30) * 1000;
  }

  /** A valid access token, fetched only when none is cached or the cached one is about to expire. */
  getAccessToken(): Promise<string> {
    if (this.cached && this.now() < this.cached.renewAt) return Promise.resolve(this.cached.value);
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forgets the cached token, e.g. after a service answered 401 to it. */
  invalidate(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const { clientId, clientSecret } = this.options;
    const endpoint = await this.discover();
    const requestedAt = this.now();
    // RFC 6749 §2.3.1: id and secret are form-encoded before Basic encoding.
    const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString(
      'base64',
    );
    const token = await requestToken(endpoint, new URLSearchParams({ grant_type: 'client_credentials' }), {
      issuer: this.issuer,
      credentialsMessage: `the issuer at ${this.issuer} rejected the credentials of client ${clientId}`,
      headers: { Authorization: `Basic ${basic}` },
      ...(this.options.fetch ? { fetchFn: this.options.fetch } : {}),
    });
    const lifetimeMs = token.expiresIn * 1000;
    // A very short-lived token is still used once rather than renewed in a loop.
    const renewAt = requestedAt + Math.max(lifetimeMs - this.refreshBeforeExpiryMs, lifetimeMs / 2);
    this.cached = { value: token.accessToken, renewAt };
    return token.accessToken;
  }

  private discover(): Promise<string> {
    this.tokenEndpoint ??= discoverTokenEndpoint(this.issuer, this.options.fetch).catch((error: unknown) => {
      this.tokenEndpoint = undefined;
      throw error;
    });
    return this.tokenEndpoint;
  }
}
