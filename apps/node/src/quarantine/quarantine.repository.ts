import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import type { QuarantinedObject } from '../generated/prisma/client';
import type { QuarantineStatus } from './quarantine-item';

/** An operator's decision as it is recorded. */
export interface RecordedDecision {
  readonly status: 'released' | 'discarded';
  readonly decidedBy: string;
  readonly note: string;
  readonly releasedSopInstanceUid?: string;
}

/** The quarantine table as operators work it. */
@Injectable()
export class QuarantineRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(status: QuarantineStatus, limit: number): Promise<QuarantinedObject[]> {
    return this.prisma.quarantinedObject.findMany({
      where: { status },
      orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }],
      take: limit,
    });
  }

  find(id: string): Promise<QuarantinedObject | null> {
    return this.prisma.quarantinedObject.findUnique({ where: { id } });
  }

  /**
   * Records a decision on a waiting object together with its event, in one transaction; null when the
   * object was no longer waiting (another operator decided first).
   */
  async decide(id: string, decision: RecordedDecision): Promise<QuarantinedObject | null> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.quarantinedObject.updateMany({
        where: { id, status: 'waiting' },
        data: {
          status: decision.status,
          decidedBy: decision.decidedBy,
          decidedAt: new Date(),
          decisionNote: decision.note,
          releasedSopInstanceUid: decision.releasedSopInstanceUid ?? null,
        },
      });
      if (count === 0) return null;
      const row = await tx.quarantinedObject.findUniqueOrThrow({ where: { id } });
      await tx.ingestEvent.create({
        data: {
          outcome: decision.status,
          receivedVia: row.receivedVia,
          code: row.code,
          sopInstanceUid: decision.releasedSopInstanceUid ?? null,
        },
      });
      return row;
    });
  }
}
