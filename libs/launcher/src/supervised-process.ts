import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { constants } from 'node:os';
import { createInterface } from 'node:readline';

export interface ServiceProcessSpec {
  /** Name in the console and log file, e.g. "center". */
  readonly name: string;
  /** The bundled entry point, run with this Node. */
  readonly entry: string;
  readonly env: Readonly<Record<string, string>>;
  /** Polled until it answers 200. */
  readonly readyUrl: string;
  readonly logFile: string;
  readonly cwd: string;
}

/** One line a service printed, already parsed when it was a JSON log line. */
export interface ServiceLine {
  readonly service: string;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  readonly json: Record<string, unknown> | null;
}

const STOP_GRACE_MS = 10_000;
const RECENT_LINES = 20;

/**
 * A platform service run as a child process: its output goes to its log file and to the console
 * sink, readiness is polled over HTTP, and an exit nobody asked for is reported with its last lines.
 */
export class SupervisedProcess {
  private child: ChildProcess | null = null;
  private log: WriteStream | null = null;
  private stopping = false;
  private readonly recent: string[] = [];
  private exitPromise: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly spec: ServiceProcessSpec,
    private readonly onLine: (line: ServiceLine) => void,
    private readonly onUnexpectedExit: (
      service: string,
      code: number | null,
      recentLines: readonly string[],
    ) => void,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    this.log = createWriteStream(this.spec.logFile, { flags: 'a', mode: 0o600 });
    const child = spawn(process.execPath, ['--enable-source-maps', this.spec.entry], {
      cwd: this.spec.cwd,
      env: this.spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: Ctrl-C reaches only the launcher, which stops services in order.
      detached: true,
    });
    this.child = child;
    this.exitPromise = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.log?.end();
        // A signal death reads like a shell's exit status: 128 + the signal number (SIGKILL: 137).
        const status = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : null);
        if (!this.stopping) this.onUnexpectedExit(this.spec.name, status, [...this.recent]);
        resolve(code);
      });
    });
    this.pipe(child.stdout, 'stdout');
    this.pipe(child.stderr, 'stderr');
  }

  private pipe(stream: NodeJS.ReadableStream | null, kind: 'stdout' | 'stderr'): void {
    if (!stream) return;
    createInterface({ input: stream }).on('line', (text) => {
      this.log?.write(`${text}\n`);
      this.recent.push(text);
      if (this.recent.length > RECENT_LINES) this.recent.shift();
      let json: Record<string, unknown> | null = null;
      if (text.startsWith('{')) {
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          json = null;
        }
      }
      this.onLine({ service: this.spec.name, stream: kind, text, json });
    });
  }

  /** Resolves once the service answers its readiness URL; rejects if it exits or times out first. */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exitPromise.then(() => {
      exited = true;
    });
    while (Date.now() < deadline) {
      if (exited || !this.running) throw new Error(`${this.spec.name} exited before it was ready`);
      try {
        const response = await fetch(this.spec.readyUrl, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(
      `${this.spec.name} was not ready within ${Math.round(timeoutMs / 1000)} s (see ${this.spec.logFile})`,
    );
  }

  /** Kills at once (a forced exit); the process cannot clean up. */
  kill(): void {
    this.stopping = true;
    if (this.child && this.running) this.child.kill('SIGKILL');
  }

  /** SIGTERM, then SIGKILL after a grace period; resolves when the process is gone. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || !this.running) return;
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exitPromise;
    clearTimeout(forced);
  }
}
