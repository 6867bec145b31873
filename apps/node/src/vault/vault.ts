import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SecretKey } from '@lattice/keys';
import { VaultError } from './vault-error';
import { VaultKeys } from './vault-keys';
import { openVaultRecord, sealVaultRecord, type VaultRecordKind } from './vault-record';

const FOLDERS: Readonly<Record<VaultRecordKind, string>> = { link: 'links', original: 'originals' };
const SUFFIX = '.vault';
const NAME_PATTERN = /^[0-9a-f]{64}$/;
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;
// Pseudonyms whose link is known to be on disk; a re-sent study then costs no file system call.
const REMEMBERED_LINKS = 65_536;

interface LinkRecord {
  readonly patientId: string;
  readonly pseudonym: string;
}

/**
 * The node's vault: the links between real patient ids and stage-1 pseudonyms, and the originals of
 * quarantined objects. One file per record under VAULT_DIR, each sealed with AES-256-GCM under a key
 * derived from VAULT_KEY_FILE; file names are keyed digests or content hashes, never identifiers.
 * Writes are atomic (temporary file, fsync, rename). Nothing here is served by any API.
 */
export class Vault {
  private readonly keys: VaultKeys;
  private readonly linked = new Set<string>();

  private constructor(
    readonly root: string,
    key: SecretKey,
  ) {
    this.keys = new VaultKeys(key);
  }

  /** Opens (and on first use creates, owner-only) the vault folder. */
  static async open(root: string, key: SecretKey): Promise<Vault> {
    const vault = new Vault(resolve(root), key);
    await guard('open the vault', async () => {
      for (const folder of Object.values(FOLDERS)) {
        await mkdir(join(vault.root, folder), { recursive: true, mode: FOLDER_MODE });
      }
    });
    return vault;
  }

  /** Id of the vault key, stored with every record. */
  get keyId(): string {
    return this.keys.kid;
  }

  /** The keyed digest consent decisions use for a local Patient ID (see VaultKeys.patientDigest). */
  patientDigest(patientId: string): string {
    return this.keys.patientDigest(patientId);
  }

  /** Records that a real patient id has a stage-1 pseudonym; idempotent, cheap when already known. */
  async linkPatient(patientId: string, pseudonym: string): Promise<void> {
    if (this.linked.has(pseudonym)) return;
    const name = this.keys.linkName(pseudonym);
    if (!(await this.exists('link', name))) {
      const record: LinkRecord = { patientId, pseudonym };
      await this.write('link', name, Buffer.from(JSON.stringify(record), 'utf8'));
    }
    this.remember(pseudonym);
  }

  /** The real patient id behind a stage-1 pseudonym, or null when the vault holds no link. */
  async patientIdFor(pseudonym: string): Promise<string | null> {
    const name = this.keys.linkName(pseudonym);
    const sealed = await this.read('link', name);
    if (!sealed) return null;
    const record = JSON.parse(
      openVaultRecord(this.keys, 'link', name, sealed).toString('utf8'),
    ) as LinkRecord;
    if (record.pseudonym !== pseudonym)
      throw new VaultError('CORRUPT_RECORD', 'the link record names another pseudonym');
    return record.patientId;
  }

  /** Keeps a quarantined original, named by its SHA-256; idempotent. */
  async keepOriginal(sha256: string, bytes: Uint8Array): Promise<void> {
    assertName(sha256);
    if (await this.exists('original', sha256)) return;
    await this.write('original', sha256, bytes);
  }

  /** Reads a quarantined original back; throws VaultError NOT_FOUND, CORRUPT_RECORD or UNKNOWN_KEY. */
  async readOriginal(sha256: string): Promise<Buffer> {
    assertName(sha256);
    const sealed = await this.read('original', sha256);
    if (!sealed) throw new VaultError('NOT_FOUND', 'no such original in the vault');
    return openVaultRecord(this.keys, 'original', sha256, sealed);
  }

  /** Destroys a quarantined original; idempotent. */
  async destroyOriginal(sha256: string): Promise<void> {
    assertName(sha256);
    await guard('destroy an original', () => rm(this.path('original', sha256), { force: true }));
  }

  /** The SHA-256 names of every original held. */
  async listOriginals(): Promise<string[]> {
    const names = await guard('list originals', () => readdir(join(this.root, FOLDERS.original)));
    return names
      .filter((name) => name.endsWith(SUFFIX))
      .map((name) => name.slice(0, -SUFFIX.length))
      .filter((name) => NAME_PATTERN.test(name));
  }

  private path(kind: VaultRecordKind, name: string): string {
    return join(this.root, FOLDERS[kind], `${name}${SUFFIX}`);
  }

  private async exists(kind: VaultRecordKind, name: string): Promise<boolean> {
    try {
      return (await stat(this.path(kind, name))).isFile();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw unavailable(`check a ${kind} record`, error);
    }
  }

  private async read(kind: VaultRecordKind, name: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(kind, name));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw unavailable(`read a ${kind} record`, error);
    }
  }

  private async write(kind: VaultRecordKind, name: string, plaintext: Uint8Array): Promise<void> {
    const sealed = sealVaultRecord(this.keys, kind, name, plaintext);
    const folder = join(this.root, FOLDERS[kind]);
    const temporary = join(folder, `.${randomBytes(8).toString('hex')}.tmp`);
    await guard(`write a ${kind} record`, async () => {
      try {
        const file = await open(temporary, 'wx', FILE_MODE);
        try {
          await file.writeFile(sealed);
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(temporary, this.path(kind, name));
        // The rename is durable only once the folder itself is synced.
        const directory = await open(folder, 'r');
        try {
          await directory.sync();
        } finally {
          await directory.close();
        }
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    });
  }

  private remember(pseudonym: string): void {
    if (this.linked.size >= REMEMBERED_LINKS) {
      const oldest = this.linked.values().next().value;
      if (oldest !== undefined) this.linked.delete(oldest);
    }
    this.linked.add(pseudonym);
  }
}

function assertName(name: string): void {
  if (!NAME_PATTERN.test(name))
    throw new VaultError('NOT_FOUND', 'a vault record name is 64 hexadecimal characters');
}

async function guard<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw unavailable(what, error);
  }
}

function unavailable(what: string, error: unknown): VaultError {
  return new VaultError('UNAVAILABLE', `cannot ${what} (${errorCode(error) ?? 'error'})`, { cause: error });
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
