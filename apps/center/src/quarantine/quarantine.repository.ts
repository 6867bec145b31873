import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

/** A delivery stage 2 held back, as a data steward sees it: facts and reasons, never content. */
export interface CenterQuarantineView {
  readonly id: string;
  /** The node that delivered it. */
  readonly site: string;
  readonly receivedAt: string;
  readonly code: string;
  readonly reason: string;
  readonly sopClassUid: string | null;
  readonly modality: string | null;
  readonly status: string;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
}

/** The center quarantine (center_quarantine); the held stage-1 bytes stay in the object store. */
@Injectable()
export class QuarantineRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: {
    status?: 'waiting' | 'released' | 'discarded';
    limit: number;
    offset: number;
  }): Promise<{ total: number; items: CenterQuarantineView[] }> {
    const where = query.status ? { status: query.status } : {};
    const [total, rows] = await Promise.all([
      this.prisma.centerQuarantine.count({ where }),
      this.prisma.centerQuarantine.findMany({
        where,
        orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }],
        take: query.limit,
        skip: query.offset,
      }),
    ]);
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        site: row.nodeId,
        receivedAt: row.receivedAt.toISOString(),
        code: row.code,
        reason: row.reason,
        sopClassUid: row.sopClassUid,
        modality: row.modality,
        status: row.status,
        decidedBy: row.decidedBy,
        decidedAt: row.decidedAt?.toISOString() ?? null,
      })),
    };
  }
}
