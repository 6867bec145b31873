import { DicomParseError, type DicomFile } from './dicom-file';
import { parseDicom } from './parse-dicom';
import { describeWith, findCorpus, type Corpus } from './testing';
import { DicomWriteError, serializeDicom } from './write-dicom';

/** Small, varied files: nested and private sequences, UN, ISO 2022 text, big endian, deflate, DICOMDIR, no meta. */
const SEEDS = [
  'pydicom/rtplan.dcm',
  'pydicom/UN_sequence.dcm',
  'pydicom/priv_SQ.dcm',
  'pydicom/chrH31.dcm',
  'pydicom/MR_small_bigendian.dcm',
  'pydicom/image_dfl.dcm',
  'pydicom/DICOMDIR',
  'pydicom/ExplVR_LitEndNoMeta.dcm',
  'fo-dicom/GH184.dcm',
];

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* mutants(original: Uint8Array, seed: number): Generator<[string, Uint8Array]> {
  const next = random(seed);
  const cuts = new Set<number>();
  for (let offset = 0; offset < Math.min(original.byteLength, 400); offset += 1) cuts.add(offset);
  for (let k = 0; k < 100; k++) cuts.add(Math.floor((original.byteLength * k) / 100));
  for (const cut of cuts) yield [`truncated at ${cut}`, original.subarray(0, cut)];
  const patterns = [
    [0xff, 0xff, 0xff, 0xff],
    [0x00, 0x00, 0x00, 0x00],
    [0xfe, 0xff, 0x00, 0xe0],
    [0xfe, 0xff, 0xdd, 0xe0],
    [0x53, 0x51, 0x00, 0x00],
    [0x55, 0x4e, 0x00, 0x00],
  ];
  for (let k = 0; k < 400; k++) {
    const copy = original.slice();
    const offset = Math.floor(next() * Math.max(1, copy.byteLength - 4));
    const pattern =
      k % 3 === 0
        ? [Math.floor(next() * 256), Math.floor(next() * 256)]
        : (patterns[k % patterns.length] as number[]);
    copy.set(pattern.slice(0, copy.byteLength - offset), offset);
    yield [`pattern ${pattern.join(',')} at ${offset}`, copy];
  }
}

describeWith('parseDicom on damaged input', 'DICOM corpus', findCorpus(), (corpus: Corpus) => {
  it.each(SEEDS)('%s: every truncation and mutation parses or throws DicomParseError, quickly', (name) => {
    const original = corpus.read(name);
    const failures: string[] = [];
    let parsed = 0;
    let refused = 0;
    let slowest = 0;
    for (const [label, bytes] of mutants(original, name.length * 7919)) {
      const started = performance.now();
      let file: DicomFile | null = null;
      try {
        file = parseDicom(bytes);
        parsed += 1;
      } catch (error) {
        if (error instanceof DicomParseError) refused += 1;
        else failures.push(`${label}: parse threw ${String(error)}`);
      }
      if (file) {
        // Whatever parses must also write, and the output must parse again.
        try {
          parseDicom(serializeDicom(file));
        } catch (error) {
          if (!(error instanceof DicomWriteError))
            failures.push(`${label}: write or re-read threw ${String(error)}`);
        }
      }
      slowest = Math.max(slowest, performance.now() - started);
    }
    expect(failures).toEqual([]);
    expect(parsed + refused).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(250);
  });

  it('allocates nothing in proportion to the input: values are views', () => {
    const bytes = corpus.read('pynetdicom/RTImageStorage.dcm');
    const files: DicomFile[] = [];
    const before = process.memoryUsage().arrayBuffers;
    for (let k = 0; k < 20; k++) files.push(parseDicom(bytes));
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(files).toHaveLength(20);
    expect(grown).toBeLessThan(bytes.byteLength);
  });
});
