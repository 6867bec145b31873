import { DeidError } from '../deid-error';
import type { KeyedHash } from './keyed-hash';

/** Domain label of the per-patient date shift. */
export const DATE_SHIFT_LABEL = 'lattice/v1/date-shift';

/** Default largest shift in days, either direction. */
export const DEFAULT_DATE_SHIFT_MAX_DAYS = 365;

/** Throws DeidError INVALID_DATE_SHIFT_WINDOW unless the window is a whole number of days in 1–36500. */
export function assertDateShiftWindow(maxDays: number): void {
  if (!Number.isInteger(maxDays) || maxDays < 1 || maxDays > 36500) {
    throw new DeidError(
      'INVALID_DATE_SHIFT_WINDOW',
      'the date-shift window must be a whole number of days from 1 to 36500',
    );
  }
}

/** The subject a date shift is keyed on: the patient id, or the study when the file has no patient id. */
export function dateShiftSubject(patientId: string | undefined, studyInstanceUid: string): string {
  return patientId !== undefined ? `patient-id:${patientId}` : `study:${studyInstanceUid}`;
}

/**
 * The per-patient shift in days, in [-maxDays, -1] ∪ [1, maxDays] and never 0: the first four bytes
 * of HMAC(key, label || 0 || subject) as a big-endian integer n, then k = n mod 2·maxDays gives
 * -(k + 1) for k < maxDays and k − maxDays + 1 otherwise.
 */
export function dateShiftDays(
  hash: KeyedHash,
  subject: string,
  maxDays = DEFAULT_DATE_SHIFT_MAX_DAYS,
): number {
  assertDateShiftWindow(maxDays);
  const n = hash.digest(DATE_SHIFT_LABEL, subject).readUInt32BE(0);
  const k = n % (2 * maxDays);
  return k < maxDays ? -(k + 1) : k - maxDays + 1;
}
