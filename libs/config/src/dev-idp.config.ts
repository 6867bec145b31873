import { z } from 'zod';
import { defineConfig, loadConfig, type ConfigOf } from './define-config';
import { filePath, host, httpUrl, list, port, positiveInt } from './variables';

/** Settings of the development OpenID Connect issuer (never used in production: Keycloak is). */
export const devIdpConfigSpec = defineConfig({
  PORT: { schema: port(8080), description: 'HTTP port of the issuer.' },
  HOST: { schema: host(), description: 'Interface the issuer listens on.' },
  PUBLIC_URL: {
    schema: httpUrl().default('http://127.0.0.1:8080'),
    description: 'Base URL clients use; the issuer is PUBLIC_URL/realms/lattice.',
  },
  PORTAL_REDIRECT_URIS: {
    schema: list(['http://127.0.0.1:5173/callback', 'http://localhost:5173/callback']),
    description: 'Redirect URIs registered for the lattice-portal client.',
  },
  NODE_A_CLIENT_SECRET: {
    schema: z.string().min(16, 'must be at least 16 characters'),
    description: 'Client secret of the node-a service account.',
    sensitive: true,
  },
  NODE_B_CLIENT_SECRET: {
    schema: z.string().min(16, 'must be at least 16 characters'),
    description: 'Client secret of the node-b service account.',
    sensitive: true,
  },
  SIGNING_KEY_FILE: {
    schema: filePath(),
    description:
      'Where the issuer keeps its RS256 signing key (created on first start), so tokens survive restarts.',
  },
  ACCESS_TOKEN_TTL_SECONDS: { schema: positiveInt(300), description: 'Lifetime of access tokens.' },
});

export type DevIdpConfig = ConfigOf<typeof devIdpConfigSpec>;

export function loadDevIdpConfig(env: Record<string, string | undefined> = process.env): DevIdpConfig {
  return loadConfig('dev-idp', devIdpConfigSpec, env);
}
