import type { PlainMessageKey } from '../i18n/translate';

/**
 * The codes of DICOM CID 7050 "De-identification Method" (PS3.16), each with its code meaning as the
 * standard writes it and the dictionary key of a plain-words explanation for stewards.
 */
const cid7050 = {
  '113100': { meaning: 'Basic Application Confidentiality Profile', explanation: 'cid7050.113100' },
  '113101': { meaning: 'Clean Pixel Data Option', explanation: 'cid7050.113101' },
  '113102': { meaning: 'Clean Recognizable Visual Features Option', explanation: 'cid7050.113102' },
  '113103': { meaning: 'Clean Graphics Option', explanation: 'cid7050.113103' },
  '113104': { meaning: 'Clean Structured Content Option', explanation: 'cid7050.113104' },
  '113105': { meaning: 'Clean Descriptors Option', explanation: 'cid7050.113105' },
  '113106': {
    meaning: 'Retain Longitudinal Temporal Information Full Dates Option',
    explanation: 'cid7050.113106',
  },
  '113107': {
    meaning: 'Retain Longitudinal Temporal Information Modified Dates Option',
    explanation: 'cid7050.113107',
  },
  '113108': { meaning: 'Retain Patient Characteristics Option', explanation: 'cid7050.113108' },
  '113109': { meaning: 'Retain Device Identity Option', explanation: 'cid7050.113109' },
  '113110': { meaning: 'Retain UIDs Option', explanation: 'cid7050.113110' },
  '113111': { meaning: 'Retain Safe Private Option', explanation: 'cid7050.113111' },
  '113112': { meaning: 'Retain Institution Identity Option', explanation: 'cid7050.113112' },
} as const satisfies Record<string, { meaning: string; explanation: PlainMessageKey }>;

/** What a recorded code means: the standard's meaning and a plain-words explanation, when the code is in CID 7050. */
export function cid7050Entry(
  scheme: string,
  value: string,
): { readonly meaning: string; readonly explanation: PlainMessageKey } | null {
  if (scheme !== 'DCM' || !Object.hasOwn(cid7050, value)) return null;
  return cid7050[value as keyof typeof cid7050];
}
