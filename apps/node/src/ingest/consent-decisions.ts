import { Injectable } from '@nestjs/common';
import type { ConsentDecision, ConsentDecisionPoint, ConsentProgramme } from '@lattice/consent';
import { InjectConsentDecisionPoint } from '../consent/consent.module';

/** How long a decision is reused: a study arrives as hundreds of objects of one patient within seconds. */
export const DECISION_MEMORY_MS = 1000;
const MAX_REMEMBERED = 10_000;

/**
 * The node's consent decision point as the ingest path asks it: one lookup per patient digest per
 * second, shared by the objects arriving meanwhile. Recording an opt-out at this node clears the
 * memory at once (`forget`), and a lookup that started before then is not remembered.
 */
@Injectable()
export class ConsentDecisions {
  private readonly remembered = new Map<
    string,
    { readonly decision: ConsentDecision; readonly until: number }
  >();
  private readonly pending = new Map<string, Promise<ConsentDecision>>();
  private generation = 0;

  constructor(@InjectConsentDecisionPoint() private readonly point: ConsentDecisionPoint) {}

  get programme(): ConsentProgramme {
    return this.point.programme;
  }

  /** The decision for a patient, by the keyed digest of their local id. */
  async decide(patientDigest: string): Promise<ConsentDecision> {
    const memory = this.remembered.get(patientDigest);
    if (memory && memory.until > Date.now()) return memory.decision;
    let lookup = this.pending.get(patientDigest);
    if (!lookup) {
      const generation = this.generation;
      lookup = this.point.decide({ kind: 'patient-digest', digest: patientDigest });
      this.pending.set(patientDigest, lookup);
      const settle = () => {
        if (this.pending.get(patientDigest) === lookup) this.pending.delete(patientDigest);
      };
      lookup.then((decision) => {
        settle();
        if (generation === this.generation) this.remember(patientDigest, decision);
      }, settle);
    }
    return lookup;
  }

  /** Drops every remembered decision: consent records changed. */
  forget(): void {
    this.generation += 1;
    this.remembered.clear();
    this.pending.clear();
  }

  private remember(patientDigest: string, decision: ConsentDecision): void {
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
    this.remembered.set(patientDigest, { decision, until: Date.now() + DECISION_MEMORY_MS });
  }
}
