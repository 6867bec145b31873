import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/** Where the test Orthanc is installed (Debian's orthanc package). */
export const ORTHANC_BINARY = '/usr/sbin/Orthanc';

/** A DICOM peer Orthanc knows by name: [AE title, host, port]. */
export type OrthancModality = readonly [string, string, number];

/** An Orthanc running on loopback with its own storage and ports. */
export interface TestOrthanc {
  readonly httpUrl: string;
  readonly dicomPort: number;
  readonly aeTitle: string;
  stop(): Promise<void>;
}

/** How the test Orthanc is started. */
export interface StartOrthancOptions {
  readonly modalities?: Readonly<Record<string, OrthancModality>>;
  /** DCMTK's Nagle switch: TCP_NODELAY=1 makes Orthanc answer each C-STORE without waiting for an ACK. */
  readonly noDelay?: boolean;
}

/** True when Orthanc is installed on this machine. */
export function orthancInstalled(): boolean {
  return existsSync(ORTHANC_BINARY);
}

/** Starts Orthanc with a temporary configuration and waits until its REST API answers. */
export async function startOrthanc(options: StartOrthancOptions = {}): Promise<TestOrthanc> {
  const home = mkdtempSync(path.join(tmpdir(), 'lattice-orthanc-'));
  const httpPort = await freePort();
  const dicomPort = await freePort();
  const config = {
    Name: 'lattice-test-pacs',
    StorageDirectory: path.join(home, 'storage'),
    IndexDirectory: path.join(home, 'storage'),
    DicomAet: 'ORTHANC',
    DicomPort: dicomPort,
    HttpPort: httpPort,
    RemoteAccessAllowed: false,
    AuthenticationEnabled: false,
    Plugins: [],
    DicomModalities: options.modalities ?? {},
    DicomCheckCalledAet: true,
  };
  const configFile = path.join(home, 'orthanc.json');
  writeFileSync(configFile, JSON.stringify(config));
  const child: ChildProcess = spawn(ORTHANC_BINARY, [configFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...(options.noDelay ? { TCP_NODELAY: '1' } : {}) },
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-8000)));
  const httpUrl = `http://127.0.0.1:${httpPort}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${httpUrl}/system`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
      throw new Error(`Orthanc did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    httpUrl,
    dicomPort,
    aeTitle: 'ORTHANC',
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(forced);
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
