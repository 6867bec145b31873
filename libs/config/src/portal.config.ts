import { defineConfig, loadConfig, type ConfigOf } from './define-config';
import { host, httpUrl, port } from './variables';

/** Settings of the portal's web server; the browser receives the URLs as /config.json. */
export const portalConfigSpec = defineConfig({
  PORT: { schema: port(5173), description: 'HTTP port of the portal.' },
  HOST: { schema: host(), description: 'Interface the portal listens on.' },
  OIDC_ISSUER_URL: { schema: httpUrl(), description: 'Keycloak realm URL the browser signs in with.' },
  CENTER_URL: { schema: httpUrl(), description: 'URL of the center API, as the browser reaches it.' },
});

export type PortalConfig = ConfigOf<typeof portalConfigSpec>;

export function loadPortalConfig(env: Record<string, string | undefined> = process.env): PortalConfig {
  return loadConfig('portal', portalConfigSpec, env);
}
