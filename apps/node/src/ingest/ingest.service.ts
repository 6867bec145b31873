import { Inject, Injectable } from '@nestjs/common';
import type { ConsentDecision } from '@lattice/consent';
import {
  deidentifyInstance,
  pseudonymizePatientId,
  type DeidContext,
  type DeidentifiedOutcome,
  type QuarantinedOutcome,
} from '@lattice/deid';
import { JsonLogger } from '@lattice/server-kit';
import { InjectVault } from '../vault/vault.module';
import type { Vault } from '../vault/vault';
import { ConsentDecisions } from './consent-decisions';
import { InFlight } from './in-flight';
import { IngestRepository, type IngestEventOutcome } from './ingest.repository';
import type {
  IngestFailureCode,
  IngestOptions,
  IngestRejectCode,
  IngestResult,
  ReceivedUids,
} from './ingest-result';
import { against, IngestStepError } from './ingest-step-error';
import { InstanceWriter } from './instance-writer';
import { QuarantineHold } from './quarantine-hold';
import { readReceivedFacts, UnreadableObjectError, type ReceivedFacts } from './received-facts';
import { STAGE_ONE } from './stage-one';

const FAILURE_BY_DEPENDENCY: Readonly<Record<IngestStepError['dependency'], IngestFailureCode>> = {
  storage: 'STORAGE_UNAVAILABLE',
  database: 'DATABASE_UNAVAILABLE',
  vault: 'VAULT_UNAVAILABLE',
};

/**
 * The one ingest path of the node, for DIMSE, STOW-RS and `lattice import`: consent, stage-1
 * de-identification with the hospital's key, the vault link, then the object store and one
 * transaction (instance, push item, event), or the quarantine. Nothing is written before consent and
 * stage 1 are decided; identifying values never reach a log line or a reason.
 */
@Injectable()
export class IngestService {
  constructor(
    @Inject(STAGE_ONE) private readonly stageOne: DeidContext,
    private readonly consent: ConsentDecisions,
    @InjectVault() private readonly vault: Vault,
    private readonly writer: InstanceWriter,
    private readonly quarantine: QuarantineHold,
    private readonly repository: IngestRepository,
    private readonly inFlight: InFlight,
    private readonly logger: JsonLogger,
  ) {}

  /** Takes one Part 10 object (or bare data set) and says what became of it. Never throws. */
  ingest(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
    return this.inFlight.track(() => this.take(bytes, options));
  }

  private async take(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
    let received: ReceivedUids | undefined;
    try {
      let facts: ReceivedFacts;
      try {
        facts = readReceivedFacts(bytes);
      } catch (error) {
        if (!(error instanceof UnreadableObjectError)) throw error;
        return await this.finish({ outcome: 'rejected', code: error.code, reason: error.message }, options);
      }
      if (facts.sopClassUid !== '' && facts.sopInstanceUid !== '') {
        received = { sopClassUid: facts.sopClassUid, sopInstanceUid: facts.sopInstanceUid };
      }
      const mismatch = this.mismatch(facts, options);
      if (mismatch) return await this.finish(mismatch, options, received);

      // Consent and stage 1 run side by side: the decision's round trip to the database overlaps the
      // CPU work of de-identification, and nothing is written before both are known.
      const decision = this.decide(facts.patientId);
      const stageOne = await deidentifyInstance(bytes, this.stageOne);
      const consent = await decision;
      if (consent instanceof IngestStepError) throw consent;
      if (!consent.included) {
        const code = consent.reason === 'opted-out' ? 'OPTED_OUT' : 'NO_CONSENT';
        return await this.finish(
          { outcome: 'excluded', code, reason: `excluded by consent (${consent.reason})` },
          options,
          received,
        );
      }
      switch (stageOne.status) {
        case 'rejected':
          return await this.finish(
            { outcome: 'rejected', code: stageOne.code, reason: stageOne.reason },
            options,
            received,
          );
        case 'failed':
          return await this.finish(
            { outcome: 'failed', code: 'INTERNAL_ERROR', reason: stageOne.reason },
            options,
            received,
          );
        case 'quarantined':
          return await this.hold(bytes, facts, stageOne, options, received);
        case 'deidentified':
          return await this.store(facts, stageOne, options, received);
      }
    } catch (error) {
      return await this.fail(error, options, received);
    }
  }

  /** Records an object the transport refused before it could be read (a STOW-RS part of another type). */
  async refuse(
    code: Extract<IngestRejectCode, 'UNSUPPORTED_MEDIA_TYPE' | 'TRUNCATED'>,
    reason: string,
    options: IngestOptions,
  ): Promise<IngestResult> {
    return this.finish({ outcome: 'rejected', code, reason }, options);
  }

  private async store(
    facts: ReceivedFacts,
    instance: DeidentifiedOutcome,
    options: IngestOptions,
    received: ReceivedUids | undefined,
  ): Promise<IngestResult> {
    // The link is written before the instance exists anywhere, so every stored pseudonym can be traced.
    if (
      facts.patientId !== '' &&
      instance.pseudonym === pseudonymizePatientId(this.stageOne.hash, 1, facts.patientId)
    ) {
      await against('vault', () => this.vault.linkPatient(facts.patientId, instance.pseudonym));
    }
    const { stored } = await this.writer.write(instance, options.via, options.callingAeTitle ?? null);
    const result: IngestResult = {
      outcome: stored ? 'stored' : 'duplicate',
      sopInstanceUid: instance.sopInstanceUid,
      ...(received ? { received } : {}),
    };
    this.log(result, options);
    return result;
  }

  private async hold(
    bytes: Uint8Array,
    facts: ReceivedFacts,
    verdict: QuarantinedOutcome,
    options: IngestOptions,
    received: ReceivedUids | undefined,
  ): Promise<IngestResult> {
    const held = await this.quarantine.hold(bytes, facts, verdict, options);
    const result: IngestResult =
      held.held === 'already-released'
        ? { outcome: 'duplicate', sopInstanceUid: held.sopInstanceUid }
        : { outcome: 'quarantined', code: verdict.code, reason: verdict.reason };
    this.log(result, options);
    return received ? { ...result, received } : result;
  }

  /** The consent decision, or the failure to reach it as a value (so it never rejects unobserved). */
  private decide(patientId: string): Promise<ConsentDecision | IngestStepError> {
    // A file without a Patient ID cannot be matched to any record: the programme decides.
    if (patientId === '') {
      return Promise.resolve(
        this.consent.programme === 'opt-out'
          ? { included: true, reason: 'no-objection-on-record' }
          : { included: false, reason: 'no-consent-on-record' },
      );
    }
    const decision = this.consent.decide(this.vault.patientDigest(patientId));
    return decision.catch((error: unknown) => new IngestStepError('database', { cause: error }));
  }

  private mismatch(facts: ReceivedFacts, options: IngestOptions): IngestResult | null {
    // Without its study and series an instance cannot be catalogued, queried or pushed.
    if (facts.studyInstanceUid === '' || facts.seriesInstanceUid === '') {
      return {
        outcome: 'rejected',
        code: 'NOT_AN_INSTANCE',
        reason: 'the data set has no Study or Series Instance UID',
      };
    }
    if (options.expectedSopClassUid !== undefined && facts.sopClassUid !== options.expectedSopClassUid) {
      return {
        outcome: 'rejected',
        code: 'SOP_CLASS_MISMATCH',
        reason: 'the data set is not of the SOP Class its C-STORE request announced',
      };
    }
    if (
      options.expectedStudyInstanceUid !== undefined &&
      facts.studyInstanceUid !== options.expectedStudyInstanceUid
    ) {
      return {
        outcome: 'rejected',
        code: 'STUDY_MISMATCH',
        reason: 'the instance belongs to another study than the request names',
      };
    }
    return null;
  }

  /** Records the event of an outcome that has no instance row and answers it. */
  private async finish(
    result: IngestResult,
    options: IngestOptions,
    received?: ReceivedUids,
  ): Promise<IngestResult> {
    const answer = received ? { ...result, received } : result;
    this.log(answer, options);
    const event: IngestEventOutcome =
      result.outcome === 'excluded'
        ? 'excluded-by-consent'
        : result.outcome === 'rejected'
          ? 'rejected'
          : 'failed';
    const code = 'code' in result ? result.code : null;
    try {
      await this.repository.recordEvent(event, options.via, code);
    } catch {
      // The answer stands without its counter; the database failure shows in the next ingest.
      this.logger.event('warn', 'ingest.event_not_recorded', { via: options.via, outcome: result.outcome });
    }
    return answer;
  }

  private async fail(
    error: unknown,
    options: IngestOptions,
    received: ReceivedUids | undefined,
  ): Promise<IngestResult> {
    if (error instanceof IngestStepError) {
      const code = FAILURE_BY_DEPENDENCY[error.dependency];
      this.logger.event('error', 'ingest.dependency_failed', {
        via: options.via,
        dependency: error.dependency,
        error: error.cause instanceof Error ? error.cause.name : typeof error.cause,
        detail: safeDetail(error.cause),
      });
      return this.finish({ outcome: 'failed', code, reason: error.message }, options, received);
    }
    this.logger.event('error', 'ingest.internal_error', {
      via: options.via,
      error: error instanceof Error ? error.name : typeof error,
      stack: error instanceof Error ? error.stack : undefined,
    });
    return this.finish(
      { outcome: 'failed', code: 'INTERNAL_ERROR', reason: 'the node failed to process the object' },
      options,
      received,
    );
  }

  private log(result: IngestResult, options: IngestOptions): void {
    const level = result.outcome === 'quarantined' ? 'info' : result.outcome === 'failed' ? 'warn' : 'debug';
    this.logger.event(level, 'ingest.object', {
      via: options.via,
      outcome: result.outcome,
      ...('code' in result ? { code: result.code } : {}),
    });
  }
}

/** Messages of storage, vault and database errors name operations and codes, not data; kept short. */
function safeDetail(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
