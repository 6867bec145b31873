import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { EmbeddedPostgresServer } from './embedded-postgres-server';
import { applyMigrations, MigrationError } from './migrations';

const execFileAsync = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
const root = path.resolve(__dirname, '../../..');
const prismaCli = require.resolve('prisma/build/index.js');

async function prisma(args: string[], databaseUrl: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [prismaCli, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('migrations against embedded PostgreSQL', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'lattice-db-'));
  chmodSync(home, 0o755);
  let server: EmbeddedPostgresServer;

  beforeAll(async () => {
    server = new EmbeddedPostgresServer({
      dataDir: path.join(home, 'pg'),
      port: await freePort(),
      password: 'migration-test',
    });
    await server.start();
  }, 60_000);

  afterAll(async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  });

  describe.each(['center', 'node'])('the %s schema', (schema) => {
    const database = `drift_${schema}`;
    const migrationsDir = path.join(root, 'prisma', schema, 'migrations');

    it('applies every migration once, then nothing on the next start', async () => {
      await server.ensureDatabase(database);
      const url = server.connectionUrl(database);
      const first = await applyMigrations(url, migrationsDir);
      expect(first.applied.length).toBeGreaterThan(0);
      const second = await applyMigrations(url, migrationsDir);
      expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
    });

    it('matches schema.prisma exactly (no drift between the schema and its migrations)', async () => {
      const url = server.connectionUrl(database);
      // Replays the migrations into a throw-away shadow database and compares the result with the schema.
      const diff = await prisma(
        [
          'migrate',
          'diff',
          '--config',
          `prisma/${schema}/prisma.config.ts`,
          '--from-migrations',
          `prisma/${schema}/migrations`,
          '--to-schema-datamodel',
          `prisma/${schema}/schema.prisma`,
          '--exit-code',
        ],
        url,
      );
      expect({ code: diff.code, output: diff.code === 0 ? '' : diff.output }).toEqual({
        code: 0,
        output: '',
      });
    }, 60_000);

    it('is recorded the way `prisma migrate status` reads it', async () => {
      const url = server.connectionUrl(database);
      const status = await prisma(
        ['migrate', 'status', '--config', `prisma/${schema}/prisma.config.ts`],
        url,
      );
      expect(status.output).toContain('Database schema is up to date');
      expect(status.code).toBe(0);
    }, 60_000);
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lattice-migrations-'));
    cpSync(path.join(root, 'prisma', 'node', 'migrations'), dir, { recursive: true });
    await server.ensureDatabase('edited');
    const url = server.connectionUrl('edited');
    await applyMigrations(url, dir);
    appendFileSync(path.join(dir, '20261122000000_init', 'migration.sql'), '\n-- edited\n');
    await expect(applyMigrations(url, dir)).rejects.toMatchObject({ code: 'MODIFIED' });
    rmSync(dir, { recursive: true, force: true });
  });

  it('rolls back a failing migration and leaves earlier ones in place', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lattice-migrations-'));
    cpSync(path.join(root, 'prisma', 'node', 'migrations'), dir, { recursive: true });
    const broken = path.join(dir, '20991231000000_broken');
    cpSync(path.join(dir, '20261122000000_init'), broken, { recursive: true });
    writeFileSync(
      path.join(broken, 'migration.sql'),
      'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n',
    );
    await server.ensureDatabase('broken');
    const url = server.connectionUrl('broken');
    const error = await applyMigrations(url, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe('FAILED');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const tables = await client.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    await client.end();
    const names = tables.rows.map((row: { tablename: string }) => row.tablename);
    // Every real migration's tables are there; the broken one's half-made table is not.
    expect(names).toEqual(expect.arrayContaining(['_prisma_migrations', 'center_contacts', 'push_items']));
    expect(names).not.toContain('half_done');
    rmSync(dir, { recursive: true, force: true });
  });
});
