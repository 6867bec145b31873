import { Inject, Injectable } from '@nestjs/common';
import { pseudonymizePatientId, type DeidContext } from '@lattice/deid';
import { JsonLogger } from '@lattice/server-kit';
import { PrismaService } from '../database/prisma.service';
import { ConsentDecisions } from '../ingest/consent-decisions';
import { STAGE_ONE } from '../ingest/stage-one';
import { InjectVault } from '../vault/vault.module';
import type { Vault } from '../vault/vault';
import type { OptOutRecorded } from './opt-out.dto';

/** Where an opt-out recorded by this service came from. */
export const NODE_OPERATOR_SOURCE = 'node-operator';

/**
 * Records opt-outs received at the hospital, as keyed digests only: the vault-keyed digest of the
 * Patient ID (checked at ingest) and the stage-1 pseudonym (checked before every push). Pending pushes
 * of the patient's instances are withdrawn in the same transaction, and remembered ingest decisions
 * are dropped, so the next object of that patient is excluded.
 */
@Injectable()
export class OptOutService {
  constructor(
    private readonly prisma: PrismaService,
    @InjectVault() private readonly vault: Vault,
    @Inject(STAGE_ONE) private readonly stageOne: DeidContext,
    private readonly decisions: ConsentDecisions,
    private readonly logger: JsonLogger,
  ) {}

  async record(patientId: string, recordedBy: string): Promise<OptOutRecorded> {
    const patientDigest = this.vault.patientDigest(patientId);
    const pseudonym = pseudonymizePatientId(this.stageOne.hash, 1, patientId.trim());
    const result = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.consentOptOut.findUnique({ where: { patientDigest } });
      const optOut =
        existing ??
        (await tx.consentOptOut.create({
          data: { patientDigest, pseudonym, recordedBy, source: NODE_OPERATOR_SOURCE },
        }));
      const withdrawn = await tx.pushItem.updateMany({
        where: { state: 'pending', instance: { pseudonym } },
        data: { state: 'withdrawn', lastError: 'CONSENT_WITHDRAWN' },
      });
      return { newlyRecorded: !existing, recordedAt: optOut.recordedAt, withdrawnPushItems: withdrawn.count };
    });
    this.decisions.forget();
    this.logger.event('info', 'consent.opt_out_recorded', {
      newlyRecorded: result.newlyRecorded,
      withdrawnPushItems: result.withdrawnPushItems,
    });
    return { ...result, recordedAt: result.recordedAt.toISOString() };
  }
}
