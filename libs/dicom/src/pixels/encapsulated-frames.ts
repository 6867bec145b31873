import type { EncapsulatedElement } from '../dataset';
import { PixelDataError } from './pixel-data-error';
import type { PixelCodecName } from './pixel-transfer-syntaxes';

/** The Extended Offset Table (7FE0,0001) value, when the dataset has one: 64-bit little-endian offsets. */
export interface ExtendedOffsets {
  readonly offsets: Uint8Array;
}

/**
 * Assigns the fragments of encapsulated pixel data to frames and returns each frame's codestream.
 * Frame boundaries come from the Extended Offset Table, else the Basic Offset Table, else one frame
 * per fragment when the counts agree, else the codec's start-of-image markers. A frame held in one
 * fragment is returned as a view; frames spread over several fragments are joined into a copy.
 */
export function splitEncapsulatedFrames(
  element: EncapsulatedElement,
  numberOfFrames: number,
  codec: PixelCodecName,
  extended?: ExtendedOffsets,
): Uint8Array[] {
  const [basicOffsetTable, ...fragments] = element.fragments;
  if (fragments.length === 0)
    throw new PixelDataError('BAD_FRAME_LAYOUT', 'encapsulated pixel data has no fragments');
  const groups = groupFragments(fragments, numberOfFrames, codec, basicOffsetTable, extended);
  return groups.map((group) => (group.length === 1 ? (group[0] as Uint8Array) : concat(group)));
}

function groupFragments(
  fragments: readonly Uint8Array[],
  numberOfFrames: number,
  codec: PixelCodecName,
  basicOffsetTable: Uint8Array | undefined,
  extended: ExtendedOffsets | undefined,
): Uint8Array[][] {
  if (numberOfFrames === 1) return [[...fragments]];
  const fromTable =
    (extended && groupByOffsets(fragments, readUint64Offsets(extended.offsets), numberOfFrames)) ??
    (basicOffsetTable && basicOffsetTable.byteLength > 0
      ? groupByOffsets(fragments, readUint32Offsets(basicOffsetTable), numberOfFrames)
      : undefined);
  if (fromTable) return fromTable;
  if (fragments.length === numberOfFrames) return fragments.map((fragment) => [fragment]);

  const groups: Uint8Array[][] = [];
  for (const fragment of fragments) {
    const last = groups[groups.length - 1];
    if (!last || startsFrame(fragment, codec)) groups.push([fragment]);
    else last.push(fragment);
  }
  if (groups.length !== numberOfFrames) {
    throw new PixelDataError(
      'BAD_FRAME_LAYOUT',
      `${fragments.length} fragments could not be split into ${numberOfFrames} frames (found ${groups.length} frame starts)`,
    );
  }
  return groups;
}

/** Uses a table of offsets (relative to the first fragment's item tag) when it is consistent. */
function groupByOffsets(
  fragments: readonly Uint8Array[],
  offsets: readonly number[] | undefined,
  numberOfFrames: number,
): Uint8Array[][] | undefined {
  if (!offsets || offsets.length !== numberOfFrames || offsets[0] !== 0) return undefined;
  const fragmentAt = new Map<number, number>();
  let position = 0;
  fragments.forEach((fragment, index) => {
    fragmentAt.set(position, index);
    position += 8 + fragment.byteLength;
  });
  const starts: number[] = [];
  for (const offset of offsets) {
    const index = fragmentAt.get(offset);
    const previous = starts[starts.length - 1];
    if (index === undefined || (previous !== undefined && index <= previous)) return undefined;
    starts.push(index);
  }
  return starts.map((start, i) => fragments.slice(start, starts[i + 1] ?? fragments.length));
}

function readUint32Offsets(table: Uint8Array): number[] | undefined {
  if (table.byteLength % 4 !== 0) return undefined;
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  return Array.from({ length: table.byteLength / 4 }, (_, i) => view.getUint32(i * 4, true));
}

function readUint64Offsets(table: Uint8Array): number[] | undefined {
  if (table.byteLength % 8 !== 0) return undefined;
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const offsets: number[] = [];
  for (let i = 0; i < table.byteLength; i += 8) {
    const value = view.getBigUint64(i, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
    offsets.push(Number(value));
  }
  return offsets;
}

/** Whether a fragment opens a new codestream for this codec. */
function startsFrame(fragment: Uint8Array, codec: PixelCodecName): boolean {
  const b = (i: number) => fragment[i] ?? -1;
  switch (codec) {
    case 'jpeg':
    case 'jpeg-ls':
      return b(0) === 0xff && b(1) === 0xd8;
    case 'jpeg-2000':
    case 'htj2k':
      // SOC immediately followed by SIZ, or a JP2 signature box.
      return (
        (b(0) === 0xff && b(1) === 0x4f && b(2) === 0xff && b(3) === 0x51) || isBox(fragment, 0x6a502020)
      );
    case 'jpeg-xl':
      return (b(0) === 0xff && b(1) === 0x0a) || isBox(fragment, 0x4a584c20);
    case 'rle':
      return looksLikeRleHeader(fragment);
    case 'deflate':
    case 'video':
      return false;
  }
}

function isBox(fragment: Uint8Array, type: number): boolean {
  if (fragment.byteLength < 12) return false;
  const view = new DataView(fragment.buffer, fragment.byteOffset, 12);
  return view.getUint32(0) === 12 && view.getUint32(4) === type;
}

function looksLikeRleHeader(fragment: Uint8Array): boolean {
  if (fragment.byteLength < 64) return false;
  const view = new DataView(fragment.buffer, fragment.byteOffset, 64);
  const segments = view.getUint32(0, true);
  if (segments < 1 || segments > 15 || view.getUint32(4, true) !== 64) return false;
  for (let i = 2; i <= 15; i++) {
    const offset = view.getUint32(i * 4, true);
    const previous = view.getUint32((i - 1) * 4, true);
    if (i <= segments ? offset <= previous : offset !== 0) return false;
  }
  return true;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
