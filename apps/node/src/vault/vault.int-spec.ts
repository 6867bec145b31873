import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSecretKey } from '@lattice/keys';
import { Vault } from './vault';

let root: string;
beforeEach(() => (root = mkdtempSync(path.join(tmpdir(), 'lattice-vault-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );

describe('the vault on disk', () => {
  it('keeps patient links and originals encrypted, owner-only, and reads them back', async () => {
    const key = generateSecretKey();
    const vault = await Vault.open(root, key);
    await vault.linkPatient('MRN-LINK-1', 'P1LINKONE');
    await vault.linkPatient('MRN-LINK-1', 'P1LINKONE');
    const original = Buffer.from('DICM original with Doe^Jane inside');
    const sha = 'c'.repeat(64);
    await vault.keepOriginal(sha, original);

    expect(await vault.patientIdFor('P1LINKONE')).toBe('MRN-LINK-1');
    expect(await vault.patientIdFor('P1UNKNOWN')).toBeNull();
    expect((await vault.readOriginal(sha)).equals(original)).toBe(true);
    expect(await vault.listOriginals()).toEqual([sha]);
    const written = files(root);
    expect(written).toHaveLength(2);
    for (const file of written) {
      const raw = readFileSync(file);
      for (const value of ['MRN-LINK-1', 'P1LINKONE', 'Doe^Jane'])
        expect(raw.includes(Buffer.from(value))).toBe(false);
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(path.basename(file)).toMatch(/^[0-9a-f]{64}\.vault$/);
    }
    expect(statSync(path.join(root, 'links')).mode & 0o077).toBe(0);

    // A reopened vault (a restart) reads the same records.
    const reopened = await Vault.open(root, key);
    expect(await reopened.patientIdFor('P1LINKONE')).toBe('MRN-LINK-1');
    await reopened.destroyOriginal(sha);
    await reopened.destroyOriginal(sha);
    expect(await reopened.listOriginals()).toEqual([]);
    await expect(reopened.readOriginal(sha)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('detects a damaged record and one sealed with another key', async () => {
    const vault = await Vault.open(root, generateSecretKey());
    await vault.linkPatient('MRN-LINK-2', 'P1LINKTWO');
    const [file] = files(path.join(root, 'links'));
    const bytes = readFileSync(file as string);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
    writeFileSync(file as string, bytes);
    await expect(vault.patientIdFor('P1LINKTWO')).rejects.toMatchObject({
      name: 'VaultError',
      code: 'CORRUPT_RECORD',
    });

    const other = await Vault.open(root, generateSecretKey());
    await other.keepOriginal('d'.repeat(64), Buffer.from('x'));
    await expect(vault.readOriginal('d'.repeat(64))).rejects.toMatchObject({ code: 'UNKNOWN_KEY' });
  });
});
