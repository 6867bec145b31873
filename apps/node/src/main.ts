import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, describeConfig, loadNodeConfig, nodeConfigSpec } from '@lattice/config';
import { applyMigrations } from '@lattice/database';
import { JsonLogger, mountSignedObjectRoute, startHttpService } from '@lattice/server-kit';
import { NodeModule } from './node.module';

// The bundle runs from dist/apps/node; migrations ship beside it in the repository layout.
const MIGRATIONS_DIR = path.resolve(__dirname, '../../../prisma/node/migrations');

async function main(): Promise<void> {
  let config;
  try {
    config = loadNodeConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.NODE_ID, config.LOG_LEVEL);
  logger.event('info', 'starting', { config: describeConfig(nodeConfigSpec, config) });
  const migrations = await applyMigrations(config.DATABASE_URL, MIGRATIONS_DIR);
  logger.event('info', 'migrations.applied', {
    applied: migrations.applied,
    alreadyApplied: migrations.alreadyApplied,
  });
  await startHttpService({
    name: config.NODE_ID,
    module: NodeModule.register(config, logger),
    host: config.HOST,
    port: config.PORT,
    logger,
    openApi: {
      title: `Lattice hospital node ${config.NODE_ID}`,
      description:
        'De-identifying ingest, the vault and the link to the national center, inside one hospital.',
      version: '0.1.0',
    },
    configure: (app) => mountSignedObjectRoute(app),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`node: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
