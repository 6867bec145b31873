import { spawn, type ChildProcess } from 'node:child_process';

/** A spawned Node service that prints JSON log lines, one of them `{"event":"ready","url":...}`. */
export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Every stdout and stderr line so far, for failure messages. */
  readonly output: string[];
  /** Resolves with the URL of the ready line; rejects if the process exits first or takes too long. */
  readonly ready: Promise<string>;
  /** Sends SIGTERM (SIGKILL after the grace period) and resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/** Starts `node <script>` with the given environment and follows its log lines. */
export function startServiceProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  options: { cwd: string; readyTimeoutMs?: number },
): ServiceProcess {
  const child = spawn(process.execPath, [script], {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} was not ready in time:\n${output.slice(-20).join('\n')}`)),
      options.readyTimeoutMs ?? 30_000,
    );
    const onLine = (line: string) => {
      output.push(line);
      const entry = parseJsonLine(line);
      if (entry?.['event'] === 'ready' && typeof entry['url'] === 'string') {
        clearTimeout(timer);
        resolve(entry['url']);
      }
    };
    followLines(child.stdout, onLine);
    followLines(child.stderr, (line) => output.push(line));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready:\n${output.slice(-20).join('\n')}`));
    });
  });
  // A rejection nobody awaits yet must not crash the test run; callers await `ready` themselves.
  ready.catch(() => undefined);

  return {
    name,
    child,
    output,
    ready,
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(forced);
      return code;
    },
  };
}

function followLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  let pending = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.filter((line) => line.trim() !== '').forEach(onLine);
  });
}

function parseJsonLine(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
