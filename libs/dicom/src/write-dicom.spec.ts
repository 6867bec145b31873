import { deflateRawSync } from 'node:zlib';
import { DicomDataset } from './dataset';
import { TransferSyntax, type DicomFile } from './dicom-file';
import { parseDicom } from './parse-dicom';
import {
  ascii,
  concat,
  element,
  EXPLICIT_BE,
  EXPLICIT_LE,
  IMPLICIT_LE,
  item,
  metaGroup,
  part10,
  sequence,
  u16,
  type RawEncoding,
} from './spec-support/raw-bytes';
import { countElements, syntheticCtFile } from './spec-support/synthetic-ct';
import { Tags } from './tag';
import {
  DicomWriteError,
  IMPLEMENTATION_CLASS_UID,
  IMPLEMENTATION_VERSION_NAME,
  serializeDicom,
  writeDicom,
} from './write-dicom';

const REFERENCED_SERIES = 0x00081115;
const REFERENCED_SOP_INSTANCE = 0x00081155;
const PRIVATE_CREATOR = 0x00290010;
const PRIVATE_DATA = 0x00291001;
const STUDY_COMMENTS = 0x00324000;
const RED_PALETTE_DESCRIPTOR = 0x00281101;

function sampleDataset(enc: RawEncoding, pixels: Uint8Array): Uint8Array {
  const le = enc.littleEndian;
  return concat(
    element(Tags.SOPClassUID, 'UI', ascii('1.2.840.10008.5.1.4.1.1.2', 0), enc),
    element(Tags.SOPInstanceUID, 'UI', ascii('1.2.3.4.5.6.7', 0), enc),
    element(Tags.PatientName, 'PN', ascii('Doe^Jane'), enc),
    sequence(
      REFERENCED_SERIES,
      [
        item(
          concat(
            element(REFERENCED_SOP_INSTANCE, 'UI', ascii('1.2.3.9', 0), enc),
            sequence(REFERENCED_SERIES, [item(new Uint8Array(0), enc)], enc),
          ),
          enc,
        ),
      ],
      enc,
    ),
    element(Tags.Rows, 'US', u16([2], le), enc),
    element(Tags.Columns, 'US', u16([2], le), enc),
    element(PRIVATE_CREATOR, 'LO', ascii('ACME 1.0'), enc),
    element(PRIVATE_DATA, 'UN', ascii('opaque'), enc),
    element(Tags.PixelData, 'OW', pixels, enc),
  );
}

const pixelBytes = (count: number) => Uint8Array.from({ length: count }, (_, i) => (i * 7) & 0xff);

/** Elements at every depth, as comparable plain data. */
function describeDataset(dataset: DicomDataset): unknown[] {
  return [...dataset].map((el) => {
    switch (el.kind) {
      case 'value':
        return [el.tag, el.vr, [...el.bytes]];
      case 'sequence':
        return [el.tag, 'SQ', el.items.map(describeDataset)];
      case 'encapsulated':
        return [el.tag, el.vr, el.fragments.map((f) => [...f])];
    }
  });
}

describe('writeDicom', () => {
  it('writes a zero preamble, DICM and a rebuilt meta group with a correct group length', () => {
    const preamble = new Uint8Array(128).fill(0x41);
    const input = concat(
      preamble,
      ascii('DICM'),
      metaGroup(TransferSyntax.ExplicitVRLittleEndian, [
        element(0x00020016, 'AE', ascii('HOSPITAL_AE'), EXPLICIT_LE),
      ]),
      sampleDataset(EXPLICIT_LE, pixelBytes(8)),
    );
    const out = serializeDicom(parseDicom(input));
    expect(out.subarray(0, 128).every((byte) => byte === 0)).toBe(true);
    expect(Buffer.from(out.subarray(128, 132)).toString('latin1')).toBe('DICM');
    const view = new DataView(out.buffer, out.byteOffset);
    expect(Buffer.from(out.subarray(132, 138)).toString('latin1')).toBe('\x02\x00\x00\x00UL');
    const groupLength = view.getUint32(140, true);
    // The first element after the meta group is the dataset's first, (0008,0016).
    expect(view.getUint16(144 + groupLength, true)).toBe(0x0008);
    expect(view.getUint16(144 + groupLength + 2, true)).toBe(0x0016);

    const reread = parseDicom(out);
    expect(reread.preamble?.every((byte) => byte === 0)).toBe(true);
    expect(reread.meta.getString(Tags.MediaStorageSOPClassUID)).toBe('1.2.840.10008.5.1.4.1.1.2');
    expect(reread.meta.getString(Tags.MediaStorageSOPInstanceUID)).toBe('1.2.3.4.5.6.7');
    expect(reread.meta.getString(Tags.TransferSyntaxUID)).toBe(TransferSyntax.ExplicitVRLittleEndian);
    expect(reread.meta.getString(Tags.ImplementationClassUID)).toBe(IMPLEMENTATION_CLASS_UID);
    expect(reread.meta.getString(Tags.ImplementationVersionName)).toBe(IMPLEMENTATION_VERSION_NAME);
    expect(reread.meta.has(Tags.SourceApplicationEntityTitle)).toBe(false);
    expect(IMPLEMENTATION_CLASS_UID).toMatch(/^2\.25\.[1-9][0-9]*$/);
    expect(IMPLEMENTATION_VERSION_NAME.length).toBeLessThanOrEqual(16);
  });

  it.each([
    ['implicit VR little endian', TransferSyntax.ImplicitVRLittleEndian, IMPLICIT_LE],
    ['explicit VR little endian', TransferSyntax.ExplicitVRLittleEndian, EXPLICIT_LE],
    ['explicit VR big endian', TransferSyntax.ExplicitVRBigEndian, EXPLICIT_BE],
  ])('round-trips %s: every element at every depth, same transfer syntax', (_name, uid, enc) => {
    const original = parseDicom(part10(uid, sampleDataset(enc, pixelBytes(8))));
    const reread = parseDicom(serializeDicom(original));
    expect(reread.transferSyntaxUid).toBe(uid);
    expect(describeDataset(reread.dataset)).toEqual(describeDataset(original.dataset));
    expect(reread.dataset.getItems(REFERENCED_SERIES)[0]?.getString(REFERENCED_SOP_INSTANCE)).toBe('1.2.3.9');
  });

  it('is deterministic and passes large values through as the input views', () => {
    const pixels = pixelBytes(4096);
    const input = part10(TransferSyntax.ExplicitVRLittleEndian, sampleDataset(EXPLICIT_LE, pixels));
    const file = parseDicom(input);
    const pixelElement = file.dataset.get(Tags.PixelData);
    const chunks = writeDicom(file);
    expect(pixelElement?.kind === 'value' && chunks.includes(pixelElement.bytes)).toBe(true);
    expect(Buffer.from(serializeDicom(file)).equals(Buffer.from(serializeDicom(file)))).toBe(true);
    expect(Buffer.concat(chunks).equals(Buffer.from(serializeDicom(file)))).toBe(true);
  });

  it('converts byte order when asked for another native transfer syntax', () => {
    const original = parseDicom(
      part10(
        TransferSyntax.ExplicitVRBigEndian,
        sampleDataset(EXPLICIT_BE, u16([1, 2, 0x0304, 0xfffe], false)),
      ),
    );
    const little = parseDicom(
      serializeDicom(original, { transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian }),
    );
    expect(little.encoding.littleEndian).toBe(true);
    expect(little.dataset.getNumber(Tags.Rows)).toBe(2);
    const pixels = little.dataset.get(Tags.PixelData);
    expect(pixels?.kind === 'value' && [...pixels.bytes]).toEqual([...u16([1, 2, 0x0304, 0xfffe], true)]);
    const implicit = parseDicom(
      serializeDicom(little, { transferSyntaxUid: TransferSyntax.ImplicitVRLittleEndian }),
    );
    expect(implicit.encoding.explicitVr).toBe(false);
    expect(describeDataset(implicit.dataset)).toEqual(describeDataset(little.dataset));
  });

  it('writes deflated input as explicit VR little endian and gives bare datasets a meta group', () => {
    const dataset = sampleDataset(EXPLICIT_LE, pixelBytes(8));
    const deflated = parseDicom(
      concat(
        new Uint8Array(128),
        ascii('DICM'),
        metaGroup(TransferSyntax.DeflatedExplicitVRLittleEndian),
        deflateRawSync(dataset),
      ),
    );
    const fromDeflated = parseDicom(serializeDicom(deflated));
    expect(fromDeflated.transferSyntaxUid).toBe(TransferSyntax.ExplicitVRLittleEndian);
    expect(describeDataset(fromDeflated.dataset)).toEqual(describeDataset(deflated.dataset));

    const bare = parseDicom(sampleDataset(IMPLICIT_LE, pixelBytes(8)));
    const fromBare = parseDicom(serializeDicom(bare));
    expect(fromBare.preamble).not.toBeNull();
    expect(fromBare.transferSyntaxUid).toBe(TransferSyntax.ImplicitVRLittleEndian);
    expect(fromBare.meta.getString(Tags.MediaStorageSOPInstanceUID)).toBe('1.2.3.4.5.6.7');
  });

  it('writes values too long for a 2-byte length as UT, UC or UN so the output stays valid', () => {
    const file = parseDicom(
      part10(TransferSyntax.ImplicitVRLittleEndian, sampleDataset(IMPLICIT_LE, pixelBytes(8))),
    );
    const longText = 'A'.repeat(70_000);
    file.dataset.setString(STUDY_COMMENTS, 'LT', longText);
    file.dataset.setString(Tags.StudyDescription, 'LO', longText);
    file.dataset.set({ kind: 'value', tag: RED_PALETTE_DESCRIPTOR, vr: 'US', bytes: new Uint8Array(70_000) });
    const out = Buffer.from(
      serializeDicom(file, { transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian }),
    );
    // On the wire the binary value is UN; reading resolves a public UN back to its dictionary VR.
    expect(
      out.includes(Buffer.from([0x28, 0x00, 0x01, 0x11, 0x55, 0x4e, 0, 0, 0x70, 0x11, 0x01, 0x00])),
    ).toBe(true);
    const reread = parseDicom(out);
    expect(reread.dataset.get(STUDY_COMMENTS)?.vr).toBe('UT');
    expect(reread.dataset.get(Tags.StudyDescription)?.vr).toBe('UC');
    const descriptor = reread.dataset.get(RED_PALETTE_DESCRIPTOR);
    expect(descriptor?.kind === 'value' && [descriptor.vr, descriptor.bytes.byteLength]).toEqual([
      'US',
      70_000,
    ]);
    expect(reread.dataset.getString(STUDY_COMMENTS)).toBe(longText);
    expect(reread.dataset.getString(Tags.StudyDescription)).toBe(longText);
  });

  it('writes encapsulated pixel data fragment by fragment and refuses it under a native transfer syntax', () => {
    const fragments = [new Uint8Array(0), Uint8Array.of(0xff, 0xd8, 0xff, 0xd9), Uint8Array.of(1, 2, 3)];
    const pixelData = sequence(
      Tags.PixelData,
      fragments.map((f) => item(f, EXPLICIT_LE)),
      EXPLICIT_LE,
      true,
      'OB',
    );
    const file = parseDicom(
      part10(
        '1.2.840.10008.1.2.4.50',
        concat(
          element(Tags.SOPClassUID, 'UI', ascii('1.2', 0), EXPLICIT_LE),
          element(Tags.SOPInstanceUID, 'UI', ascii('1.3', 0), EXPLICIT_LE),
          pixelData,
        ),
      ),
    );
    const reread = parseDicom(serializeDicom(file));
    const pixels = reread.dataset.get(Tags.PixelData);
    expect(pixels?.kind).toBe('encapsulated');
    // Odd fragments are padded to even length with a zero byte.
    expect(pixels?.kind === 'encapsulated' && pixels.fragments.map((f) => [...f])).toEqual([
      [],
      [0xff, 0xd8, 0xff, 0xd9],
      [1, 2, 3, 0],
    ]);
    expect(() => writeDicom(file, { transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian })).toThrow(
      DicomWriteError,
    );
    expect(() =>
      writeDicom(file, { transferSyntaxUid: TransferSyntax.DeflatedExplicitVRLittleEndian }),
    ).toThrow(DicomWriteError);
  });

  it('writes the synthetic CT the benchmark uses as a valid, realistic file', () => {
    const reread = parseDicom(serializeDicom(syntheticCtFile()));
    expect(countElements(reread.dataset)).toBeGreaterThanOrEqual(150);
    expect(reread.dataset.getString(0x00190010)).toBe('GEMS_ACQU_01');
    expect(reread.dataset.getString(0x00430010)).toBe('GEMS_PARM_01');
    const request = reread.dataset.getItems(0x00400275)[0];
    expect(request?.getItems(0x0040100a)[0]?.getItems(0x0040a043)[0]?.getString(0x00080104)).toBe(
      'Nodule follow-up',
    );
    const pixels = reread.dataset.get(Tags.PixelData);
    expect(pixels?.kind === 'value' && pixels.bytes.byteLength).toBe(512 * 512 * 2);
    expect(reread.dataset.getNumber(Tags.PixelRepresentation)).toBe(1);
  });

  it('writes a private transfer syntax as explicit VR little endian, native pixel data included', () => {
    const file = parseDicom(part10('1.2.840.113619.5.2', sampleDataset(EXPLICIT_LE, pixelBytes(8))));
    const reread = parseDicom(serializeDicom(file));
    expect(reread.transferSyntaxUid).toBe('1.2.840.113619.5.2');
    expect(describeDataset(reread.dataset)).toEqual(describeDataset(file.dataset));
  });

  it('writes a dataset built in memory', () => {
    const dataset = new DicomDataset();
    dataset.setString(Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.7');
    dataset.setString(Tags.SOPInstanceUID, 'UI', '1.2.3');
    const item = dataset.createItem();
    item.setString(Tags.PatientID, 'LO', 'ABC');
    dataset.set({ kind: 'sequence', tag: REFERENCED_SERIES, vr: 'SQ', items: [item] });
    const file: DicomFile = {
      preamble: null,
      meta: new DicomDataset(),
      dataset,
      transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
      encoding: { littleEndian: true, explicitVr: true, deflated: false },
    };
    const reread = parseDicom(serializeDicom(file));
    expect(reread.dataset.getItems(REFERENCED_SERIES)[0]?.getString(Tags.PatientID)).toBe('ABC');
    expect(reread.dataset.getString(Tags.SOPInstanceUID)).toBe('1.2.3');
  });
});
