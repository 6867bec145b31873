import * as z from 'zod/mini';

const httpUrl = z.url({ protocol: /^https?$/ });

// Node ids as the portal server's NODE_URLS setting accepts them.
const nodeId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/));

const runtimeConfigSchema = z.object({
  issuerUrl: httpUrl,
  clientId: z.string().check(z.minLength(1)),
  centerUrl: httpUrl,
  /** Each hospital node's API as the browser reaches it, for that node's operators. */
  nodeUrls: z.record(nodeId, httpUrl),
});

/** What the portal server tells the browser at /config.json, so ports and hosts change without a rebuild. */
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/** Why the runtime configuration could not be used. */
export type RuntimeConfigErrorCode = 'CONFIG_UNREACHABLE' | 'CONFIG_INVALID';

/** The portal cannot start: its server did not give a usable /config.json. */
export class RuntimeConfigError extends Error {
  constructor(readonly code: RuntimeConfigErrorCode) {
    super(
      code === 'CONFIG_UNREACHABLE'
        ? 'The portal settings could not be fetched'
        : 'The portal settings are malformed',
    );
    this.name = 'RuntimeConfigError';
  }
}

/** Validates a parsed /config.json body; trailing slashes are removed so URLs can be joined safely. */
export function parseRuntimeConfig(body: unknown): RuntimeConfig {
  const result = runtimeConfigSchema.safeParse(body);
  if (!result.success) throw new RuntimeConfigError('CONFIG_INVALID');
  const { issuerUrl, clientId, centerUrl, nodeUrls } = result.data;
  return {
    issuerUrl: withoutTrailingSlash(issuerUrl),
    clientId,
    centerUrl: withoutTrailingSlash(centerUrl),
    nodeUrls: Object.fromEntries(
      Object.entries(nodeUrls).map(([id, url]) => [id, withoutTrailingSlash(url)]),
    ),
  };
}

/** Fetches and validates the runtime configuration from the portal's own server. */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchImpl('/config.json', {
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw new RuntimeConfigError('CONFIG_UNREACHABLE');
  }
  if (!response.ok) throw new RuntimeConfigError('CONFIG_UNREACHABLE');
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new RuntimeConfigError('CONFIG_INVALID');
  }
  return parseRuntimeConfig(body);
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
