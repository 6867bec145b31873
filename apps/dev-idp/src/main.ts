import { ConfigError, loadDevIdpConfig, type DevIdpConfig } from '@lattice/config';
import { format } from 'node:util';
import { createIssuerServer } from './http-server';
import { createIssuer } from './issuer';
import { createJsonLog, type JsonLog } from './json-log';
import { createLoginHandler } from './login-flow';
import { latticeRealm } from './realm';
import { loadOrCreateSigningKey, SigningKeyError } from './signing-key';

function readConfig(): DevIdpConfig {
  try {
    return loadDevIdpConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Libraries print notices with console; turn them into JSON lines like everything else. */
function routeConsoleToLog(log: JsonLog): void {
  const notice = (args: unknown[]) => ({ message: format(...args) });
  console.log = (...args: unknown[]) => log.info('library_notice', notice(args));
  console.info = console.log;
  console.warn = (...args: unknown[]) => log.warn('library_notice', notice(args));
  console.error = console.warn;
}

async function main(): Promise<void> {
  const config = readConfig();
  const log = createJsonLog();
  routeConsoleToLog(log);

  let signingKey;
  try {
    signingKey = loadOrCreateSigningKey(config.SIGNING_KEY_FILE);
  } catch (error) {
    if (error instanceof SigningKeyError) {
      log.error('signing_key_unusable', { code: error.code, message: error.message });
      process.exit(1);
    }
    throw error;
  }
  if (signingKey.created)
    log.info('signing_key_created', { file: config.SIGNING_KEY_FILE, kid: signingKey.jwk.kid });
  if (signingKey.readableByOthers)
    log.warn('signing_key_file_readable_by_others', { file: config.SIGNING_KEY_FILE });

  const issuer = `${config.PUBLIC_URL}/realms/${latticeRealm.name}`;
  const provider = await createIssuer({
    issuer,
    signingKey: signingKey.jwk,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    portalRedirectUris: config.PORTAL_REDIRECT_URIS,
    clientSecrets: { 'node-a': config.NODE_A_CLIENT_SECRET, 'node-b': config.NODE_B_CLIENT_SECRET },
    log,
  });
  const server = createIssuerServer({
    provider,
    realmPath: new URL(issuer).pathname,
    login: createLoginHandler({ provider, log }),
    log,
  });

  server.on('error', (error: NodeJS.ErrnoException) => {
    log.error('listen_failed', { code: error.code, host: config.HOST, port: config.PORT });
    process.exit(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    log.info('ready', { url: config.PUBLIC_URL, issuer, listening: `${config.HOST}:${config.PORT}` });
  });

  const stop = (signal: NodeJS.Signals) => {
    log.info('stopping', { signal });
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `dev-idp: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
