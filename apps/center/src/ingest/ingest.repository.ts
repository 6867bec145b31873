import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import type { StoredInstance } from './stored-instance';

/** What the center answered for one delivered object, as recorded by its content hash. */
export type RecordedAnswer =
  | { readonly outcome: 'stored' | 'duplicate'; readonly sopInstanceUid: string }
  | { readonly outcome: 'quarantined'; readonly code: string }
  | { readonly outcome: 'rejected'; readonly code: string };

/** A delivered object stage 2 held back, with only non-identifying facts. */
export interface QuarantineEntry {
  readonly code: string;
  readonly reason: string;
  readonly sopClassUid: string | null;
  readonly modality: string | null;
}

interface ReceivedRow {
  outcome: string;
  sop_instance_uid: string | null;
  code: string | null;
}

/**
 * received_objects and the catalog, written together. The (node, stage-1 hash) key decides which of two
 * concurrent deliveries of the same object wins: the loser's transaction writes nothing else and it
 * answers with the winner's recorded answer.
 */
@Injectable()
export class IngestRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findAnswer(nodeId: string, stage1Sha256: string): Promise<RecordedAnswer | null> {
    const rows = await this.prisma.$queryRaw<ReceivedRow[]>`
      SELECT outcome, sop_instance_uid, code FROM received_objects
      WHERE node_id = ${nodeId} AND stage1_sha256 = ${stage1Sha256}`;
    return rows[0] ? answerOf(rows[0]) : null;
  }

  async instanceExists(sopInstanceUid: string): Promise<boolean> {
    const rows = await this.prisma.$queryRaw<unknown[]>`
      SELECT 1 FROM instances WHERE sop_instance_uid = ${sopInstanceUid}`;
    return rows.length > 0;
  }

  /**
   * Records a stage-2 instance stored under `objectKey`: study and series upserted (modalities merged,
   * missing descriptive values filled), the instance inserted. `duplicate` when the catalog already
   * holds this SOP Instance UID.
   */
  async recordStored(
    nodeId: string,
    stage1Sha256: string,
    instance: StoredInstance,
    objectKey: string,
  ): Promise<RecordedAnswer> {
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`
        INSERT INTO received_objects (node_id, stage1_sha256, outcome, sop_instance_uid)
        VALUES (${nodeId}, ${stage1Sha256}, 'stored', ${instance.sopInstanceUid})
        ON CONFLICT DO NOTHING`;
      if (claimed === 0) return this.requireAnswer(tx, nodeId, stage1Sha256);
      const modalities = instance.modality ? [instance.modality] : [];
      await tx.$executeRaw`
        INSERT INTO studies (study_instance_uid, pseudonym, node_id, study_date, study_time,
                             study_description, modalities)
        VALUES (${instance.studyInstanceUid}, ${instance.pseudonym}, ${nodeId}, ${instance.studyDate},
                ${instance.studyTime}, ${instance.studyDescription}, ${modalities}::text[])
        ON CONFLICT (study_instance_uid) DO UPDATE SET
          modalities = ARRAY(SELECT DISTINCT m FROM unnest(COALESCE(studies.modalities, '{}') || EXCLUDED.modalities) m ORDER BY m),
          study_date = COALESCE(studies.study_date, EXCLUDED.study_date),
          study_time = COALESCE(studies.study_time, EXCLUDED.study_time),
          study_description = COALESCE(studies.study_description, EXCLUDED.study_description),
          updated_at = CURRENT_TIMESTAMP
        WHERE NOT COALESCE(studies.modalities, '{}') @> EXCLUDED.modalities
           OR (studies.study_date IS NULL AND EXCLUDED.study_date IS NOT NULL)
           OR (studies.study_time IS NULL AND EXCLUDED.study_time IS NOT NULL)
           OR (studies.study_description IS NULL AND EXCLUDED.study_description IS NOT NULL)`;
      await tx.$executeRaw`
        INSERT INTO series (series_instance_uid, study_instance_uid, modality, body_part, manufacturer,
                            model, series_number, series_description)
        VALUES (${instance.seriesInstanceUid}, ${instance.studyInstanceUid}, ${instance.modality},
                ${instance.bodyPart}, ${instance.manufacturer}, ${instance.model}, ${instance.seriesNumber},
                ${instance.seriesDescription})
        ON CONFLICT (series_instance_uid) DO UPDATE SET
          modality = COALESCE(series.modality, EXCLUDED.modality),
          body_part = COALESCE(series.body_part, EXCLUDED.body_part),
          manufacturer = COALESCE(series.manufacturer, EXCLUDED.manufacturer),
          model = COALESCE(series.model, EXCLUDED.model),
          series_number = COALESCE(series.series_number, EXCLUDED.series_number),
          series_description = COALESCE(series.series_description, EXCLUDED.series_description)
        WHERE (series.modality IS NULL AND EXCLUDED.modality IS NOT NULL)
           OR (series.body_part IS NULL AND EXCLUDED.body_part IS NOT NULL)
           OR (series.manufacturer IS NULL AND EXCLUDED.manufacturer IS NOT NULL)
           OR (series.model IS NULL AND EXCLUDED.model IS NOT NULL)
           OR (series.series_number IS NULL AND EXCLUDED.series_number IS NOT NULL)
           OR (series.series_description IS NULL AND EXCLUDED.series_description IS NOT NULL)`;
      const inserted = await tx.$executeRaw`
        INSERT INTO instances (sop_instance_uid, series_instance_uid, sop_class_uid, instance_number,
                               transfer_syntax_uid, object_key, byte_length, node_id, provenance, metadata)
        VALUES (${instance.sopInstanceUid}, ${instance.seriesInstanceUid}, ${instance.sopClassUid},
                ${instance.instanceNumber}, ${instance.transferSyntaxUid}, ${objectKey},
                ${instance.bytes.byteLength}, ${nodeId}, ${JSON.stringify(instance.provenance)}::jsonb,
                ${JSON.stringify(instance.metadata)}::jsonb)
        ON CONFLICT (sop_instance_uid) DO NOTHING`;
      if (inserted === 1) return { outcome: 'stored', sopInstanceUid: instance.sopInstanceUid };
      await tx.$executeRaw`
        UPDATE received_objects SET outcome = 'duplicate'
        WHERE node_id = ${nodeId} AND stage1_sha256 = ${stage1Sha256}`;
      return { outcome: 'duplicate', sopInstanceUid: instance.sopInstanceUid };
    });
  }

  /** Records that this object names an instance the catalog already holds (nothing new is stored). */
  async recordDuplicate(
    nodeId: string,
    stage1Sha256: string,
    sopInstanceUid: string,
  ): Promise<RecordedAnswer> {
    const claimed = await this.prisma.$executeRaw`
      INSERT INTO received_objects (node_id, stage1_sha256, outcome, sop_instance_uid)
      VALUES (${nodeId}, ${stage1Sha256}, 'duplicate', ${sopInstanceUid})
      ON CONFLICT DO NOTHING`;
    return claimed === 1
      ? { outcome: 'duplicate', sopInstanceUid }
      : this.requireAnswer(this.prisma, nodeId, stage1Sha256);
  }

  /** Records a delivery held back for a data steward; the stage-1 bytes are already in the store. */
  async recordQuarantined(
    nodeId: string,
    stage1Sha256: string,
    entry: QuarantineEntry,
  ): Promise<RecordedAnswer> {
    return this.prisma.$transaction(async (tx) => {
      const id = randomUUID();
      const claimed = await tx.$executeRaw`
        INSERT INTO received_objects (node_id, stage1_sha256, outcome, quarantine_id, code)
        VALUES (${nodeId}, ${stage1Sha256}, 'quarantined', ${id}::uuid, ${entry.code})
        ON CONFLICT DO NOTHING`;
      if (claimed === 0) return this.requireAnswer(tx, nodeId, stage1Sha256);
      await tx.$executeRaw`
        INSERT INTO center_quarantine (id, node_id, stage1_sha256, code, reason, sop_class_uid, modality)
        VALUES (${id}::uuid, ${nodeId}, ${stage1Sha256}, ${entry.code}, ${entry.reason}, ${entry.sopClassUid},
                ${entry.modality})`;
      return { outcome: 'quarantined', code: entry.code };
    });
  }

  /** Records an object refused for good, so every retry gets the same refusal. */
  async recordRejected(nodeId: string, stage1Sha256: string, code: string): Promise<RecordedAnswer> {
    const claimed = await this.prisma.$executeRaw`
      INSERT INTO received_objects (node_id, stage1_sha256, outcome, code)
      VALUES (${nodeId}, ${stage1Sha256}, 'rejected', ${code})
      ON CONFLICT DO NOTHING`;
    return claimed === 1
      ? { outcome: 'rejected', code }
      : this.requireAnswer(this.prisma, nodeId, stage1Sha256);
  }

  private async requireAnswer(
    client: Pick<PrismaService, '$queryRaw'>,
    nodeId: string,
    stage1Sha256: string,
  ): Promise<RecordedAnswer> {
    const rows = await client.$queryRaw<ReceivedRow[]>`
      SELECT outcome, sop_instance_uid, code FROM received_objects
      WHERE node_id = ${nodeId} AND stage1_sha256 = ${stage1Sha256}`;
    if (!rows[0]) throw new Error('received object vanished while its answer was read');
    return answerOf(rows[0]);
  }
}

function answerOf(row: ReceivedRow): RecordedAnswer {
  switch (row.outcome) {
    case 'stored':
    case 'duplicate':
      return { outcome: row.outcome, sopInstanceUid: row.sop_instance_uid ?? '' };
    case 'quarantined':
      return { outcome: 'quarantined', code: row.code ?? '' };
    default:
      return { outcome: 'rejected', code: row.code ?? '' };
  }
}
