import type { QuarantineStatus } from '../node-operator/node-client';

/** The longest note an operator may write with a decision (the node accepts up to 2,000 characters). */
export const decisionNoteMaxLength = 2000;

/** What the decision form holds while the operator fills it in. */
export interface DecisionForm {
  readonly note: string;
  readonly confirmed: boolean;
  readonly submitting: boolean;
}

/** The note as it is sent: without surrounding blanks, so a note of spaces counts as no note. */
export function decisionNoteOf(text: string): string {
  return text.trim();
}

/** A decision is sent only with a note, the explicit confirmation, and not while one is on its way. */
export function canSubmitDecision(form: DecisionForm): boolean {
  const note = decisionNoteOf(form.note);
  return note.length > 0 && note.length <= decisionNoteMaxLength && form.confirmed && !form.submitting;
}

/** The quarantine list a page shows, read from its query string (`?status=released`); waiting by default. */
export function quarantineStatusOf(search: string): QuarantineStatus {
  const status = new URLSearchParams(search).get('status');
  return status === 'released' || status === 'discarded' ? status : 'waiting';
}
