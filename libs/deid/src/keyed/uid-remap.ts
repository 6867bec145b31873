import type { DeidStage, KeyedHash } from './keyed-hash';

/** Domain label of UID remapping for a stage. */
export const uidLabel = (stage: DeidStage): string => `lattice/v1/uid/stage-${stage}`;

/**
 * Formats the first 16 bytes of a digest as a `2.25.` UID: the bytes become an RFC 9562 version 8
 * (custom) UUID, so the value is a valid UUID-derived UID (ISO/IEC 9834-8), at most 44 characters.
 */
export function uidFromDigest(digest: Uint8Array): string {
  const bytes = Buffer.from(digest.subarray(0, 16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return `2.25.${BigInt(`0x${bytes.toString('hex')}`).toString(10)}`;
}

/** The keyed remap of one UID: deterministic per key and stage, so references stay consistent across files. */
export function remapUid(hash: KeyedHash, stage: DeidStage, uid: string): string {
  return uidFromDigest(hash.digest(uidLabel(stage), uid));
}

/** Remaps UIDs and remembers the results for the life of one file (a study UID repeats many times). */
export class UidRemapper {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly hash: KeyedHash,
    private readonly stage: DeidStage,
  ) {}

  remap(uid: string): string {
    let mapped = this.cache.get(uid);
    if (mapped === undefined) {
      mapped = remapUid(this.hash, this.stage, uid);
      this.cache.set(uid, mapped);
    }
    return mapped;
  }
}
