import type { PlainMessageKey } from '../i18n/translate';

/** How an outcome is coloured: done, needs a look, went wrong, or simply happened. */
export type OutcomeTone = 'success' | 'warning' | 'error' | 'neutral';

const outcomes = {
  received: { label: 'ingest.outcome.received', tone: 'success' },
  stored: { label: 'ingest.outcome.stored', tone: 'success' },
  duplicate: { label: 'ingest.outcome.duplicate', tone: 'neutral' },
  quarantined: { label: 'ingest.outcome.quarantined', tone: 'warning' },
  rejected: { label: 'ingest.outcome.rejected', tone: 'error' },
  excluded: { label: 'ingest.outcome.excluded', tone: 'neutral' },
  'excluded-by-consent': { label: 'ingest.outcome.excluded', tone: 'neutral' },
  released: { label: 'ingest.outcome.released', tone: 'success' },
  discarded: { label: 'ingest.outcome.discarded', tone: 'neutral' },
  withdrawn: { label: 'ingest.outcome.withdrawn', tone: 'neutral' },
  failed: { label: 'ingest.outcome.failed', tone: 'error' },
} as const satisfies Record<string, { label: PlainMessageKey; tone: OutcomeTone }>;

const channels = {
  dimse: 'ingest.via.dimse',
  stow: 'ingest.via.stow',
  import: 'ingest.via.import',
  'quarantine-release': 'ingest.via.quarantineRelease',
} as const satisfies Record<string, PlainMessageKey>;

/** The label and tone of an ingest outcome the node reports; unknown outcomes are shown as written. */
export function outcomeLabelOf(outcome: string): { label: PlainMessageKey; tone: OutcomeTone } | null {
  return Object.hasOwn(outcomes, outcome) ? outcomes[outcome as keyof typeof outcomes] : null;
}

/** The label of the way an object arrived (DIMSE, STOW-RS, import); unknown ways are shown as written. */
export function channelLabelOf(receivedVia: string): PlainMessageKey | null {
  return Object.hasOwn(channels, receivedVia) ? channels[receivedVia as keyof typeof channels] : null;
}
