import { execFile } from 'node:child_process';

/** What a command-line tool printed and how it ended. */
export interface ToolRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a DCMTK tool (storescu, echoscu, dcmdump) to completion; never throws. */
export function runTool(command: string, args: readonly string[], timeoutMs = 120_000): Promise<ToolRun> {
  return new Promise((resolve) => {
    execFile(
      command,
      [...args],
      { timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** True when the DCMTK tools are installed on this machine. */
export async function dcmtkAvailable(): Promise<boolean> {
  return (await runTool('storescu', ['--version'], 10_000)).code === 0;
}
