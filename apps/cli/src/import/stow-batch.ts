import { randomBytes } from 'node:crypto';

/** What the node did with one file, read from its STOW-RS answer. */
export type FileOutcome = 'stored' | 'duplicate' | 'quarantined' | 'excluded' | 'failed';

/** One file's outcome and, for the ones not taken, the node's reason code. */
export interface PartOutcome {
  readonly outcome: FileOutcome;
  readonly code?: string;
}

/** A multipart/related body of application/dicom parts, and its Content-Type. */
export interface StowBody {
  readonly contentType: string;
  readonly body: Buffer;
}

/** Builds the STOW-RS request body for a batch of files (one part each, in order). */
export function stowBody(
  files: readonly Uint8Array[],
  boundary = `lattice-${randomBytes(12).toString('hex')}`,
): StowBody {
  const pieces: Buffer[] = [];
  for (const file of files) {
    pieces.push(Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`, 'latin1'));
    pieces.push(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
    pieces.push(Buffer.from('\r\n', 'latin1'));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`, 'latin1'));
  return {
    contentType: `multipart/related; type="application/dicom"; boundary=${boundary}`,
    body: Buffer.concat(pieces),
  };
}

type JsonItem = Record<string, { Value?: unknown[] } | undefined>;

const WORDS: Readonly<Record<string, FileOutcome>> = {
  STORED: 'stored',
  DUPLICATE: 'duplicate',
  QUARANTINED: 'quarantined',
  EXCLUDED: 'excluded',
  REJECTED: 'failed',
  FAILED: 'failed',
};

/**
 * Reads the node's STOW-RS answer into one outcome per part, in request order. The node names each
 * item's part and outcome in its "LATTICE STOW" private block; a part the answer does not mention
 * counts as failed (code NOT_IN_RESPONSE).
 */
export function partOutcomes(response: unknown, parts: number): PartOutcome[] {
  const outcomes: PartOutcome[] = Array.from({ length: parts }, () => ({
    outcome: 'failed',
    code: 'NOT_IN_RESPONSE',
  }));
  const dataset = (typeof response === 'object' && response !== null ? response : {}) as JsonItem;
  const sequences: [string, FileOutcome][] = [
    ['00081199', 'stored'],
    ['00081198', 'failed'],
  ];
  for (const [tag, fallback] of sequences) {
    for (const raw of dataset[tag]?.Value ?? []) {
      const item = (raw ?? {}) as JsonItem;
      const part = Number(item['00091003']?.Value?.[0]);
      if (!Number.isInteger(part) || part < 1 || part > parts) continue;
      const word = String(item['00091001']?.Value?.[0] ?? '');
      const code = item['00091002']?.Value?.[0];
      outcomes[part - 1] = {
        outcome: WORDS[word] ?? fallback,
        ...(typeof code === 'string' ? { code } : {}),
      };
    }
  }
  return outcomes;
}
