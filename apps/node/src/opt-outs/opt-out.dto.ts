import { z } from 'zod';

/** An opt-out received at the hospital: the local Patient ID as typed by the operator (never stored as such). */
export const optOutBodySchema = z
  .object({
    patientId: z
      .string()
      .trim()
      .min(1, 'a patient id is required')
      .max(64, 'a Patient ID has at most 64 characters')
      .refine(
        (value) => !/[\\\u0000-\u001f]/.test(value),
        'a Patient ID has no control characters or backslashes',
      ),
  })
  .strict();

/** What recording an opt-out did. */
export interface OptOutRecorded {
  /** False when this patient's opt-out was on record already. */
  readonly newlyRecorded: boolean;
  readonly recordedAt: string;
  /** Pending pushes of the patient's instances that were withdrawn. */
  readonly withdrawnPushItems: number;
}
