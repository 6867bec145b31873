import { z } from 'zod';
import { defineConfig, loadConfig, type ConfigOf } from './define-config';
import { host, httpUrl, port } from './variables';

/** Settings of the portal's web server; the browser receives the URLs as /config.json. */
export const portalConfigSpec = defineConfig({
  PORT: { schema: port(5173), description: 'HTTP port of the portal.' },
  HOST: { schema: host(), description: 'Interface the portal listens on.' },
  OIDC_ISSUER_URL: { schema: httpUrl(), description: 'Keycloak realm URL the browser signs in with.' },
  CENTER_URL: { schema: httpUrl(), description: 'URL of the center API, as the browser reaches it.' },
  NODE_URLS: {
    schema: z
      .string()
      .default('')
      .transform((value, context) => {
        const urls: Record<string, string> = {};
        for (const entry of value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)) {
          const match = /^([a-z0-9][a-z0-9-]{1,62})=(https?:\/\/\S+)$/.exec(entry);
          if (!match) {
            context.addIssue({
              code: 'custom',
              message: 'must be a comma-separated list of node-id=URL, e.g. node-a=http://127.0.0.1:3101',
            });
            return z.NEVER;
          }
          urls[match[1] as string] = (match[2] as string).replace(/\/+$/, '');
        }
        return urls;
      }),
    description:
      'Node APIs the browser reaches for node operators, as node-id=URL pairs separated by commas.',
  },
});

export type PortalConfig = ConfigOf<typeof portalConfigSpec>;

export function loadPortalConfig(env: Record<string, string | undefined> = process.env): PortalConfig {
  return loadConfig('portal', portalConfigSpec, env);
}
