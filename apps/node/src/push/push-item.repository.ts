import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

/** An outbox item claimed for sending, with what sending it needs. */
export interface ClaimedItem {
  readonly sopInstanceUid: string;
  readonly attempts: number;
  /** SHA-256 of the stage-1 file: its key in the node's store and in the center's path. */
  readonly objectKey: string;
  /** The stage-1 pseudonym, for the consent check before sending. */
  readonly pseudonym: string;
}

/** What the operator sees of the outbox. */
export interface PushSummary {
  readonly counts: { pending: number; sent: number; confirmed: number; withdrawn: number; failed: number };
  /** When the longest-waiting pending instance was received. */
  readonly oldestPendingAt: string | null;
  readonly lastDeliveryAt: string | null;
  /** The most recent error of any item (kept after a later success): an HTTP status with the center's code, or a short reason. */
  readonly lastErrorCode: string | null;
  readonly lastErrorAt: string | null;
  /** When the next pending item is due. */
  readonly nextAttemptAt: string | null;
}

/**
 * The outbox (`push_items`). Items move pending → sent → confirmed, back to pending with a later
 * `next_attempt_at` after a retryable failure, or end failed or withdrawn. Claims are single statements
 * with FOR UPDATE SKIP LOCKED, so no item is ever sent by two senders at once.
 */
@Injectable()
export class PushItemRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Marks up to `limit` due items sent (one attempt more) and returns them, oldest due first. */
  async claimDue(limit: number): Promise<ClaimedItem[]> {
    const rows = await this.prisma.$queryRaw<
      { sop_instance_uid: string; attempts: number; object_key: string; pseudonym: string }[]
    >`
      UPDATE push_items p
      SET state = 'sent', attempts = p.attempts + 1, sent_at = now(), updated_at = now()
      FROM (
        SELECT sop_instance_uid FROM push_items
        WHERE state = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at, sop_instance_uid
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      ) due, instances i
      WHERE p.sop_instance_uid = due.sop_instance_uid AND i.sop_instance_uid = p.sop_instance_uid
      RETURNING p.sop_instance_uid, p.attempts, i.object_key, i.pseudonym`;
    return rows.map((row) => ({
      sopInstanceUid: row.sop_instance_uid,
      attempts: row.attempts,
      objectKey: row.object_key,
      pseudonym: row.pseudonym,
    }));
  }

  /** Items left `sent` (by a crash, or longer ago than `olderThan`) go back to pending, due now. */
  async recoverSent(olderThan?: Date): Promise<number> {
    return this.prisma.$executeRaw`
      UPDATE push_items SET state = 'pending', next_attempt_at = now(), updated_at = now()
      WHERE state = 'sent' AND (${olderThan ?? null}::timestamptz IS NULL OR sent_at < ${olderThan ?? null}::timestamptz)`;
  }

  async markConfirmed(sopInstanceUid: string, centerOutcome: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE push_items SET state = 'confirmed', confirmed_at = now(), center_outcome = ${centerOutcome},
        updated_at = now()
      WHERE sop_instance_uid = ${sopInstanceUid} AND state = 'sent'`;
  }

  async markRetry(sopInstanceUid: string, nextAttemptAt: Date, error: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE push_items SET state = 'pending', next_attempt_at = ${nextAttemptAt}, last_error = ${error},
        updated_at = now()
      WHERE sop_instance_uid = ${sopInstanceUid} AND state = 'sent'`;
  }

  async markFailed(sopInstanceUid: string, error: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE push_items SET state = 'failed', last_error = ${error}, updated_at = now()
      WHERE sop_instance_uid = ${sopInstanceUid} AND state = 'sent'`;
  }

  /** The patient opted out: the items are withdrawn, never sent. */
  async markWithdrawn(sopInstanceUids: readonly string[]): Promise<void> {
    if (sopInstanceUids.length === 0) return;
    await this.prisma.$executeRaw`
      UPDATE push_items SET state = 'withdrawn', updated_at = now()
      WHERE sop_instance_uid = ANY(${[...sopInstanceUids]}::text[]) AND state = 'sent'`;
  }

  /** When the earliest pending item is due, or null when nothing is pending. */
  async nextDueAt(): Promise<Date | null> {
    const rows = await this.prisma.$queryRaw<{ next: Date | null }[]>`
      SELECT min(next_attempt_at) AS next FROM push_items WHERE state = 'pending'`;
    return rows[0]?.next ?? null;
  }

  async summary(): Promise<PushSummary> {
    const [counts, facts, lastError] = await Promise.all([
      this.prisma.$queryRaw<{ state: string; n: number }[]>`
        SELECT state, count(*)::int AS n FROM push_items GROUP BY state`,
      this.prisma.$queryRaw<{ oldest: Date | null; last_delivery: Date | null; next_attempt: Date | null }[]>`
        SELECT
          (SELECT min(i.received_at) FROM push_items p JOIN instances i ON i.sop_instance_uid = p.sop_instance_uid
            WHERE p.state = 'pending') AS oldest,
          (SELECT max(confirmed_at) FROM push_items) AS last_delivery,
          (SELECT min(next_attempt_at) FROM push_items WHERE state = 'pending') AS next_attempt`,
      this.prisma.$queryRaw<{ last_error: string; updated_at: Date }[]>`
        SELECT last_error, updated_at FROM push_items WHERE last_error IS NOT NULL
        ORDER BY updated_at DESC LIMIT 1`,
    ]);
    const count = (state: string) => counts.find((row) => row.state === state)?.n ?? 0;
    const fact = facts[0];
    return {
      counts: {
        pending: count('pending'),
        sent: count('sent'),
        confirmed: count('confirmed'),
        withdrawn: count('withdrawn'),
        failed: count('failed'),
      },
      oldestPendingAt: fact?.oldest?.toISOString() ?? null,
      lastDeliveryAt: fact?.last_delivery?.toISOString() ?? null,
      lastErrorCode: lastError[0]?.last_error ?? null,
      lastErrorAt: lastError[0]?.updated_at.toISOString() ?? null,
      nextAttemptAt: fact?.next_attempt?.toISOString() ?? null,
    };
  }
}
