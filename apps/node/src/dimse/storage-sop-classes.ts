/**
 * Which abstract syntaxes the listener accepts for C-STORE. The standard numbers every Storage SOP
 * Class of the Storage Service Class under one root (PS3.4 Annex B, PS3.6 Annex A), so the root is
 * the rule rather than a hand-kept list that ages with each edition; the few storage classes defined
 * elsewhere, and the private class met in the public test corpus, are named.
 */

/** Root of the Storage SOP Classes of the Storage Service Class. */
export const STORAGE_SOP_CLASS_ROOT = '1.2.840.10008.5.1.4.1.1.';

/**
 * Under the root but not storage: the Inventory query/retrieve and creation classes of the Storage
 * Management Service Class (PS3.4 Annex KK). Inventory Storage (.201.1) itself is storage.
 */
const NOT_STORAGE_UNDER_ROOT: ReadonlySet<string> = new Set([
  '1.2.840.10008.5.1.4.1.1.201.2',
  '1.2.840.10008.5.1.4.1.1.201.3',
  '1.2.840.10008.5.1.4.1.1.201.4',
  '1.2.840.10008.5.1.4.1.1.201.5',
  '1.2.840.10008.5.1.4.1.1.201.6',
]);

/** Storage SOP Classes the standard defines under other roots (PS3.4 Table B.5-1). */
export const OTHER_STANDARD_STORAGE_SOP_CLASSES: Readonly<Record<string, string>> = {
  '1.2.840.10008.5.1.4.38.1': 'Hanging Protocol Storage',
  '1.2.840.10008.5.1.4.39.1': 'Color Palette Storage',
  '1.2.840.10008.5.1.4.43.1': 'Generic Implant Template Storage',
  '1.2.840.10008.5.1.4.44.1': 'Implant Assembly Template Storage',
  '1.2.840.10008.5.1.4.45.1': 'Implant Template Group Storage',
  '1.2.840.10008.5.1.4.34.7': 'RT Beams Delivery Instruction Storage',
  '1.2.840.10008.5.1.4.34.10': 'RT Brachy Application Setup Delivery Instruction Storage',
};

/** Private storage classes found in the public test corpus (a Philips private MR class). */
export const PRIVATE_STORAGE_SOP_CLASSES: Readonly<Record<string, string>> = {
  '1.3.46.670589.5.0.1.1': 'Philips private storage',
};

const UID_PATTERN = /^[0-9]+(\.[0-9]+)*$/;

/** True for a SOP Class the listener stores. */
export function isStorageSopClass(uid: string): boolean {
  if (uid.length > 64 || !UID_PATTERN.test(uid)) return false;
  if (uid.startsWith(STORAGE_SOP_CLASS_ROOT)) return !NOT_STORAGE_UNDER_ROOT.has(uid);
  return (
    Object.hasOwn(OTHER_STANDARD_STORAGE_SOP_CLASSES, uid) || Object.hasOwn(PRIVATE_STORAGE_SOP_CLASSES, uid)
  );
}
