import { execFile, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parsePublicKey, readSecretKeyFile, readSigningKeyFile } from '@lattice/keys';

// The CLI is built into the workspace's ignored tmp/ folder, so its bundle resolves node_modules
// from the repository, without touching dist/ that other runs may be using.
const workspaceRoot = resolve(__dirname, '../../../..');
const bundleDir = join(workspaceRoot, 'tmp', `cli-keys-spec-${process.pid}`);
let folder: string;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function lattice(...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(bundleDir, 'main.js'), ...args],
      { cwd: folder },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

function printed(output: string, label: string): string {
  const match = new RegExp(`^${label}: (\\S+)$`, 'm').exec(output);
  if (!match?.[1]) throw new Error(`no "${label}:" line in: ${output}`);
  return match[1];
}

beforeAll(() => {
  const build = spawnSync(
    process.execPath,
    [join(workspaceRoot, 'tools', 'build-node-app.cjs'), 'cli', '--out', bundleDir],
    {
      cwd: workspaceRoot,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);

afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'lattice-keys-cli-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('lattice keys generate (built CLI)', () => {
  it('writes a secret key file, mode 0600, and prints the kid it holds', async () => {
    const result = await lattice('keys', 'generate', '--out', 'keys/pseudonym.key');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const path = join(folder, 'keys', 'pseudonym.key');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const key = readSecretKeyFile(path);
    expect(printed(result.stdout, 'kid')).toBe(key.kid);
    expect(result.stdout).not.toContain(key.bytes.toString('base64'));
    expect(result.stdout).not.toContain('public key');
  });

  it('writes an Ed25519 key file and prints the kid and the public key to enroll', async () => {
    const result = await lattice('keys', 'generate', '--type', 'ed25519', '--out', 'node-a.key');
    expect(result.code).toBe(0);
    const key = readSigningKeyFile(join(folder, 'node-a.key'));
    expect(printed(result.stdout, 'kid')).toBe(key.kid);
    const publicKey = printed(result.stdout, 'public key');
    expect(publicKey).toBe(key.publicKeyBase64);
    expect(parsePublicKey(publicKey).asymmetricKeyType).toBe('ed25519');
    expect(result.stdout).not.toContain('PRIVATE KEY');
  });

  it('refuses to replace an existing file without --force (exit 2), and replaces it with --force', async () => {
    const first = await lattice('keys', 'generate', '--out', 'k.key');
    const before = readFileSync(join(folder, 'k.key'), 'utf8');

    const refused = await lattice('keys', 'generate', '--out', 'k.key');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(folder, 'k.key'), 'utf8')).toBe(before);

    const forced = await lattice('keys', 'generate', '--out', 'k.key', '--force');
    expect(forced.code).toBe(0);
    expect(printed(forced.stdout, 'kid')).not.toBe(printed(first.stdout, 'kid'));
    expect(readSecretKeyFile(join(folder, 'k.key')).kid).toBe(printed(forced.stdout, 'kid'));
  });

  it.each([
    ['no --out', ['keys', 'generate'], '--out FILE is required'],
    ['an unknown type', ['keys', 'generate', '--type', 'rsa', '--out', 'x.key'], 'unknown key type "rsa"'],
    [
      'an unknown option',
      ['keys', 'generate', '--out', 'x.key', '--bits', '4096'],
      "Unknown option '--bits'",
    ],
    ['no subcommand', ['keys'], 'a subcommand is required'],
    ['an unknown subcommand', ['keys', 'rotate'], 'unknown subcommand "rotate"'],
  ])('exits 2 for %s, writing nothing', async (_label, args, message) => {
    const result = await lattice(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(existsSync(join(folder, 'x.key'))).toBe(false);
  });

  it('exits 1 with the file named when the key cannot be written', async () => {
    writeFileSync(join(folder, 'not-a-folder'), '');
    const result = await lattice('keys', 'generate', '--out', 'not-a-folder/k.key');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not-a-folder/k.key');
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)('exits 1 for a folder it may not write to (not checkable as root)', async () => {
    mkdirSync(join(folder, 'locked'));
    chmodSync(join(folder, 'locked'), 0o500);
    const result = await lattice('keys', 'generate', '--out', 'locked/k.key');
    expect(result.code).toBe(1);
  });

  it('is listed by lattice --help and explains itself with --help', async () => {
    expect((await lattice('--help')).stdout).toMatch(/^ {2}keys\s+Generate key files/m);
    const help = await lattice('keys', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'Usage: lattice keys generate --out FILE [--type secret|ed25519] [--force]',
    );
  });
});
