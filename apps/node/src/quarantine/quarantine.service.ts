import { Inject, Injectable } from '@nestjs/common';
import {
  deidentifyInstance,
  isReviewablePixelCode,
  pseudonymizePatientId,
  type DeidContext,
  type DeidentifiedOutcome,
} from '@lattice/deid';
import { JsonLogger } from '@lattice/server-kit';
import { ConsentDecisions } from '../ingest/consent-decisions';
import { against, IngestStepError } from '../ingest/ingest-step-error';
import { InstanceWriter } from '../ingest/instance-writer';
import { KeyLocks } from '../ingest/key-locks';
import { originalLockKey } from '../ingest/quarantine-hold';
import { readReceivedFacts, UnreadableObjectError } from '../ingest/received-facts';
import { STAGE_ONE } from '../ingest/stage-one';
import { VaultError } from '../vault/vault-error';
import { InjectVault } from '../vault/vault.module';
import type { Vault } from '../vault/vault';
import { QuarantineDecisionError } from './quarantine-decision.error';
import { toQuarantineItem, type QuarantineItem, type QuarantineStatus } from './quarantine-item';
import { QuarantineRepository } from './quarantine.repository';

/** What an operator decides, and who. */
export interface OperatorDecision {
  readonly operator: string;
  readonly note: string;
}

/**
 * The operator's side of the quarantine: list, release a reviewed object (de-identified again with
 * the review recorded in its provenance, then stored and queued for the center like any instance),
 * or discard it (its encrypted original is destroyed). Only pixel reasons can be released.
 */
@Injectable()
export class QuarantineService {
  constructor(
    private readonly repository: QuarantineRepository,
    @InjectVault() private readonly vault: Vault,
    @Inject(STAGE_ONE) private readonly stageOne: DeidContext,
    private readonly consent: ConsentDecisions,
    private readonly writer: InstanceWriter,
    private readonly locks: KeyLocks,
    private readonly logger: JsonLogger,
  ) {}

  async list(status: QuarantineStatus, limit: number): Promise<QuarantineItem[]> {
    return (await this.repository.list(status, limit)).map(toQuarantineItem);
  }

  async release(id: string, decision: OperatorDecision): Promise<QuarantineItem> {
    const row = await this.waiting(id);
    if (!isReviewablePixelCode(row.code)) {
      throw new QuarantineDecisionError(
        'NOT_RELEASABLE',
        `Held for ${row.code}: looking at the image cannot settle that; discard it instead.`,
      );
    }
    return this.locks.withKey(originalLockKey(row.originalSha256), async () => {
      const original = await this.original(row.originalSha256);
      const instance = await this.reviewed(original);
      const { stored } = await this.unavailableOnFailure(() =>
        this.writer.write(instance, 'quarantine-release', row.callingAeTitle),
      );
      const decided = await this.unavailableOnFailure(() =>
        this.repository.decide(id, {
          status: 'released',
          decidedBy: decision.operator,
          note: decision.note,
          releasedSopInstanceUid: instance.sopInstanceUid,
        }),
      );
      if (!decided) throw alreadyDecided();
      await this.destroyOriginal(row.originalSha256);
      this.logger.event('info', 'quarantine.released', { id, code: row.code, stored });
      return toQuarantineItem(decided);
    });
  }

  async discard(id: string, decision: OperatorDecision): Promise<QuarantineItem> {
    const row = await this.waiting(id);
    return this.locks.withKey(originalLockKey(row.originalSha256), async () => {
      const decided = await this.unavailableOnFailure(() =>
        this.repository.decide(id, {
          status: 'discarded',
          decidedBy: decision.operator,
          note: decision.note,
        }),
      );
      if (!decided) throw alreadyDecided();
      await this.destroyOriginal(row.originalSha256);
      this.logger.event('info', 'quarantine.discarded', { id, code: row.code });
      return toQuarantineItem(decided);
    });
  }

  private async waiting(id: string) {
    const row = await this.unavailableOnFailure(() => this.repository.find(id));
    if (!row) throw new QuarantineDecisionError('NOT_FOUND', 'No quarantined object has this id.');
    if (row.status !== 'waiting') throw alreadyDecided();
    return row;
  }

  private async original(sha256: string): Promise<Buffer> {
    try {
      return await this.vault.readOriginal(sha256);
    } catch (error) {
      if (error instanceof VaultError && error.code !== 'UNAVAILABLE') {
        this.logger.event('error', 'quarantine.original_unreadable', { code: error.code });
        throw new QuarantineDecisionError(
          'ORIGINAL_UNAVAILABLE',
          `The encrypted original cannot be read (${error.code}).`,
        );
      }
      throw new QuarantineDecisionError('UNAVAILABLE', 'The vault is not available; try again.');
    }
  }

  /** Consent again (it may have changed while the object waited), then stage 1 with the review. */
  private async reviewed(original: Buffer): Promise<DeidentifiedOutcome> {
    let patientId: string;
    try {
      patientId = readReceivedFacts(original).patientId;
    } catch (error) {
      if (error instanceof UnreadableObjectError)
        throw new QuarantineDecisionError('STILL_HELD', `Not readable: ${error.code}.`);
      throw error;
    }
    const decision =
      patientId === ''
        ? { included: this.consent.programme === 'opt-out' }
        : await this.unavailableOnFailure(() => this.consent.decide(this.vault.patientDigest(patientId)));
    if (!decision.included) {
      throw new QuarantineDecisionError(
        'EXCLUDED_BY_CONSENT',
        'The patient is excluded by consent now; discard it instead.',
      );
    }
    const context: DeidContext = {
      ...this.stageOne,
      pixels: { ...this.stageOne.pixels, operatorReviewed: true },
    };
    const outcome = await deidentifyInstance(original, context);
    if (outcome.status !== 'deidentified') {
      throw new QuarantineDecisionError(
        'STILL_HELD',
        `Still held after the review: ${outcome.code} (${outcome.reason}).`,
      );
    }
    if (patientId !== '' && outcome.pseudonym === pseudonymizePatientId(this.stageOne.hash, 1, patientId)) {
      await this.unavailableOnFailure(() =>
        against('vault', () => this.vault.linkPatient(patientId, outcome.pseudonym)),
      );
    }
    return outcome;
  }

  private async destroyOriginal(sha256: string): Promise<void> {
    try {
      await this.vault.destroyOriginal(sha256);
    } catch {
      // The decision stands; the next start's repair destroys an original no waiting row needs.
      this.logger.event('warn', 'quarantine.original_not_destroyed');
    }
  }

  private async unavailableOnFailure<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof QuarantineDecisionError) throw error;
      this.logger.event('error', 'quarantine.dependency_failed', {
        dependency: error instanceof IngestStepError ? error.dependency : 'database',
      });
      throw new QuarantineDecisionError(
        'UNAVAILABLE',
        'Storage, vault or database is not available; try again.',
      );
    }
  }
}

function alreadyDecided(): QuarantineDecisionError {
  return new QuarantineDecisionError('ALREADY_DECIDED', 'This object was released or discarded already.');
}
