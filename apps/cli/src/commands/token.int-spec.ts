// `lattice token` as users run it: the bundled CLI in a child process against the dev issuer.
import {
  freePort,
  KeycloakTokenVerifier,
  startDevIdp,
  workspaceRoot,
  type DevIdpProcess,
} from '@lattice/auth';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

jest.setTimeout(60_000);

describe('lattice token (bundled CLI)', () => {
  const root = workspaceRoot();
  const outDir = join(root, 'tmp', `cli-token-int-spec-${process.pid}`);
  const entry = join(outDir, 'main.js');
  let idp: DevIdpProcess;
  let verifier: KeycloakTokenVerifier;

  const lattice = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [entry, ...args], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      input: '',
      encoding: 'utf8',
      timeout: 30_000,
    });

  beforeAll(async () => {
    const build = spawnSync(
      process.execPath,
      [join(root, 'tools', 'build-node-app.cjs'), 'cli', '--out', outDir],
      { cwd: root, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stdout}${build.stderr}`);
    idp = await startDevIdp();
    verifier = new KeycloakTokenVerifier({
      issuerUrl: idp.issuerUrl,
      audience: 'lattice-api',
      jwksMinIntervalSeconds: 0,
    });
  }, 180_000);

  afterAll(async () => {
    await idp?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('is listed by lattice --help', () => {
    const help = lattice(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^\s+token\s+Print an access token/m);
  });

  it('works in TOKEN=$(lattice token --user admin --password lattice)', async () => {
    const shell = spawnSync(
      'sh',
      ['-c', 'TOKEN=$("$NODE" "$ENTRY" token --user admin --password lattice) && printf %s "$TOKEN"'],
      {
        env: {
          PATH: process.env['PATH'] ?? '',
          NODE: process.execPath,
          ENTRY: entry,
          LATTICE_ISSUER_URL: idp.issuerUrl,
        },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(shell.status).toBe(0);
    expect(shell.stderr).toBe('');
    expect(shell.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await verifier.verify(shell.stdout)).toMatchObject({
      username: 'admin',
      realmRoles: ['center-admin'],
      clientId: 'lattice-cli',
    });
  });

  it('reads the password from LATTICE_PASSWORD and the issuer port from LATTICE_IDP_PORT', async () => {
    const run = lattice(['token', '--user', 'patient1'], {
      LATTICE_PASSWORD: 'lattice',
      LATTICE_IDP_PORT: new URL(idp.url).port,
    });
    expect(run.status).toBe(0);
    expect(await verifier.verify(run.stdout.trim())).toMatchObject({
      username: 'patient1',
      nationalId: 'A123456780',
    });
  });

  it('exits 1 on a wrong password and on an unreachable issuer, printing nothing on stdout', async () => {
    const wrong = lattice([
      'token',
      '--user',
      'admin',
      '--password',
      'not-the-password',
      '--issuer',
      idp.issuerUrl,
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toBe(
      `lattice token: the issuer at ${idp.issuerUrl} rejected the username or password\n`,
    );

    const deadIssuer = `http://127.0.0.1:${await freePort()}/realms/lattice`;
    const unreachable = lattice([
      'token',
      '--user',
      'admin',
      '--password',
      'lattice',
      '--issuer',
      deadIssuer,
    ]);
    expect(unreachable.status).toBe(1);
    expect(unreachable.stdout).toBe('');
    expect(unreachable.stderr).toBe(`lattice token: cannot reach the issuer at ${deadIssuer}\n`);
  });

  it('exits 2 when no password can be had without a terminal', () => {
    const run = lattice(['token', '--user', 'admin', '--issuer', idp.issuerUrl]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('lattice token: no password: pass --password, set LATTICE_PASSWORD');
  });
});
