import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, from apps/cli/src/deid/spec-support. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../../..');

/** What a command printed and how it ended. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The CLI built the way the benchmark builds it: main.js, the dedicated worker bundle beside it, and the
 * phantom generator (the CLI's tests may not import the testing library). Built into the ignored tmp/ folder.
 */
export class CliBundle {
  readonly folder: string;

  constructor(name: string) {
    this.folder = join(WORKSPACE_ROOT, 'tmp', `${name}-${process.pid}`);
  }

  build(): void {
    const result = spawnSync(
      process.execPath,
      [
        join(WORKSPACE_ROOT, 'tools', 'build-node-app.cjs'),
        'cli',
        '--out',
        this.folder,
        'deid-worker=apps/cli/src/deid/deid-worker-main.ts',
        'phantom-study=libs/testing/src/phantoms/phantom-study-script.ts',
      ],
      { cwd: WORKSPACE_ROOT, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`building the CLI failed:\n${result.stdout}\n${result.stderr}`);
  }

  /** A copy of main.js alone, without the worker bundle: its threads run main.js itself. */
  withoutWorkerBundle(): string {
    const folder = join(this.folder, 'main-only');
    mkdirSync(folder, { recursive: true });
    // main.js and the chunks its commands load from, without deid-worker.js.
    for (const name of readdirSync(this.folder)) {
      if (name.endsWith('.js') && !name.startsWith('deid-worker')) {
        copyFileSync(join(this.folder, name), join(folder, name));
      }
    }
    return join(folder, 'main.js');
  }

  remove(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }

  /** Runs `lattice <args>` and collects its output. */
  run(args: readonly string[], options: { cwd?: string; main?: string } = {}): Promise<CliRun> {
    return runNode([options.main ?? join(this.folder, 'main.js'), ...args], options.cwd);
  }

  /** Starts `lattice <args>` without waiting, for tests that signal it. */
  start(args: readonly string[]): ChildProcess {
    return spawn(process.execPath, [join(this.folder, 'main.js'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Writes a synthetic study with the phantom generator; returns what it printed (JSON). */
  async phantoms(folder: string, ...args: string[]): Promise<PhantomOutput> {
    const result = await runNode([join(this.folder, 'phantom-study.js'), folder, ...args]);
    if (result.code !== 0) throw new Error(`phantom generator failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as PhantomOutput;
  }
}

/** The phantom generator's JSON output (libs/testing/src/phantoms/phantom-study-script.ts). */
export interface PhantomOutput {
  readonly files: number;
  readonly studies: readonly {
    readonly studyInstanceUid: string;
    readonly vendor: string;
    readonly patientId: string;
    readonly planted: readonly { readonly kind: string; readonly value: string; readonly where: string }[];
  }[];
}

function runNode(args: readonly string[], cwd?: string): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...args],
      { cwd: cwd ?? WORKSPACE_ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
