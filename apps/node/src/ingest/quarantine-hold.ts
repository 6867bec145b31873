import { Injectable } from '@nestjs/common';
import type { QuarantinedOutcome } from '@lattice/deid';
import { sha256Hex } from '@lattice/storage';
import { PrismaService } from '../database/prisma.service';
import { InjectVault } from '../vault/vault.module';
import type { Vault } from '../vault/vault';
import type { IngestOptions } from './ingest-result';
import { against } from './ingest-step-error';
import { KeyLocks } from './key-locks';
import type { ReceivedFacts } from './received-facts';

/** The lock name of a quarantined original, apart from object keys. */
export const originalLockKey = (sha256: string): string => `original:${sha256}`;

/** What holding an object came to. */
export type HoldResult =
  | { readonly held: 'waiting' }
  /** An operator released this very object before: its stage-1 instance is already held. */
  | { readonly held: 'already-released'; readonly sopInstanceUid: string };

/**
 * Holds objects that need a person: the original, encrypted, into the vault first, then a
 * `quarantined_objects` row with only non-identifying facts (codes, device, sizes) and its event.
 * The same object again joins its row; one that was discarded waits for review again.
 */
@Injectable()
export class QuarantineHold {
  constructor(
    private readonly prisma: PrismaService,
    @InjectVault() private readonly vault: Vault,
    private readonly locks: KeyLocks,
  ) {}

  async hold(
    original: Uint8Array,
    facts: ReceivedFacts | null,
    verdict: QuarantinedOutcome,
    options: IngestOptions,
  ): Promise<HoldResult> {
    const originalSha256 = sha256Hex(original);
    return this.locks.withKey(originalLockKey(originalSha256), async () => {
      const existing = await against('database', () =>
        this.prisma.quarantinedObject.findUnique({ where: { originalSha256 } }),
      );
      if (existing?.status === 'released' && existing.releasedSopInstanceUid) {
        const sopInstanceUid = existing.releasedSopInstanceUid;
        await against('database', () =>
          this.prisma.ingestEvent.create({
            data: { outcome: 'duplicate', receivedVia: options.via, sopInstanceUid },
          }),
        );
        return { held: 'already-released', sopInstanceUid };
      }

      await against('vault', () => this.vault.keepOriginal(originalSha256, original));
      const row = {
        receivedVia: options.via,
        callingAeTitle: options.callingAeTitle ?? null,
        code: verdict.code,
        reason: verdict.reason,
        sopClassUid: facts?.sopClassUid || null,
        modality: facts?.modality ?? null,
        manufacturer: facts?.manufacturer ?? null,
        byteLength: original.byteLength,
      };
      const event = this.prisma.ingestEvent.create({
        data: { outcome: 'quarantined', receivedVia: options.via, code: verdict.code },
      });
      await against('database', async () => {
        if (!existing) {
          await this.prisma.$transaction([
            this.prisma.quarantinedObject.upsert({
              where: { originalSha256 },
              create: { ...row, originalSha256 },
              update: {},
            }),
            event,
          ]);
        } else if (existing.status === 'discarded') {
          await this.prisma.$transaction([
            this.prisma.quarantinedObject.update({
              where: { id: existing.id },
              data: {
                ...row,
                status: 'waiting',
                receivedAt: new Date(),
                decidedBy: null,
                decidedAt: null,
                decisionNote: null,
              },
            }),
            event,
          ]);
        } else {
          await event;
        }
      });
      return { held: 'waiting' };
    });
  }
}
