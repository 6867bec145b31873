import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { JsonLogger, OBJECT_STORE } from '@lattice/server-kit';
import type { ObjectStore } from '@lattice/storage';
import { PrismaService } from '../database/prisma.service';
import { InjectVault } from '../vault/vault.module';
import type { Vault } from '../vault/vault';
import { IngestRepository } from './ingest.repository';
import { DICOM_CONTENT_TYPE } from './instance-writer';
import { KeyLocks } from './key-locks';
import { originalLockKey } from './quarantine-hold';

const BATCH = 500;

/** What one repair found and removed. */
export interface RepairReport {
  /** De-identified objects in the store that no instance row references (a crash before the commit). */
  readonly orphanObjects: number;
  /** Vault originals that no waiting quarantine row references (a crash before the row, or after a decision). */
  readonly orphanOriginals: number;
}

/**
 * Start-up repair after a crash: every write puts the object (or the vault original) before its row,
 * so a kill leaves at worst an object nobody references. The vault is checked before the node takes
 * work; the object store is swept in the background, each deletion under the same key lock the ingest
 * path holds from store to commit, so nothing in flight is ever removed.
 */
@Injectable()
export class IngestRepairService implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopped = false;
  private sweep: Promise<void> | null = null;
  private orphanOriginals = 0;

  constructor(
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @InjectVault() private readonly vault: Vault,
    private readonly prisma: PrismaService,
    private readonly repository: IngestRepository,
    private readonly locks: KeyLocks,
    private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.orphanOriginals = await this.repairVault();
    this.sweep = this.repairObjects()
      .finally(() => {
        // Nothing deletes objects any more: writers no longer need to hold their keys.
        this.locks.objectSweepRunning = false;
      })
      .then(
        (orphanObjects) => {
          const report: RepairReport = { orphanObjects, orphanOriginals: this.orphanOriginals };
          this.logger.event('info', 'ingest.repair_done', { ...report });
        },
        (error: unknown) =>
          this.logger.event('warn', 'ingest.repair_failed', {
            error: error instanceof Error ? error.name : typeof error,
          }),
      );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.sweep;
  }

  /** Resolves when the background sweep of this start has finished. */
  async settled(): Promise<void> {
    await this.sweep;
  }

  /** Destroys vault originals that no waiting quarantine row needs; returns how many. */
  async repairVault(): Promise<number> {
    let removed = 0;
    for (const sha256 of await this.vault.listOriginals()) {
      await this.locks.withKey(originalLockKey(sha256), async () => {
        const row = await this.prisma.quarantinedObject.findUnique({
          where: { originalSha256: sha256 },
          select: { status: true },
        });
        if (row?.status === 'waiting') return;
        await this.vault.destroyOriginal(sha256);
        removed += 1;
      });
    }
    return removed;
  }

  /** Deletes de-identified objects that no instance row references; returns how many. */
  async repairObjects(): Promise<number> {
    let removed = 0;
    let batch: string[] = [];
    const check = async () => {
      const referenced = await this.repository.referencedObjectKeys(batch);
      for (const key of batch) {
        if (referenced.has(key) || this.stopped) continue;
        removed += await this.locks.withKey(key, async () => {
          // Checked again under the lock: a commit may have landed since the batch was read.
          if ((await this.repository.referencedObjectKeys([key])).has(key)) return 0;
          await this.store.delete(key);
          return 1;
        });
      }
      batch = [];
    };
    for await (const object of this.store.list()) {
      if (this.stopped) break;
      if (object.contentType !== DICOM_CONTENT_TYPE) continue;
      batch.push(object.key);
      if (batch.length >= BATCH) await check();
    }
    if (!this.stopped) await check();
    return removed;
  }
}
