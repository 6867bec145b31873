import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { deidentifyInstance, type DeidContext } from '@lattice/deid';
import { parseDicom, Tags } from '@lattice/dicom';
import { JsonLogger, OBJECT_STORE } from '@lattice/server-kit';
import type { ObjectStore } from '@lattice/storage';
import { IngestError, InstanceNotAcceptedError, type NotAcceptedCode } from './ingest.error';
import { IngestRepository, type QuarantineEntry, type RecordedAnswer } from './ingest.repository';
import { STAGE2_CONTEXT } from './stage2-context';
import { describeStoredInstance } from './stored-instance';

/** The center's answer to a delivery (docs/ingest.md, "Receiving from nodes"). */
export type DeliveryAnswer =
  | { readonly outcome: 'stored' | 'duplicate'; readonly sopInstanceUid: string }
  | { readonly outcome: 'quarantined'; readonly code: string };

/**
 * Receives one stage-1 object from a node: answers a repeated delivery from its record, else runs
 * stage 2, stores the result and catalogs it, or keeps the stage-1 bytes for a data steward.
 */
@Injectable()
export class IngestService {
  constructor(
    private readonly repository: IngestRepository,
    @Inject(STAGE2_CONTEXT) private readonly context: DeidContext,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly logger: JsonLogger,
  ) {}

  async receive(nodeId: string, stage1Sha256: string, body: Uint8Array): Promise<DeliveryAnswer> {
    if (createHash('sha256').update(body).digest('hex') !== stage1Sha256) {
      throw new IngestError('CONTENT_HASH_MISMATCH', "The body's SHA-256 is not the one named in the path.");
    }
    const recorded = await this.repository.findAnswer(nodeId, stage1Sha256);
    if (recorded) return this.answer(recorded);

    const outcome = await deidentifyInstance(body, this.context);
    switch (outcome.status) {
      case 'failed':
        this.logger.event('error', 'ingest.stage2_failed', { code: outcome.code, reason: outcome.reason });
        throw new IngestError(
          'STAGE2_FAILED',
          'Stage 2 could not process this object; it can be sent again later.',
        );
      case 'rejected':
        return this.answer(await this.repository.recordRejected(nodeId, stage1Sha256, outcome.code));
      case 'quarantined': {
        if (outcome.code === 'NOT_STAGE1_OUTPUT') {
          return this.answer(await this.repository.recordRejected(nodeId, stage1Sha256, outcome.code));
        }
        // The stage-1 bytes stay at the center for the steward; they are never served.
        await this.store.put(body, { contentType: 'application/dicom' });
        const answer = await this.repository.recordQuarantined(nodeId, stage1Sha256, {
          code: outcome.code,
          reason: outcome.reason,
          ...describeForQuarantine(body),
        });
        this.logger.event('info', 'ingest.quarantined', { code: outcome.code });
        return this.answer(answer);
      }
      case 'deidentified': {
        if (await this.repository.instanceExists(outcome.sopInstanceUid)) {
          return this.answer(
            await this.repository.recordDuplicate(nodeId, stage1Sha256, outcome.sopInstanceUid),
          );
        }
        const instance = describeStoredInstance(outcome, this.context);
        const stored = await this.store.put(instance.bytes, { contentType: 'application/dicom' });
        return this.answer(await this.repository.recordStored(nodeId, stage1Sha256, instance, stored.key));
      }
    }
  }

  private answer(recorded: RecordedAnswer): DeliveryAnswer {
    if (recorded.outcome === 'rejected') {
      throw new InstanceNotAcceptedError(
        recorded.code as NotAcceptedCode,
        recorded.code === 'NOT_STAGE1_OUTPUT'
          ? 'The object is not the output of a Lattice stage 1, or has been through stage 2 already.'
          : 'The object is not a usable DICOM instance.',
      );
    }
    return recorded;
  }
}

/** SOP class and modality of a held-back object, when it can be read at all. */
function describeForQuarantine(body: Uint8Array): Pick<QuarantineEntry, 'sopClassUid' | 'modality'> {
  try {
    const { dataset, meta } = parseDicom(body);
    const sopClassUid =
      dataset.getString(Tags.SOPClassUID) || meta.getString(Tags.MediaStorageSOPClassUID) || null;
    return { sopClassUid, modality: dataset.getString(Tags.Modality) || null };
  } catch {
    return { sopClassUid: null, modality: null };
  }
}
