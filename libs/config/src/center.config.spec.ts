import { ConfigError, describeConfig } from './define-config';
import { centerConfigSpec, loadCenterConfig } from './center.config';
import { loadNodeConfig } from './node.config';

const validCenterEnv = {
  DATABASE_URL: 'postgresql://lattice:s3cret@127.0.0.1:5433/lattice_center',
  OIDC_ISSUER_URL: 'http://127.0.0.1:8080/realms/lattice/',
  STORAGE_URL_SIGNING_KEY: 'x'.repeat(40),
  PSEUDONYM_KEY_FILE: '/run/secrets/center-pseudonym.key',
};

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.problem}`);
    throw error;
  }
  return [];
}

describe('center configuration', () => {
  it('loads a valid environment with defaults filled in', () => {
    const config = loadCenterConfig(validCenterEnv);
    expect(config.PORT).toBe(3000);
    expect(config.OIDC_ISSUER_URL).toBe('http://127.0.0.1:8080/realms/lattice');
    expect(config.STORAGE_DRIVER).toBe('filesystem');
    expect(config.CORS_ORIGINS).toContain('http://127.0.0.1:5173');
  });

  it.each([
    ['DATABASE_URL', undefined, 'DATABASE_URL: is required but not set'],
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL: must be a postgresql:// connection URL'],
    ['OIDC_ISSUER_URL', undefined, 'OIDC_ISSUER_URL: is required but not set'],
    ['OIDC_ISSUER_URL', 'not a url', 'OIDC_ISSUER_URL: must be an absolute URL'],
    ['PORT', 'eighty', 'PORT: must be a port number'],
    ['PORT', '70000', 'PORT: must be between 1 and 65535'],
    ['STORAGE_DRIVER', 's3', 'STORAGE_DRIVER: must be filesystem or minio'],
    ['STORAGE_URL_SIGNING_KEY', 'short', 'STORAGE_URL_SIGNING_KEY: must be at least 32 characters'],
    ['NODE_OFFLINE_AFTER_SECONDS', '-5', 'NODE_OFFLINE_AFTER_SECONDS: must be positive'],
  ])('names %s when it is %s', (variable, value, expected) => {
    const problems = problemsOf(() => loadCenterConfig({ ...validCenterEnv, [variable]: value }));
    expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
  });

  it('requires a URL signing key for the filesystem store and credentials for MinIO', () => {
    expect(
      problemsOf(() => loadCenterConfig({ ...validCenterEnv, STORAGE_URL_SIGNING_KEY: undefined })),
    ).toEqual(['STORAGE_URL_SIGNING_KEY: is required when STORAGE_DRIVER=filesystem']);
    expect(problemsOf(() => loadCenterConfig({ ...validCenterEnv, STORAGE_DRIVER: 'minio' }))).toEqual([
      'MINIO_ACCESS_KEY: is required when STORAGE_DRIVER=minio',
      'MINIO_SECRET_KEY: is required when STORAGE_DRIVER=minio',
    ]);
  });

  it('never prints a secret or a value in an error', () => {
    const lines = describeConfig(centerConfigSpec, loadCenterConfig(validCenterEnv));
    const printed = lines.join('\n');
    expect(printed).not.toContain('s3cret');
    expect(printed).not.toContain('x'.repeat(40));
    expect(printed).toContain('PORT=3000');
    const error = problemsOf(() =>
      loadCenterConfig({ ...validCenterEnv, PORT: 'secret-looking-value' }),
    ).join();
    expect(error).not.toContain('secret-looking-value');
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(() => loadNodeConfig({}));
    const variables = problems.map((p) => p.split(':')[0]);
    expect(variables).toEqual(
      expect.arrayContaining([
        'NODE_ID',
        'DATABASE_URL',
        'CENTER_URL',
        'OIDC_ISSUER_URL',
        'OIDC_CLIENT_SECRET',
        'NODE_SIGNING_KEY_FILE',
        'PSEUDONYM_KEY_FILE',
        'VAULT_KEY_FILE',
      ]),
    );
  });
});
