import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  ConfigError,
  centerConfigSpec,
  loadCenterConfig,
  loadNodeConfig,
  loadPortalConfig,
  nodeConfigSpec,
  portalConfigSpec,
  type ConfigSpec,
} from '@lattice/config';

const root = path.resolve(__dirname, '../..');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  volumes?: string[];
  secrets?: { source: string; target: string }[];
  ports?: string[];
  depends_on?: Record<string, unknown> | string[];
}

const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
};

// What `docker compose` does with ${NAME:-default} and ${NAME:?error}: the .env.example values stand in for .env.
const exampleEnv = Object.fromEntries(
  readFileSync(path.join(root, '.env.example'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

function interpolate(value: string): string {
  return value.replace(
    /\$\{([A-Z0-9_]+)(?::?([-?])([^}]*))?\}/g,
    (_match, name: string, kind?: string, rest?: string) => {
      const provided = exampleEnv[name];
      if (provided !== undefined) return provided;
      if (kind === '-') return rest ?? '';
      throw new Error(`docker-compose.yml uses \${${name}} but .env.example does not define it`);
    },
  );
}

function environmentOf(service: string): Record<string, string> {
  const environment = compose.services[service]?.environment;
  if (!environment) throw new Error(`service ${service} has no environment`);
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [key, interpolate(String(value))]),
  );
}

const servicesWithConfig: [string, ConfigSpec, (env: Record<string, string>) => unknown][] = [
  ['center', centerConfigSpec, loadCenterConfig],
  ['node-a', nodeConfigSpec, loadNodeConfig],
  ['node-b', nodeConfigSpec, loadNodeConfig],
  ['portal', portalConfigSpec, loadPortalConfig],
];

describe('docker-compose.yml', () => {
  it('runs every part of the platform', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'center',
      'keycloak',
      'minio',
      'node-a',
      'node-b',
      'portal',
      'postgres',
    ]);
  });

  it.each(servicesWithConfig)('gives %s an environment its config schema accepts', (service, _spec, load) => {
    const env = environmentOf(service);
    let problems = '';
    try {
      load(env);
    } catch (error) {
      problems = error instanceof ConfigError ? error.message : String(error);
    }
    expect(problems).toBe('');
  });

  it.each(servicesWithConfig)('sets no variable %s does not read', (service, spec) => {
    const unknown = Object.keys(environmentOf(service)).filter((variable) => !(variable in spec));
    expect(unknown).toEqual([]);
  });

  it('points the services at the containers that run their dependencies', () => {
    const center = environmentOf('center');
    expect(new URL(center.DATABASE_URL ?? '').host).toBe('postgres:5432');
    expect(center.STORAGE_DRIVER).toBe('minio');
    expect(center.OIDC_ISSUER_URL).toBe(`${environmentOf('keycloak').KC_HOSTNAME}/realms/lattice`);
    for (const node of ['node-a', 'node-b']) {
      const env = environmentOf(node);
      expect(env.CENTER_URL).toBe('http://center:3000');
      expect(env.NODE_ID).toBe(node);
      expect(new URL(env.DATABASE_URL ?? '').pathname).toBe(`/lattice_${node.replace('-', '_')}`);
      expect(env.OIDC_CLIENT_SECRET).toBe(
        environmentOf('keycloak')[`${node.toUpperCase().replace('-', '_')}_CLIENT_SECRET`],
      );
    }
  });

  it('builds every service from a Dockerfile in the repository', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.image) continue;
      expect({ name, dockerfile: existsSync(path.join(root, service.build?.dockerfile ?? '')) }).toEqual({
        name,
        dockerfile: true,
      });
      if (service.build?.args?.APP)
        expect(existsSync(path.join(root, 'apps', service.build.args.APP, 'src', 'main.ts'))).toBe(true);
    }
  });

  it('imports the Lattice realm into Keycloak and creates one database per service', () => {
    expect(compose.services.keycloak?.volumes).toContain('./deploy/keycloak:/opt/keycloak/data/import:ro');
    expect(existsSync(path.join(root, 'deploy', 'keycloak', 'lattice-realm.json'))).toBe(true);
    const initSql = readFileSync(path.join(root, 'deploy', 'postgres', 'create-databases.sql'), 'utf8');
    for (const database of ['lattice_center', 'lattice_node_a', 'lattice_node_b'])
      expect(initSql).toContain(`CREATE DATABASE ${database};`);
  });

  it("mounts each node's own signing key", () => {
    for (const node of ['node-a', 'node-b']) {
      const mounted = compose.services[node]?.secrets?.[0];
      expect(mounted?.target).toBe('node-signing-key');
      expect(compose.secrets[mounted?.source ?? '']?.file).toBe(`./deploy/secrets/${node}-signing.key`);
    }
  });
});
