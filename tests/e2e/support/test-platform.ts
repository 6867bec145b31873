import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLauncherConfig } from '@lattice/config';
import {
  startPlatform,
  type PlatformOutput,
  type RunningPlatform,
  type ServiceLine,
} from '@lattice/launcher';
import { freePorts, WORKSPACE_ROOT } from '@lattice/testing';

export interface TestPlatform extends RunningPlatform {
  /** Every line the services printed, for assertions about logs. */
  readonly lines: ServiceLine[];
  /** Services that stopped without being asked. */
  readonly crashes: { service: string; code: number | null }[];
  /** The launcher settings it was started with, to start it again on the same data. */
  readonly env: Record<string, string>;
  /** Stops the platform and removes its data folder. */
  destroy(): Promise<void>;
}

/**
 * Starts the whole embedded platform exactly as `npm start` does (same launcher), on free ports and a
 * fresh data folder. The bundles must be built first (`npm test` builds them).
 */
export async function startTestPlatform(
  options: { home?: string; env?: Record<string, string> } = {},
): Promise<TestPlatform> {
  const home = options.home ?? mkdtempSync(path.join(tmpdir(), 'lattice-platform-'));
  // The embedded PostgreSQL runs as `postgres` when tests run as root; it must reach this folder.
  chmodSync(home, 0o755);
  const [idp, center, nodeA, nodeB, portal, postgres, dicomA, dicomB] = await freePorts(8);
  const env: Record<string, string> = {
    LATTICE_HOME: home,
    LATTICE_IDP_PORT: String(idp),
    LATTICE_CENTER_PORT: String(center),
    LATTICE_NODE_A_PORT: String(nodeA),
    LATTICE_NODE_B_PORT: String(nodeB),
    LATTICE_PORTAL_PORT: String(portal),
    LATTICE_POSTGRES_PORT: String(postgres),
    LATTICE_NODE_A_DICOM_PORT: String(dicomA),
    LATTICE_NODE_B_DICOM_PORT: String(dicomB),
    // Tests start with empty nodes unless they ask for the demo data.
    LATTICE_DEMO_DATA: 'false',
    ...options.env,
  };
  const lines: ServiceLine[] = [];
  const crashes: { service: string; code: number | null }[] = [];
  const output: PlatformOutput = {
    status: () => undefined,
    serviceLine: (line) => lines.push(line),
    crash: (service, code) => crashes.push({ service, code }),
  };
  const platform = await startPlatform({ config: loadLauncherConfig(env), root: WORKSPACE_ROOT, output });
  return {
    ...platform,
    lines,
    crashes,
    env,
    async destroy() {
      await platform.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
