import type { RealmClient } from './realm';

/** Client settings that come from configuration rather than the realm definition. */
export interface ClientSettings {
  /** Redirect URIs per client id, for clients of the authorization code grant. */
  redirectUris: Readonly<Record<string, readonly string[]>>;
  /** Secrets per client id, for confidential clients. */
  secrets: Readonly<Record<string, string>>;
}

/** Client metadata in the form oidc-provider reads (RFC 7591 names). */
export interface ProviderClientMetadata {
  client_id: string;
  client_name: string;
  client_secret?: string;
  token_endpoint_auth_method: 'none' | 'client_secret_basic';
  grant_types: string[];
  response_types: string[];
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
}

/** A client the configuration cannot complete (missing secret or redirect URI). */
export class ClientSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClientSettingsError';
  }
}

/** Turns the realm's clients plus configured secrets and redirects into oidc-provider clients. */
export function providerClients(
  clients: readonly RealmClient[],
  settings: ClientSettings,
): ProviderClientMetadata[] {
  return clients.map((client) => {
    const usesCodeFlow = client.grants.includes('authorization_code');
    const redirectUris = usesCodeFlow ? [...(settings.redirectUris[client.clientId] ?? [])] : [];
    if (usesCodeFlow && redirectUris.length === 0) {
      throw new ClientSettingsError(`client ${client.clientId} needs at least one redirect URI`);
    }
    const metadata: ProviderClientMetadata = {
      client_id: client.clientId,
      client_name: client.name,
      token_endpoint_auth_method: client.access === 'public' ? 'none' : 'client_secret_basic',
      grant_types: [...client.grants],
      response_types: usesCodeFlow ? ['code'] : [],
      redirect_uris: redirectUris,
    };
    if (usesCodeFlow) metadata.post_logout_redirect_uris = postLogoutRedirectUris(redirectUris);
    if (client.access === 'confidential') {
      const secret = settings.secrets[client.clientId];
      if (!secret) throw new ClientSettingsError(`client ${client.clientId} needs a client secret`);
      metadata.client_secret = secret;
    }
    return metadata;
  });
}

/** After sign-out a client may return to the origin of any of its redirect URIs, with or without "/". */
export function postLogoutRedirectUris(redirectUris: readonly string[]): string[] {
  const origins = new Set(redirectUris.map((uri) => new URL(uri).origin));
  return [...origins].flatMap((origin) => [origin, `${origin}/`]);
}
