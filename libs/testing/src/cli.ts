import { execFile } from 'node:child_process';
import path from 'node:path';
import { WORKSPACE_ROOT } from './workspace';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `lattice` command (bin/lattice.cjs) and collects its output. */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(WORKSPACE_ROOT, 'bin', 'lattice.cjs'), ...args],
      {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, NO_COLOR: '1', ...env },
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** An access token for a demo user, obtained through `lattice token` from the given issuer. */
export async function tokenFor(issuerUrl: string, user: string, password = 'lattice'): Promise<string> {
  const result = await runCli(['token', '--user', user, '--password', password], {
    LATTICE_ISSUER_URL: issuerUrl,
  });
  if (result.code !== 0)
    throw new Error(`lattice token --user ${user} failed (${result.code}): ${result.stderr}`);
  return result.stdout.trim();
}
