import { z } from 'zod';
import { defineConfig, loadConfig, type ConfigOf } from './define-config';
import { boolean, port, postgresUrl } from './variables';

/** Settings of `npm start` / `lattice start`, the embedded platform on one machine. */
export const launcherConfigSpec = defineConfig({
  LATTICE_HOME: {
    schema: z.string().default('.lattice'),
    description: "Folder for the embedded platform's data: database, objects, keys, logs.",
  },
  LATTICE_IDP_PORT: { schema: port(8080), description: 'Port of the development identity provider.' },
  LATTICE_CENTER_PORT: { schema: port(3000), description: 'Port of the center API.' },
  LATTICE_NODE_A_PORT: { schema: port(3101), description: "Port of node-a's API." },
  LATTICE_NODE_B_PORT: { schema: port(3102), description: "Port of node-b's API." },
  LATTICE_PORTAL_PORT: { schema: port(5173), description: 'Port of the portal.' },
  LATTICE_POSTGRES_PORT: {
    schema: port(54329),
    description: 'Port of the embedded PostgreSQL (when no DATABASE_URL is set).',
  },
  LATTICE_NODE_A_DICOM_PORT: { schema: port(11112), description: 'DICOM (DIMSE) port reserved for node-a.' },
  LATTICE_NODE_B_DICOM_PORT: { schema: port(11113), description: 'DICOM (DIMSE) port reserved for node-b.' },
  LATTICE_DEMO_DATA: {
    schema: boolean(true),
    description:
      'Send each node synthetic CT studies once, through its own DICOM listener, so the center has data to show.',
  },
  DATABASE_URL: {
    schema: postgresUrl().optional(),
    description:
      'Use this PostgreSQL server instead of the embedded one; each service gets its own database (<name>_center, <name>_node_a, <name>_node_b).',
    sensitive: true,
  },
  CENTER_DATABASE_URL: {
    schema: postgresUrl().optional(),
    description: 'Exact database for the center (overrides DATABASE_URL).',
    sensitive: true,
  },
  NODE_A_DATABASE_URL: {
    schema: postgresUrl().optional(),
    description: 'Exact database for node-a (overrides DATABASE_URL).',
    sensitive: true,
  },
  NODE_B_DATABASE_URL: {
    schema: postgresUrl().optional(),
    description: 'Exact database for node-b (overrides DATABASE_URL).',
    sensitive: true,
  },
});

export type LauncherConfig = ConfigOf<typeof launcherConfigSpec>;

export function loadLauncherConfig(env: Record<string, string | undefined> = process.env): LauncherConfig {
  return loadConfig('lattice start', launcherConfigSpec, env, [
    (config) => {
      const ports = Object.entries(config).filter(([name]) => name.endsWith('_PORT'));
      const seen = new Map<unknown, string>();
      const problems: { variable: string; problem: string }[] = [];
      for (const [name, value] of ports) {
        const other = seen.get(value);
        if (other) problems.push({ variable: name, problem: `uses the same port as ${other}` });
        seen.set(value, name);
      }
      return problems;
    },
  ]);
}
