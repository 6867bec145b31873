import 'reflect-metadata';
import path from 'node:path';
import { centerConfigSpec, ConfigError, describeConfig, loadCenterConfig } from '@lattice/config';
import { applyMigrations } from '@lattice/database';
import { JsonLogger, mountSignedObjectRoute, startHttpService } from '@lattice/server-kit';
import { mapCenterError } from './center-errors';
import { CenterModule } from './center.module';

// The bundle runs from dist/apps/center; migrations ship beside it in the repository layout.
const MIGRATIONS_DIR = path.resolve(__dirname, '../../../prisma/center/migrations');

async function main(): Promise<void> {
  let config;
  try {
    config = loadCenterConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger('center', config.LOG_LEVEL);
  logger.event('info', 'starting', { config: describeConfig(centerConfigSpec, config) });
  const migrations = await applyMigrations(config.DATABASE_URL, MIGRATIONS_DIR);
  logger.event('info', 'migrations.applied', {
    applied: migrations.applied,
    alreadyApplied: migrations.alreadyApplied,
  });
  await startHttpService({
    name: 'center',
    module: CenterModule.register(config, logger),
    host: config.HOST,
    port: config.PORT,
    logger,
    corsOrigins: config.CORS_ORIGINS,
    mapDomainError: mapCenterError,
    openApi: {
      title: 'Lattice national center',
      description: 'Node registry, catalog and research services of the national imaging data center.',
      version: '0.1.0',
    },
    configure: (app) => mountSignedObjectRoute(app),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `center: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
