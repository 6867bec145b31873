import { parseArgs } from 'node:util';
import { KeyFileError, generateSecretKey, generateSigningKey, writeKeyFile } from '@lattice/keys';
import { ExitCode, UsageError, type Command } from '../command';

const KEY_TYPES = ['secret', 'ed25519'] as const;
type KeyType = (typeof KEY_TYPES)[number];

const USAGE = `Usage: lattice keys generate --out FILE [--type secret|ed25519] [--force]

Writes one new key with its key id (kid) to FILE, readable only by its owner (mode 0600),
and prints the kid.

  --out FILE      where to write the key file (missing folders are created)
  --type TYPE     secret (default): 32 random bytes for pseudonyms and other keyed transforms;
                  ed25519: a node signing key; its public key is printed for a center admin to enroll
  --force         replace FILE if it exists (by default an existing file is left untouched)`;

function isKeyType(value: string): value is KeyType {
  return (KEY_TYPES as readonly string[]).includes(value);
}

function parseGenerateOptions(argv: string[]): { out: string; type: KeyType; force: boolean } {
  let values: { out?: string; type?: string; force?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        type: { type: 'string', default: 'secret' },
        force: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.out) throw new UsageError('--out FILE is required');
  const type = values.type ?? 'secret';
  if (!isKeyType(type)) throw new UsageError(`unknown key type "${type}" (expected secret or ed25519)`);
  return { out: values.out, type, force: values.force ?? false };
}

/** `lattice keys generate`: writes a new secret or Ed25519 key file and prints its kid. */
export const keysCommand: Command = {
  name: 'keys',
  usage: USAGE,
  async run(argv) {
    const [subcommand, ...rest] = argv;
    if (subcommand !== 'generate') {
      throw new UsageError(
        subcommand
          ? `unknown subcommand "${subcommand}" (expected generate)`
          : 'a subcommand is required: generate',
      );
    }
    const { out, type, force } = parseGenerateOptions(rest);
    const key = type === 'secret' ? generateSecretKey() : generateSigningKey();
    try {
      writeKeyFile(out, key, { overwrite: force });
    } catch (error) {
      if (!(error instanceof KeyFileError)) throw error;
      if (error.code === 'EXISTS') throw new UsageError(`${error.message}; pass --force to replace it`);
      process.stderr.write(`lattice keys: ${error.message}\n`);
      return ExitCode.failed;
    }
    const described = type === 'secret' ? 'a secret key' : 'an Ed25519 signing key';
    let output = `Wrote ${described} to ${out} (readable only by its owner).\nkid: ${key.kid}\n`;
    if ('publicKeyBase64' in key) output += `public key: ${key.publicKeyBase64}\n`;
    process.stdout.write(output);
    return ExitCode.ok;
  },
};
