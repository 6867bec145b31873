import type { VR } from './vr';

/**
 * A resolved Specific Character Set (0008,0005). This first version decodes the default repertoire,
 * ISO_IR 100 and ISO_IR 192; the full table (ISO 2022 code extensions, GB18030, the ISO 8859 family)
 * extends `decodeText` without changing this contract.
 */
export interface CharacterSet {
  /** The defined terms as written in the dataset, in order (value 1 may be empty). */
  readonly terms: readonly string[];
  /** True when text is UTF-8 (ISO_IR 192), the encoding every rewritten value uses. */
  readonly isUtf8: boolean;
}

export function parseSpecificCharacterSet(value: string): CharacterSet {
  const terms = value === '' ? [] : value.split('\\').map((term) => term.trim());
  return { terms, isUtf8: terms.some((term) => term.replace(/[-_ ]/g, '').toUpperCase() === 'ISOIR192') };
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Decodes value bytes to text under a character set (null: default repertoire). */
export function decodeText(bytes: Uint8Array, charset: CharacterSet | null, _vr: VR): string {
  if (charset?.isUtf8) return utf8.decode(bytes);
  if (charset && charset.terms.length > 0) return latin1.decode(bytes);
  return latin1.decode(bytes);
}

const encoder = new TextEncoder();

/** Encodes text for writing: always UTF-8, identical to ASCII for the default repertoire. */
export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}

/** True when every character is in the DICOM default repertoire (ASCII). */
export function isDefaultRepertoire(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text);
}
