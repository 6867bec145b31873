import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { ingestActivity, RECENT_EVENTS, type IngestActivity } from './ingest-activity';

/** Reads the ingest counters and the push queue's states. */
@Injectable()
export class ActivityRepository {
  constructor(private readonly prisma: PrismaService) {}

  async activity(): Promise<IngestActivity> {
    const [events, states, recent] = await Promise.all([
      this.prisma.ingestEvent.groupBy({ by: ['outcome'], _count: { _all: true } }),
      this.prisma.pushItem.groupBy({ by: ['state'], _count: { _all: true } }),
      this.prisma.ingestEvent.findMany({
        orderBy: { id: 'desc' },
        take: RECENT_EVENTS,
        select: { occurredAt: true, outcome: true, receivedVia: true, code: true },
      }),
    ]);
    return ingestActivity(
      new Map(events.map((row) => [row.outcome, row._count._all])),
      new Map(states.map((row) => [row.state, row._count._all])),
      recent.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
    );
  }
}
