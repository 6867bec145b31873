import { decodeText, encodeText, isAsciiBytes, isAsciiCompatible } from './charset';
import { padToEven, removeItemCharacterSets, type DicomDataset, type ValueElement } from './dataset';
import { Tags } from './tag';
import { paddingByte, usesSpecificCharacterSet } from './vr';

interface Replacement {
  readonly dataset: DicomDataset;
  readonly element: ValueElement;
  readonly bytes: Uint8Array;
}

/**
 * Rewrites every charset-dependent text value (SH, LO, ST, LT, UC, UT, PN) at every depth to UTF-8, removes the
 * items' own (0008,0005), and declares ISO_IR 192 at the top level when non-ASCII text remains; otherwise an
 * ASCII-compatible top-level value is kept and any other is removed. Everything is decoded before anything
 * changes, so a CharsetError (unknown character set) leaves the dataset as it was. Returns true when a value
 * or the declared character set changed.
 */
export function transcodeToUtf8(dataset: DicomDataset): boolean {
  const root = dataset.root();
  const replacements: Replacement[] = [];
  const nonAscii = collect(root, replacements);

  for (const { dataset: owner, element, bytes } of replacements) owner.set({ ...element, bytes });
  let changed = replacements.length > 0;
  const hadItemCharsets = hasItemCharacterSet(root);
  removeItemCharacterSets(root);
  changed ||= hadItemCharsets;

  const declared = root.get(Tags.SpecificCharacterSet);
  if (nonAscii) {
    if (!root.characterSet().isUtf8 || root.getString(Tags.SpecificCharacterSet) !== 'ISO_IR 192') {
      root.setString(Tags.SpecificCharacterSet, 'CS', 'ISO_IR 192');
      changed = true;
    }
  } else if (declared && !isAsciiCompatible(root.characterSet())) {
    root.delete(Tags.SpecificCharacterSet);
    changed = true;
  }
  return changed;
}

/** Queues UTF-8 replacements for values that are not plain ASCII; returns whether any non-ASCII text exists. */
function collect(dataset: DicomDataset, replacements: Replacement[]): boolean {
  let nonAscii = false;
  const charset = dataset.characterSet();
  for (const element of dataset) {
    if (element.kind === 'sequence') {
      for (const item of element.items) nonAscii = collect(item, replacements) || nonAscii;
      continue;
    }
    if (element.kind !== 'value' || !usesSpecificCharacterSet(element.vr) || isAsciiBytes(element.bytes))
      continue;
    const text = decodeText(element.bytes, charset, element.vr);
    const bytes = padToEven(encodeText(text), paddingByte(element.vr));
    if (!isAsciiBytes(bytes)) nonAscii = true;
    if (!charset.isUtf8 || !sameBytes(bytes, element.bytes)) replacements.push({ dataset, element, bytes });
  }
  return nonAscii;
}

function hasItemCharacterSet(dataset: DicomDataset): boolean {
  for (const element of dataset) {
    if (element.kind !== 'sequence') continue;
    for (const item of element.items)
      if (item.has(Tags.SpecificCharacterSet) || hasItemCharacterSet(item)) return true;
  }
  return false;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
