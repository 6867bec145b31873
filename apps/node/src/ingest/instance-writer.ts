import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DeidentifiedOutcome } from '@lattice/deid';
import { OBJECT_STORE } from '@lattice/server-kit';
import { sha256Hex, type ObjectStore } from '@lattice/storage';
import { PushQueueSignal } from '../push/push-queue-signal';
import { IngestRepository } from './ingest.repository';
import type { ReceivedVia } from './ingest-result';
import { against } from './ingest-step-error';
import { KeyLocks } from './key-locks';

/** Content type of every de-identified instance in the node's object store. */
export const DICOM_CONTENT_TYPE = 'application/dicom';

/**
 * Writes de-identified instances: the object into the content-addressed store first, then the row,
 * its push item and its event in one transaction. A crash between the two leaves an object without a
 * row (removed at the next start by IngestRepairService), never a row without its object.
 */
@Injectable()
export class InstanceWriter {
  constructor(
    @Inject(OBJECT_STORE) private readonly objects: ObjectStore,
    private readonly repository: IngestRepository,
    private readonly locks: KeyLocks,
    @Optional() private readonly pushQueue?: PushQueueSignal,
  ) {}

  /** Stores one instance; `stored: false` when its stage-1 SOP Instance UID was already held. */
  async write(
    instance: DeidentifiedOutcome,
    via: ReceivedVia,
    callingAeTitle: string | null,
  ): Promise<{ readonly stored: boolean }> {
    const data = joinChunks(instance.chunks, instance.byteLength);
    if (!this.locks.objectSweepRunning) return this.persist(data, instance, via, callingAeTitle);
    // While the start-up sweep runs, the key is known first and held from store to commit.
    return this.locks.withKey(sha256Hex(data), () => this.persist(data, instance, via, callingAeTitle));
  }

  private async persist(
    data: Buffer,
    instance: DeidentifiedOutcome,
    via: ReceivedVia,
    callingAeTitle: string | null,
  ): Promise<{ readonly stored: boolean }> {
    const { key: objectKey } = await against('storage', () =>
      this.objects.put(data, { contentType: DICOM_CONTENT_TYPE }),
    );
    const commit = await against('database', () =>
      this.repository.commitInstance({
        sopInstanceUid: instance.sopInstanceUid,
        studyInstanceUid: instance.studyInstanceUid,
        seriesInstanceUid: instance.seriesInstanceUid,
        sopClassUid: instance.sopClassUid,
        pseudonym: instance.pseudonym,
        modality: instance.modality ?? null,
        bodyPart: instance.bodyPart ?? null,
        manufacturer: instance.manufacturer ?? null,
        model: instance.model ?? null,
        studyDate: instance.studyDate ?? null,
        transferSyntaxUid: instance.transferSyntaxUid,
        objectKey,
        byteLength: instance.byteLength,
        pixelAction: instance.pixelAction,
        profile: instance.profile,
        options: instance.options,
        receivedVia: via,
        callingAeTitle,
      }),
    );
    // The same UID with other bytes (a re-sent instance whose header changed): the first copy stays,
    // and this one, referenced by nothing, goes. Equal bytes share the key and leave nothing behind.
    if (!commit.stored && commit.existingObjectKey !== null && commit.existingObjectKey !== objectKey) {
      await against('storage', () => this.objects.delete(objectKey));
    }
    // The push worker claims the new item now rather than at its next poll.
    if (commit.stored) this.pushQueue?.notify();
    return { stored: commit.stored };
  }
}

/** The output chunks as one buffer: a single allocation and copy. */
function joinChunks(chunks: readonly Uint8Array[], byteLength: number): Buffer {
  if (chunks.length === 1 && chunks[0])
    return Buffer.from(chunks[0].buffer, chunks[0].byteOffset, chunks[0].byteLength);
  const data = Buffer.allocUnsafe(byteLength);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return data;
}
