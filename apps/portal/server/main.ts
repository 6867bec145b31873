import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ConfigError, loadPortalConfig, type PortalConfig } from '@lattice/config';
import { browserConfigOf } from './browser-config';
import { jsonLineLogger as log } from './log';
import { createPortalServer } from './portal-server';

// The bundle lives in dist/apps/portal/server/ and the Vite build beside it in dist/apps/portal/public/.
const publicDir = path.resolve(__dirname, '..', 'public');

function readConfig(): PortalConfig {
  try {
    return loadPortalConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function main(): void {
  const config = readConfig();
  if (!existsSync(path.join(publicDir, 'index.html'))) {
    log({ event: 'assets_missing', level: 'error', publicDir });
    process.exit(1);
  }
  const server = createPortalServer({ publicDir, browserConfig: browserConfigOf(config), log });

  server.on('error', (error: NodeJS.ErrnoException) => {
    log({
      event: 'listen_failed',
      level: 'error',
      code: error.code ?? 'unknown',
      port: config.PORT,
      host: config.HOST,
    });
    process.exit(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    const { port } = server.address() as AddressInfo;
    log({ event: 'ready', url: `http://${urlHost(config.HOST)}:${port}` });
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log({ event: 'stopping', signal });
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Requests still running get a moment to finish; then the connections are cut.
    setTimeout(() => server.closeAllConnections(), 3000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
