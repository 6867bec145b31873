/** The longest Patient ID DICOM allows (LO: 64 characters). */
export const patientIdMaxLength = 64;

/** The Patient ID as it is sent: surrounding blanks removed, as the node compares ids trimmed. */
export function patientIdOf(text: string): string {
  return text.trim();
}

/** An opt-out is sent only with a Patient ID of a valid length, the explicit confirmation, and once at a time. */
export function canRecordOptOut(form: {
  patientId: string;
  confirmed: boolean;
  submitting: boolean;
}): boolean {
  const patientId = patientIdOf(form.patientId);
  return patientId.length > 0 && patientId.length <= patientIdMaxLength && form.confirmed && !form.submitting;
}
