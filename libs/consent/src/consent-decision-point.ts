/**
 * Whether a patient's data may be included. Opt-out programmes include everyone unless an opt-out is
 * on record; opt-in programmes include only those who agreed. The decision point is the one place a
 * node asks, before storing and before pushing; today its records are the node's own, later the
 * center's consent registry replicated to the node.
 */
export type ConsentProgramme = 'opt-out' | 'opt-in';

/** Who a decision is about, without naming them: a keyed digest of the local patient id, or the stage-1 pseudonym. */
export type ConsentSubject =
  | { readonly kind: 'patient-digest'; readonly digest: string }
  | { readonly kind: 'pseudonym'; readonly pseudonym: string };

export type ConsentReason = 'no-objection-on-record' | 'opted-out' | 'opted-in' | 'no-consent-on-record';

export interface ConsentDecision {
  readonly included: boolean;
  readonly reason: ConsentReason;
}

/** The records a decision rests on (the port: a database table at a node, an in-memory twin in tests). */
export interface ConsentRecords {
  /** 'opted-out', 'opted-in', or null when nothing is on record for the subject. */
  stateOf(subject: ConsentSubject): Promise<'opted-out' | 'opted-in' | null>;
}

export class ConsentDecisionPoint {
  constructor(
    readonly programme: ConsentProgramme,
    private readonly records: ConsentRecords,
  ) {}

  /** Decides for one subject. An opt-out always wins, whatever the programme. */
  async decide(subject: ConsentSubject): Promise<ConsentDecision> {
    const state = await this.records.stateOf(subject);
    if (state === 'opted-out') return { included: false, reason: 'opted-out' };
    if (state === 'opted-in') return { included: true, reason: 'opted-in' };
    return this.programme === 'opt-out'
      ? { included: true, reason: 'no-objection-on-record' }
      : { included: false, reason: 'no-consent-on-record' };
  }
}

/** An in-memory twin of the records, for domain tests. */
export class InMemoryConsentRecords implements ConsentRecords {
  private readonly states = new Map<string, 'opted-out' | 'opted-in'>();

  record(subject: ConsentSubject, state: 'opted-out' | 'opted-in'): void {
    this.states.set(keyOf(subject), state);
  }

  async stateOf(subject: ConsentSubject): Promise<'opted-out' | 'opted-in' | null> {
    return this.states.get(keyOf(subject)) ?? null;
  }
}

function keyOf(subject: ConsentSubject): string {
  return subject.kind === 'patient-digest' ? `d:${subject.digest}` : `p:${subject.pseudonym}`;
}
