import type { PortalConfig } from '@lattice/config';

/** The OpenID Connect client the portal signs in as (public, authorization code + PKCE). */
export const portalClientId = 'lattice-portal';

/** The settings the browser reads from /config.json; nothing secret may ever be added here. */
export interface BrowserConfig {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly centerUrl: string;
  /** Each hospital node's API by node id, for that node's operators (`NODE_URLS`). */
  readonly nodeUrls: Readonly<Record<string, string>>;
}

/** Derives the browser's runtime settings from the server's validated configuration. */
export function browserConfigOf(
  config: Pick<PortalConfig, 'OIDC_ISSUER_URL' | 'CENTER_URL' | 'NODE_URLS'>,
): BrowserConfig {
  return {
    issuerUrl: config.OIDC_ISSUER_URL,
    clientId: portalClientId,
    centerUrl: config.CENTER_URL,
    nodeUrls: { ...config.NODE_URLS },
  };
}
