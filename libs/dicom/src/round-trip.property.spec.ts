import fc from 'fast-check';
import { DicomDataset, type DicomElement } from './dataset';
import { TransferSyntax, type DicomFile } from './dicom-file';
import { parseDicom } from './parse-dicom';
import { tag, type Tag } from './tag';
import type { VR } from './vr';
import { serializeDicom } from './write-dicom';

// Public attributes with one dictionary VR each, so implicit VR reads them back with the same VR.
const VALUE_ATTRIBUTES: [Tag, VR][] = [
  [tag(0x0008, 0x0020), 'DA'],
  [tag(0x0008, 0x0060), 'CS'],
  [tag(0x0008, 0x1030), 'LO'],
  [tag(0x0010, 0x0010), 'PN'],
  [tag(0x0010, 0x1010), 'AS'],
  [tag(0x0018, 0x0050), 'DS'],
  [tag(0x0020, 0x000d), 'UI'],
  [tag(0x0020, 0x4000), 'LT'],
  [tag(0x0028, 0x0010), 'US'],
  [tag(0x0028, 0x0009), 'AT'],
  [tag(0x0018, 0x9306), 'FD'],
  [tag(0x0018, 0x1150), 'IS'],
  [tag(0x0018, 0x9219), 'SS'],
  [tag(0x0040, 0xa30a), 'DS'],
  [tag(0x0070, 0x0022), 'FL'],
  [tag(0x0028, 0x6040), 'US'],
  [tag(0x0054, 0x1323), 'DS'],
  [tag(0x0018, 0x1020), 'LO'],
];
const SEQUENCE_ATTRIBUTES: Tag[] = [tag(0x0008, 0x1115), tag(0x0040, 0x0275), tag(0x0008, 0x1140)];
const BINARY_WIDTH: Partial<Record<VR, number>> = { US: 2, SS: 2, AT: 4, FD: 8, FL: 4 };

const text = fc.stringMatching(/^[A-Za-z0-9 .^-]{0,20}$/);

function valueArbitrary(vr: VR): fc.Arbitrary<Uint8Array> {
  const width = BINARY_WIDTH[vr];
  if (width !== undefined)
    return fc
      .uint8Array({ minLength: width, maxLength: width * 4 })
      .map((bytes) => bytes.subarray(0, bytes.byteLength - (bytes.byteLength % width)));
  return text.map((value) => {
    const bytes = Buffer.from(
      value.length % 2 === 0 ? value : `${value}${vr === 'UI' ? '\0' : ' '}`,
      'latin1',
    );
    return new Uint8Array(bytes);
  });
}

interface Shape {
  values: readonly { index: number; bytes: Uint8Array }[];
  privateValues: readonly Uint8Array[];
  sequences: readonly { index: number; items: Shape[] }[];
}

const shape: fc.Memo<Shape> = fc.memo((depth) => {
  const values = fc.array(
    fc
      .integer({ min: 0, max: VALUE_ATTRIBUTES.length - 1 })
      .chain((index) =>
        valueArbitrary((VALUE_ATTRIBUTES[index] as [Tag, VR])[1]).map((bytes) => ({ index, bytes })),
      ),
    { maxLength: 8 },
  );
  const privateValues = fc.array(
    fc.uint8Array({ maxLength: 12 }).map((bytes) => bytes.subarray(0, bytes.byteLength & ~1)),
    { maxLength: 3 },
  );
  const sequences =
    depth <= 1
      ? fc.constant<Shape['sequences']>([])
      : fc.array(
          fc.record({
            index: fc.integer({ min: 0, max: SEQUENCE_ATTRIBUTES.length - 1 }),
            items: fc.array(shape(depth - 1), { maxLength: 3 }),
          }),
          { maxLength: 2 },
        );
  return fc.record({ values, privateValues, sequences });
});

function build(spec: Shape, parent: DicomDataset | null): DicomDataset {
  const dataset = new DicomDataset(true, parent);
  for (const { index, bytes } of spec.values) {
    const [attribute, vr] = VALUE_ATTRIBUTES[index] as [Tag, VR];
    dataset.set({ kind: 'value', tag: attribute, vr, bytes });
  }
  if (spec.privateValues.length > 0)
    dataset.set({
      kind: 'value',
      tag: tag(0x0029, 0x0010),
      vr: 'LO',
      bytes: new Uint8Array(Buffer.from('ACME 1.0')),
    });
  spec.privateValues.forEach((bytes, i) =>
    dataset.set({ kind: 'value', tag: tag(0x0029, 0x1000 + i), vr: 'UN', bytes }),
  );
  for (const { index, items } of spec.sequences) {
    const sequenceTag = SEQUENCE_ATTRIBUTES[index] as Tag;
    dataset.set({
      kind: 'sequence',
      tag: sequenceTag,
      vr: 'SQ',
      items: items.map((item) => build(item, dataset)),
    });
  }
  return dataset;
}

function describeElements(dataset: DicomDataset): unknown[] {
  return [...dataset].map((element: DicomElement) => {
    if (element.kind === 'value')
      return [element.tag, element.vr, Buffer.from(element.bytes).toString('hex')];
    if (element.kind === 'sequence') return [element.tag, element.items.map(describeElements)];
    return [element.tag, element.fragments.length];
  });
}

function fileOf(dataset: DicomDataset): DicomFile {
  dataset.setString(tag(0x0008, 0x0016), 'UI', '1.2.840.10008.5.1.4.1.1.7');
  dataset.setString(tag(0x0008, 0x0018), 'UI', '1.2.3.4');
  return {
    preamble: null,
    meta: new DicomDataset(),
    dataset,
    transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
    encoding: { littleEndian: true, explicitVr: true, deflated: false },
  };
}

describe('write then parse, for any dataset', () => {
  it.each([TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian])(
    'keeps every element at every depth under %s',
    (uid) => {
      fc.assert(
        fc.property(shape(4), (spec) => {
          const file = fileOf(build(spec, null));
          const reread = parseDicom(serializeDicom(file, { transferSyntaxUid: uid }));
          expect(describeElements(reread.dataset)).toEqual(describeElements(file.dataset));
        }),
        { numRuns: 150 },
      );
    },
  );

  it('comes back byte for byte from big endian and back to little endian', () => {
    fc.assert(
      fc.property(shape(4), (spec) => {
        const file = fileOf(build(spec, null));
        const big = parseDicom(
          serializeDicom(file, { transferSyntaxUid: TransferSyntax.ExplicitVRBigEndian }),
        );
        expect(big.encoding.littleEndian).toBe(false);
        const little = parseDicom(
          serializeDicom(big, { transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian }),
        );
        expect(describeElements(little.dataset)).toEqual(describeElements(file.dataset));
        expect(Buffer.from(serializeDicom(little)).equals(Buffer.from(serializeDicom(file)))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
