import type { EncapsulatedElement } from '../dataset';
import { Tags } from '../tag';
import { splitEncapsulatedFrames } from './encapsulated-frames';

const SOI = [0xff, 0xd8];
const jpegStart = (id: number) => Uint8Array.of(...SOI, 0xff, 0xe0, id, id);
const continuation = (id: number) => Uint8Array.of(0x12, 0x34, id, id);

function element(fragments: Uint8Array[], offsets: number[] = []): EncapsulatedElement {
  const table = new Uint8Array(offsets.length * 4);
  offsets.forEach((offset, i) => new DataView(table.buffer).setUint32(i * 4, offset, true));
  return { kind: 'encapsulated', tag: Tags.PixelData, vr: 'OB', fragments: [table, ...fragments] };
}

const ids = (frames: Uint8Array[]) => frames.map((frame) => Array.from(frame.subarray(frame.length - 1)));

describe('splitEncapsulatedFrames', () => {
  it('joins every fragment of a single frame', () => {
    const frames = splitEncapsulatedFrames(
      element([jpegStart(1), continuation(2), continuation(3)]),
      1,
      'jpeg',
    );
    expect(frames).toHaveLength(1);
    expect(frames[0]?.byteLength).toBe(14);
  });

  it('follows the Basic Offset Table', () => {
    // Item headers are 8 bytes: fragments of 6, 4 and 6 bytes start at 0, 14 and 26.
    const frames = splitEncapsulatedFrames(
      element([jpegStart(1), continuation(2), jpegStart(3)], [0, 26]),
      2,
      'jpeg',
    );
    expect(ids(frames)).toEqual([[2], [3]]);
  });

  it('prefers the Extended Offset Table', () => {
    const extended = new Uint8Array(16);
    // Fragments of 2, 4 and 2 bytes start at 0, 10 and 22; the second frame is the third fragment.
    new DataView(extended.buffer).setBigUint64(8, 22n, true);
    const fragments = [Uint8Array.of(1, 1), Uint8Array.of(2, 2, 2, 2), Uint8Array.of(3, 3)];
    const frames = splitEncapsulatedFrames(element(fragments, [0, 10]), 2, 'jpeg-2000', {
      offsets: extended,
    });
    expect(ids(frames)).toEqual([[2], [3]]);
    expect(frames[0]?.byteLength).toBe(6);
  });

  it('takes one frame per fragment when the counts agree and there is no table', () => {
    const frames = splitEncapsulatedFrames(element([continuation(1), continuation(2)]), 2, 'jpeg');
    expect(ids(frames)).toEqual([[1], [2]]);
  });

  it('groups fragments by start-of-image markers when there is no table', () => {
    const frames = splitEncapsulatedFrames(
      element([jpegStart(1), continuation(2), jpegStart(3), continuation(4), continuation(5)]),
      2,
      'jpeg',
    );
    expect(ids(frames)).toEqual([[2], [5]]);
  });

  it('ignores an inconsistent offset table and falls back to markers', () => {
    const frames = splitEncapsulatedFrames(
      element([jpegStart(1), continuation(2), jpegStart(3)], [0, 20]),
      2,
      'jpeg',
    );
    expect(ids(frames)).toEqual([[2], [3]]);
  });

  it('refuses fragments that cannot make the declared number of frames', () => {
    expect(() =>
      splitEncapsulatedFrames(element([jpegStart(1), continuation(2), continuation(3)]), 2, 'jpeg'),
    ).toThrow(expect.objectContaining({ code: 'BAD_FRAME_LAYOUT' }));
    expect(() => splitEncapsulatedFrames(element([]), 1, 'rle')).toThrow(
      expect.objectContaining({ code: 'BAD_FRAME_LAYOUT' }),
    );
  });
});
