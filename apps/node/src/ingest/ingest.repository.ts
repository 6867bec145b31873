import { Injectable } from '@nestjs/common';
import { CommitQueue } from './commit-queue';
import { IngestDatabase } from './ingest-database';
import type { ReceivedVia } from './ingest-result';

/** A de-identified instance as the node keeps it; every value is already stage-1 output. */
export interface InstanceRow {
  readonly sopInstanceUid: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly sopClassUid: string;
  readonly pseudonym: string;
  readonly modality: string | null;
  readonly bodyPart: string | null;
  readonly manufacturer: string | null;
  readonly model: string | null;
  readonly studyDate: string | null;
  readonly transferSyntaxUid: string;
  readonly objectKey: string;
  readonly byteLength: number;
  readonly pixelAction: string;
  readonly profile: string;
  readonly options: readonly string[];
  readonly receivedVia: ReceivedVia;
  readonly callingAeTitle: string | null;
}

/** What committing an instance found: a new row, or the row already there (same stage-1 UID). */
export type InstanceCommit =
  { readonly stored: true } | { readonly stored: false; readonly existingObjectKey: string | null };

/** Outcomes of the ingest_events table (the operator's activity view counts them). */
export type IngestEventOutcome =
  | 'received'
  | 'duplicate'
  | 'quarantined'
  | 'rejected'
  | 'excluded-by-consent'
  | 'released'
  | 'discarded'
  | 'failed';

/**
 * The node's ingest writes. An instance, its pending push item and its `received` (or `duplicate`)
 * event are one SQL statement, hence one transaction; concurrent commits are grouped (CommitQueue).
 */
@Injectable()
export class IngestRepository {
  private readonly instances = new CommitQueue<InstanceRow, InstanceCommit>((rows) =>
    this.insertInstances(rows),
  );

  constructor(private readonly database: IngestDatabase) {}

  /** Inserts the instance with its push item and event, unless its SOP Instance UID is already held. */
  commitInstance(row: InstanceRow): Promise<InstanceCommit> {
    return this.instances.submit(row);
  }

  /** Records one event that has no instance row (rejected, excluded, failed, ...). */
  async recordEvent(
    outcome: IngestEventOutcome,
    via: ReceivedVia,
    code: string | null,
    sopInstanceUid: string | null = null,
  ): Promise<void> {
    await this.database.query(
      'INSERT INTO ingest_events (outcome, received_via, code, sop_instance_uid) VALUES ($1, $2, $3, $4)',
      [outcome, via, code, sopInstanceUid],
    );
  }

  /** The object keys among `keys` that some instance row references. */
  async referencedObjectKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.database.query<{ object_key: string }>(
      'SELECT object_key FROM instances WHERE object_key = ANY($1::text[])',
      [[...keys]],
    );
    return new Set(rows.map((row) => row.object_key));
  }

  private async insertInstances(rows: readonly InstanceRow[]): Promise<InstanceCommit[]> {
    const column = <K extends keyof InstanceRow>(key: K) => rows.map((row) => row[key]);
    const options = rows.map((row) => JSON.stringify(row.options));
    // One statement: the CTEs insert the instances, then push items and events for exactly the rows
    // that were new; a UID already held becomes a `duplicate` event and no push item.
    const result = await this.database.query<{
      sop_instance_uid: string;
      inserted: boolean;
      existing_key: string | null;
    }>(
      `
      WITH incoming AS (
        SELECT * FROM unnest(
          $1::text[], $2::text[],
          $3::text[], $4::text[],
          $5::text[], $6::text[], $7::text[],
          $8::text[], $9::text[], $10::text[],
          $11::text[], $12::text[],
          $13::int[], $14::text[], $15::text[],
          $16::text[], $17::text[], $18::text[]
        ) WITH ORDINALITY AS t(sop_instance_uid, study_instance_uid, series_instance_uid, sop_class_uid,
          pseudonym, modality, body_part, manufacturer, model, study_date, transfer_syntax_uid,
          object_key, byte_length, pixel_action, profile, options, received_via, calling_ae_title, position)
      ),
      ranked AS (
        SELECT *, row_number() OVER (PARTITION BY sop_instance_uid ORDER BY position) = 1 AS is_first
        FROM incoming
      ),
      inserted AS (
        INSERT INTO instances (sop_instance_uid, study_instance_uid, series_instance_uid, sop_class_uid,
          pseudonym, modality, body_part, manufacturer, model, study_date, transfer_syntax_uid, object_key,
          byte_length, pixel_action, profile, options, received_via, calling_ae_title)
        SELECT sop_instance_uid, study_instance_uid, series_instance_uid, sop_class_uid, pseudonym,
          modality, body_part, manufacturer, model, study_date, transfer_syntax_uid, object_key,
          byte_length, pixel_action, profile, ARRAY(SELECT jsonb_array_elements_text(options::jsonb)),
          received_via, calling_ae_title
        FROM ranked WHERE is_first ORDER BY position
        ON CONFLICT (sop_instance_uid) DO NOTHING
        RETURNING sop_instance_uid
      ),
      pushed AS (
        INSERT INTO push_items (sop_instance_uid) SELECT sop_instance_uid FROM inserted
      ),
      events AS (
        INSERT INTO ingest_events (outcome, received_via, sop_instance_uid)
        SELECT CASE WHEN i.sop_instance_uid IS NOT NULL AND c.is_first THEN 'received' ELSE 'duplicate' END,
          c.received_via, c.sop_instance_uid
        FROM ranked c LEFT JOIN inserted i ON i.sop_instance_uid = c.sop_instance_uid
      )
      SELECT c.sop_instance_uid, (i.sop_instance_uid IS NOT NULL AND c.is_first) AS inserted,
        e.object_key AS existing_key
      FROM ranked c
      LEFT JOIN inserted i ON i.sop_instance_uid = c.sop_instance_uid
      LEFT JOIN instances e ON e.sop_instance_uid = c.sop_instance_uid
      ORDER BY c.position`,
      [
        column('sopInstanceUid'),
        column('studyInstanceUid'),
        column('seriesInstanceUid'),
        column('sopClassUid'),
        column('pseudonym'),
        column('modality'),
        column('bodyPart'),
        column('manufacturer'),
        column('model'),
        column('studyDate'),
        column('transferSyntaxUid'),
        column('objectKey'),
        column('byteLength'),
        column('pixelAction'),
        column('profile'),
        options,
        column('receivedVia'),
        column('callingAeTitle'),
      ],
      'lattice-commit-instances',
    );
    // A UID that came twice in one batch is a duplicate of the first, whose key the snapshot cannot show.
    const keyInBatch = new Map<string, string>();
    return result.map((row, index): InstanceCommit => {
      if (row.inserted) {
        keyInBatch.set(row.sop_instance_uid, rows[index]?.objectKey ?? '');
        return { stored: true };
      }
      return {
        stored: false,
        existingObjectKey: row.existing_key ?? keyInBatch.get(row.sop_instance_uid) ?? null,
      };
    });
  }
}
