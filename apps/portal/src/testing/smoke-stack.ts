import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { freePort } from './free-port';
import { startServiceProcess, type ServiceProcess } from './service-process';
import { writeSigningKeyFile } from './signing-key-file';
import type { SmokeBuild } from './smoke-build';

/** A running dev-idp and portal server that know each other's URLs. */
export interface SmokeStack {
  readonly devIdp: ServiceProcess;
  readonly portal: ServiceProcess;
  readonly issuerOrigin: string;
  readonly issuerUrl: string;
  readonly portalUrl: string;
  stop(): Promise<void>;
}

/** The services the portal is pointed at: the center, and the nodes whose operators it serves. */
export interface SmokeServices {
  readonly centerUrl: string;
  /** Node id to URL, given to the portal as NODE_URLS. */
  readonly nodeUrls?: Readonly<Record<string, string>>;
}

/**
 * Starts the built dev-idp and portal server on free ports. `services` is asked for the center and nodes
 * the portal should use once the issuer and portal URLs are known (stand-ins need both for their checks).
 */
export async function startSmokeStack(options: {
  root: string;
  build: SmokeBuild;
  workDir: string;
  services: (urls: { issuerUrl: string; portalOrigin: string }) => Promise<SmokeServices>;
  accessTokenTtlSeconds?: number;
}): Promise<SmokeStack> {
  const [idpPort, portalPort] = [await freePort(), await freePort()];
  const issuerOrigin = `http://127.0.0.1:${idpPort}`;
  const issuerUrl = `${issuerOrigin}/realms/lattice`;
  const portalOrigin = `http://127.0.0.1:${portalPort}`;
  const { centerUrl, nodeUrls = {} } = await options.services({ issuerUrl, portalOrigin });
  const signingKeyFile = path.join(options.workDir, `signing-key-${idpPort}.json`);
  writeSigningKeyFile(signingKeyFile);

  const devIdp = startServiceProcess(
    'dev-idp',
    options.build.devIdpMain,
    {
      PORT: String(idpPort),
      HOST: '127.0.0.1',
      PUBLIC_URL: issuerOrigin,
      PORTAL_REDIRECT_URIS: `${portalOrigin}/callback`,
      NODE_A_CLIENT_SECRET: randomBytes(18).toString('base64url'),
      NODE_B_CLIENT_SECRET: randomBytes(18).toString('base64url'),
      SIGNING_KEY_FILE: signingKeyFile,
      ...(options.accessTokenTtlSeconds
        ? { ACCESS_TOKEN_TTL_SECONDS: String(options.accessTokenTtlSeconds) }
        : {}),
    },
    { cwd: options.root },
  );
  const portal = startServiceProcess(
    'portal',
    options.build.portalServerMain,
    {
      PORT: String(portalPort),
      HOST: '127.0.0.1',
      OIDC_ISSUER_URL: issuerUrl,
      CENTER_URL: centerUrl,
      NODE_URLS: Object.entries(nodeUrls)
        .map(([nodeId, url]) => `${nodeId}=${url}`)
        .join(','),
    },
    { cwd: options.root },
  );
  const stop = async () => {
    await Promise.all([portal.stop(), devIdp.stop()]);
  };
  try {
    await devIdp.ready;
    const portalUrl = await portal.ready;
    return { devIdp, portal, issuerOrigin, issuerUrl, portalUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
