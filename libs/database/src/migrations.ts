import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface MigrationFile {
  readonly name: string;
  readonly sql: string;
  /** SHA-256 of the script, as Prisma records it. */
  readonly checksum: string;
}

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly alreadyApplied: number;
}

/** Why migrating stopped; the database is left as it was before the failing migration. */
export class MigrationError extends Error {
  constructor(
    readonly code: 'MISSING_FOLDER' | 'MODIFIED' | 'UNKNOWN_APPLIED' | 'FAILED' | 'PREVIOUSLY_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

// Prisma's own advisory lock key, so a `prisma migrate` run and a service start never migrate at once.
const PRISMA_MIGRATE_LOCK = 72707369;

/** Reads `<dir>/<timestamp_name>/migration.sql` folders in order. */
export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError('MISSING_FOLDER', `migrations folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies pending migrations at start-up, each in its own transaction, recording them in Prisma's
 * `_prisma_migrations` table so `prisma migrate status` agrees. Refuses to start when an applied
 * migration was edited afterwards or is missing from the folder: the schema would no longer be
 * what the code expects.
 */
export async function applyMigrations(
  connectionString: string,
  migrationsDir: string,
): Promise<MigrationReport> {
  const migrations = readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL');
    const known = new Map(migrations.map((migration) => [migration.name, migration]));
    for (const row of rows) {
      const file = known.get(row.migration_name);
      if (!file) {
        throw new MigrationError(
          'UNKNOWN_APPLIED',
          `applied migration ${row.migration_name} is not in ${migrationsDir}`,
        );
      }
      if (row.finished_at === null) {
        throw new MigrationError(
          'PREVIOUSLY_FAILED',
          `migration ${row.migration_name} failed earlier; resolve it before starting`,
        );
      }
      if (row.checksum !== file.checksum) {
        throw new MigrationError(
          'MODIFIED',
          `migration ${row.migration_name} was modified after it was applied`,
        );
      }
    }
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError('FAILED', `migration ${migration.name} failed: ${reason}`);
      }
    }
    return { applied: pending.map((migration) => migration.name), alreadyApplied: rows.length };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]).catch(() => undefined);
    await client.end();
  }
}
