/** Counters of the operator's activity view: what arrived and what happened to it, and the push queue. */
export interface IngestActivity {
  readonly counts: {
    readonly received: number;
    readonly duplicate: number;
    readonly quarantined: number;
    readonly rejected: number;
    readonly excluded: number;
    readonly failed: number;
    readonly released: number;
    readonly discarded: number;
    readonly pending: number;
    readonly sent: number;
    readonly confirmed: number;
    readonly withdrawn: number;
    readonly pushFailed: number;
  };
  readonly recent: readonly {
    readonly occurredAt: string;
    readonly outcome: string;
    readonly receivedVia: string;
    readonly code: string | null;
  }[];
}

/** How many recent events the view lists. */
export const RECENT_EVENTS = 50;

/** Builds the view from per-outcome and per-state counts (absent ones are zero). */
export function ingestActivity(
  events: ReadonlyMap<string, number>,
  pushStates: ReadonlyMap<string, number>,
  recent: IngestActivity['recent'],
): IngestActivity {
  const event = (outcome: string) => events.get(outcome) ?? 0;
  const push = (state: string) => pushStates.get(state) ?? 0;
  return {
    counts: {
      received: event('received'),
      duplicate: event('duplicate'),
      quarantined: event('quarantined'),
      rejected: event('rejected'),
      excluded: event('excluded-by-consent'),
      failed: event('failed'),
      released: event('released'),
      discarded: event('discarded'),
      pending: push('pending'),
      sent: push('sent'),
      confirmed: push('confirmed'),
      withdrawn: push('withdrawn'),
      pushFailed: push('failed'),
    },
    recent,
  };
}
