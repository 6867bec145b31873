import { canRecordOptOut, patientIdOf } from '../opt-outs/opt-out-form';
import {
  canSubmitDecision,
  decisionNoteMaxLength,
  decisionNoteOf,
  quarantineStatusOf,
} from './decision-form';

describe('the decision form', () => {
  it('needs a note that is not blank, the confirmation, and no decision already on its way', () => {
    const ready = { note: 'Viewed every frame.', confirmed: true, submitting: false };
    expect(canSubmitDecision(ready)).toBe(true);
    expect(canSubmitDecision({ ...ready, note: '   ' })).toBe(false);
    expect(canSubmitDecision({ ...ready, confirmed: false })).toBe(false);
    expect(canSubmitDecision({ ...ready, submitting: true })).toBe(false);
    expect(canSubmitDecision({ ...ready, note: 'x'.repeat(decisionNoteMaxLength + 1) })).toBe(false);
  });

  it('sends the note without surrounding blanks', () => {
    expect(decisionNoteOf('  checked \n')).toBe('checked');
  });

  it('reads which list to show from the address, waiting by default', () => {
    expect(quarantineStatusOf('?status=released')).toBe('released');
    expect(quarantineStatusOf('?status=discarded')).toBe('discarded');
    expect(quarantineStatusOf('?status=everything')).toBe('waiting');
    expect(quarantineStatusOf('')).toBe('waiting');
  });
});

describe('the opt-out form', () => {
  it('needs a Patient ID of at most 64 characters and the confirmation', () => {
    const ready = { patientId: ' SYN-0042 ', confirmed: true, submitting: false };
    expect(canRecordOptOut(ready)).toBe(true);
    expect(patientIdOf(ready.patientId)).toBe('SYN-0042');
    expect(canRecordOptOut({ ...ready, patientId: ' ' })).toBe(false);
    expect(canRecordOptOut({ ...ready, patientId: 'x'.repeat(65) })).toBe(false);
    expect(canRecordOptOut({ ...ready, confirmed: false })).toBe(false);
    expect(canRecordOptOut({ ...ready, submitting: true })).toBe(false);
  });
});
