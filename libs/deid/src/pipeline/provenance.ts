import { tag, Tags, type DicomDataset } from '@lattice/dicom';
import type { DeidStage } from '../keyed/keyed-hash';
import type { CompiledProfile } from '../profile/compile-profile';
import {
  BASIC_PROFILE_CODE,
  CLEAN_PIXEL_DATA_CODE,
  OPTION_CODES,
  type DeidentificationCode,
} from './deidentification-codes';

const CodeValue = tag(0x0008, 0x0100);
const CodingSchemeDesignator = tag(0x0008, 0x0102);
const CodeMeaning = tag(0x0008, 0x0104);

/** The De-identification Method (0012,0063) value each Lattice stage writes begins with this. */
export const METHOD_PREFIX = 'LATTICE stage ';

/** The De-identification Method value of one stage (LO, at most 64 characters). */
export function methodDescription(stage: DeidStage, profile: CompiledProfile): string {
  return `${METHOD_PREFIX}${stage}: ${profile.name} (PS3.15 ${profile.edition})`.slice(0, 64);
}

/** The Lattice stages recorded in a dataset's De-identification Method values, in order. */
export function recordedStages(dataset: DicomDataset): DeidStage[] {
  const stages: DeidStage[] = [];
  for (const value of dataset.getStrings(Tags.DeidentificationMethod)) {
    if (value.startsWith(`${METHOD_PREFIX}1:`)) stages.push(1);
    else if (value.startsWith(`${METHOD_PREFIX}2:`)) stages.push(2);
  }
  return stages;
}

/** The CID 7050 codes of one run: the basic profile, each option applied, and Clean Pixel Data after a redaction. */
export function appliedCodes(profile: CompiledProfile, pixelsRedacted: boolean): DeidentificationCode[] {
  const codes = [BASIC_PROFILE_CODE, ...profile.options.map((option) => OPTION_CODES[option])];
  if (pixelsRedacted) codes.push(CLEAN_PIXEL_DATA_CODE);
  return codes;
}

/** What a stage did to dates, for Longitudinal Temporal Information Modified (0028,0303). */
export type TemporalInformation = 'MODIFIED' | 'UNMODIFIED' | 'REMOVED';

/**
 * Records a run: Patient Identity Removed YES, the stage's De-identification Method value and codes
 * appended after those of earlier stages or tools (never replacing them), and Longitudinal Temporal
 * Information Modified (an earlier MODIFIED or REMOVED is not downgraded to UNMODIFIED).
 */
export function recordProvenance(
  dataset: DicomDataset,
  stage: DeidStage,
  profile: CompiledProfile,
  codes: readonly DeidentificationCode[],
  temporal: TemporalInformation | null,
): void {
  dataset.setString(Tags.PatientIdentityRemoved, 'CS', 'YES');
  const methods = dataset.getStrings(Tags.DeidentificationMethod).filter((value) => value !== '');
  dataset.setStrings(Tags.DeidentificationMethod, 'LO', [...methods, methodDescription(stage, profile)]);

  const items = [...dataset.getItems(Tags.DeidentificationMethodCodeSequence)];
  for (const code of codes) {
    const item = dataset.createItem();
    item.setString(CodeValue, 'SH', code.value);
    item.setString(CodingSchemeDesignator, 'SH', 'DCM');
    item.setString(CodeMeaning, 'LO', code.meaning);
    items.push(item);
  }
  dataset.set({ kind: 'sequence', tag: Tags.DeidentificationMethodCodeSequence, vr: 'SQ', items });

  if (temporal !== null) {
    const previous = dataset.getString(Tags.LongitudinalTemporalInformationModified);
    const keepPrevious = temporal === 'UNMODIFIED' && (previous === 'MODIFIED' || previous === 'REMOVED');
    if (!keepPrevious) dataset.setString(Tags.LongitudinalTemporalInformationModified, 'CS', temporal);
  }
}
