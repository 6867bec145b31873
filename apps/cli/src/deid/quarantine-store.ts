import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { publishFile } from './atomic-file';

// Quarantined originals hold identifying data: readable by their owner only.
const OWNER_ONLY_FOLDER = 0o700;
const OWNER_ONLY_FILE = 0o600;

/** The quarantine folder's name for an original: its SHA-256, so the same original is stored once. */
export function quarantineFileName(bytes: Uint8Array): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.dcm`;
}

/** Copies a quarantined original into the quarantine folder under its content hash; returns the file name. */
export function storeQuarantinedOriginal(root: string, bytes: Uint8Array): string {
  const name = quarantineFileName(bytes);
  mkdirSync(root, { recursive: true, mode: OWNER_ONLY_FOLDER });
  // The name is the content's hash, so an existing file holds these bytes; whichever thread wins is right.
  publishFile(join(root, name), [bytes], bytes.byteLength, { mode: OWNER_ONLY_FILE });
  return name;
}

/** The sidecar beside a quarantined original: why it is held, and which inputs had these bytes. */
export interface QuarantineSidecar {
  readonly code: string;
  readonly reason: string;
  /** Input paths relative to the run's input folder (the quarantine is hospital-internal). */
  readonly inputs: readonly string[];
  readonly stage: number;
  readonly profile: string;
}

/**
 * Writes or extends the sidecar of a quarantined original (`<hash>.json`). Called from the main thread
 * only, so two inputs with the same bytes never race on one sidecar.
 */
export function recordQuarantineSidecar(
  root: string,
  fileName: string,
  entry: {
    readonly input: string;
    readonly code: string;
    readonly reason: string;
    readonly stage: number;
    readonly profile: string;
  },
): void {
  const path = join(root, fileName.replace(/\.dcm$/, '.json'));
  let inputs: string[] = [];
  if (existsSync(path)) {
    try {
      const previous = JSON.parse(readFileSync(path, 'utf8')) as Partial<QuarantineSidecar>;
      if (Array.isArray(previous.inputs))
        inputs = previous.inputs.filter((item): item is string => typeof item === 'string');
    } catch {
      // An unreadable sidecar is rewritten from what is known now.
    }
  }
  if (!inputs.includes(entry.input)) inputs.push(entry.input);
  const sidecar: QuarantineSidecar = {
    code: entry.code,
    reason: entry.reason,
    inputs,
    stage: entry.stage,
    profile: entry.profile,
  };
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(sidecar, null, 2)}\n`, { mode: OWNER_ONLY_FILE });
  renameSync(temporary, path);
}
