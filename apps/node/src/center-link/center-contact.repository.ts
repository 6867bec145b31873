import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

export interface CenterContactRecord {
  readonly kind: string;
  readonly succeeded: boolean;
  readonly outcome: string;
  readonly durationMs: number;
}

export interface CenterLinkSummary {
  readonly lastAttemptAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastOutcome: string | null;
}

// Contacts older than this are pruned; the operator needs recent history, not an archive.
const KEEP_CONTACTS = 1000;

/** Every attempt to reach the center, for the operator's view of the link. */
@Injectable()
export class CenterContactRepository {
  constructor(private readonly prisma: PrismaService) {}

  async record(contact: CenterContactRecord): Promise<void> {
    const created = await this.prisma.centerContact.create({ data: contact });
    if (created.id % 100n === 0n) {
      await this.prisma.centerContact.deleteMany({
        where: { id: { lte: created.id - BigInt(KEEP_CONTACTS) } },
      });
    }
  }

  async summary(): Promise<CenterLinkSummary> {
    const [last, lastSuccess] = await Promise.all([
      this.prisma.centerContact.findFirst({ orderBy: { id: 'desc' } }),
      this.prisma.centerContact.findFirst({ where: { succeeded: true }, orderBy: { id: 'desc' } }),
    ]);
    return {
      lastAttemptAt: last?.attemptedAt.toISOString() ?? null,
      lastSuccessAt: lastSuccess?.attemptedAt.toISOString() ?? null,
      lastOutcome: last?.outcome ?? null,
    };
  }
}
