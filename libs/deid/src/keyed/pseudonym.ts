import type { DeidStage, KeyedHash } from './keyed-hash';
import { base32 } from './keyed-hash';

/** Domain label of the patient pseudonym for a stage: P1 = HMAC(K_hospital, id), P2 = HMAC(K_center, P1). */
export const patientIdLabel = (stage: DeidStage): string => `lattice/v1/patient-id/stage-${stage}`;

/** Domain label of the stand-in subject used when a file has no Patient ID (stage 1 only). */
export const ABSENT_PATIENT_ID_LABEL = 'lattice/v1/patient-id-absent';

/** A pseudonym is the stage marker and 128 bits of HMAC in Crockford base32: `P1` + 26 characters. */
export function formatPseudonym(stage: DeidStage, digest: Uint8Array): string {
  return `P${stage}${base32(digest.subarray(0, 16))}`;
}

/** True when a Patient ID has the shape of a Lattice pseudonym of the given stage. */
export function isPseudonym(stage: DeidStage, value: string): boolean {
  return (stage === 1 ? STAGE1_PSEUDONYM : STAGE2_PSEUDONYM).test(value);
}

const STAGE1_PSEUDONYM = /^P1[0-9A-HJKMNP-TV-Z]{26}$/;
const STAGE2_PSEUDONYM = /^P2[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * The stage pseudonym of a patient id: 28 characters, a valid LO. Stage 1 hashes the hospital's id,
 * stage 2 hashes the stage-1 pseudonym.
 */
export function pseudonymizePatientId(hash: KeyedHash, stage: DeidStage, patientId: string): string {
  return formatPseudonym(stage, hash.digest(patientIdLabel(stage), patientId));
}

/**
 * The pseudonym for a file that has no Patient ID: derived from its Study Instance UID, so files of one
 * study stay together while studies without ids never merge into one "patient".
 */
export function pseudonymForAbsentPatientId(hash: KeyedHash, studyInstanceUid: string): string {
  return formatPseudonym(1, hash.digest(ABSENT_PATIENT_ID_LABEL, studyInstanceUid));
}

/** The Patient's Name written with a pseudonym: one family-name component, a valid PN of 28 characters. */
export function pseudonymousPatientName(pseudonym: string): string {
  return pseudonym;
}
