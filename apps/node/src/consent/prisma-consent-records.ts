import { Injectable } from '@nestjs/common';
import type { ConsentRecords, ConsentSubject } from '@lattice/consent';
import { PrismaService } from '../database/prisma.service';

/** The node's consent records: opt-outs recorded at this hospital, held only as keyed digests. */
@Injectable()
export class PrismaConsentRecords implements ConsentRecords {
  constructor(private readonly prisma: PrismaService) {}

  async stateOf(subject: ConsentSubject): Promise<'opted-out' | 'opted-in' | null> {
    const where =
      subject.kind === 'patient-digest'
        ? { patientDigest: subject.digest }
        : { pseudonym: subject.pseudonym };
    const optOut = await this.prisma.consentOptOut.findFirst({ where, select: { recordedAt: true } });
    return optOut ? 'opted-out' : null;
  }
}
