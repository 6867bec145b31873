import { deflateRawSync } from 'node:zlib';
import { DicomParseError, TransferSyntax } from './dicom-file';
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
  u32,
  UNDEFINED,
  type RawEncoding,
} from './spec-support/raw-bytes';
import { Tags } from './tag';

const PRIVATE_CREATOR = 0x00290010;
const PRIVATE_DATA = 0x00291001;
const PRIVATE_SEQUENCE = 0x00291002;
const REFERENCED_SERIES = 0x00081115;
const REFERENCED_SOP_INSTANCE = 0x00081155;
const SMALLEST_PIXEL = 0x00280106;

function basicDataset(enc: RawEncoding): Uint8Array {
  return concat(
    element(Tags.SOPClassUID, 'UI', ascii('1.2.840.10008.5.1.4.1.1.7', 0), enc),
    element(Tags.SOPInstanceUID, 'UI', ascii('1.2.3.4.5.6', 0), enc),
    element(Tags.PatientName, 'PN', ascii('Doe^Jane'), enc),
    element(Tags.Rows, 'US', u16([512], enc.littleEndian), enc),
  );
}

function expectParseError(run: () => unknown, code: string): DicomParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DicomParseError);
    expect((error as DicomParseError).code).toBe(code);
    return error as DicomParseError;
  }
  throw new Error(`expected DicomParseError ${code}`);
}

describe('parseDicom: encodings', () => {
  it.each([
    ['explicit VR little endian', TransferSyntax.ExplicitVRLittleEndian, EXPLICIT_LE],
    ['implicit VR little endian', TransferSyntax.ImplicitVRLittleEndian, IMPLICIT_LE],
    ['explicit VR big endian', TransferSyntax.ExplicitVRBigEndian, EXPLICIT_BE],
  ])('reads %s', (_name, uid, enc) => {
    const file = parseDicom(part10(uid, basicDataset(enc)));
    expect(file.transferSyntaxUid).toBe(uid);
    expect(file.encoding.explicitVr).toBe(enc.explicit);
    expect(file.encoding.littleEndian).toBe(enc.littleEndian);
    expect(file.dataset.getString(Tags.PatientName)).toBe('Doe^Jane');
    expect(file.dataset.getNumber(Tags.Rows)).toBe(512);
    expect(file.dataset.get(Tags.Rows)?.vr).toBe('US');
    expect(file.dataset.get(Tags.PatientName)?.vr).toBe('PN');
    expect(file.preamble?.byteLength).toBe(128);
    expect(file.meta.getString(Tags.TransferSyntaxUID)).toBe(uid);
  });

  it('returns values as views of the input, not copies', () => {
    const input = part10(TransferSyntax.ExplicitVRLittleEndian, basicDataset(EXPLICIT_LE));
    const value = parseDicom(input).dataset.get(Tags.PatientName);
    expect(value?.kind).toBe('value');
    if (value?.kind !== 'value') return;
    expect(value.bytes.buffer).toBe(input.buffer);
  });

  it('inflates deflated explicit VR little endian and bounds the output', () => {
    const dataset = basicDataset(EXPLICIT_LE);
    const input = concat(
      new Uint8Array(128),
      ascii('DICM'),
      metaGroup(TransferSyntax.DeflatedExplicitVRLittleEndian),
      deflateRawSync(dataset),
    );
    const file = parseDicom(input);
    expect(file.encoding.deflated).toBe(true);
    expect(file.dataset.getString(Tags.PatientName)).toBe('Doe^Jane');
    expectParseError(() => parseDicom(input, { maxInflatedBytes: 16 }), 'TOO_LARGE');
    const corrupt = concat(
      new Uint8Array(128),
      ascii('DICM'),
      metaGroup(TransferSyntax.DeflatedExplicitVRLittleEndian),
      Uint8Array.of(0xff, 0xff, 0xff, 0xff),
    );
    expectParseError(() => parseDicom(corrupt), 'BAD_DEFLATE');
  });

  it('reads files without a preamble, meta without group length, and meta without DICM', () => {
    const dataset = basicDataset(EXPLICIT_LE);
    const noPreamble = concat(ascii('DICM'), metaGroup(TransferSyntax.ExplicitVRLittleEndian), dataset);
    expect(parseDicom(noPreamble).preamble).toBeNull();
    expect(parseDicom(noPreamble).dataset.getString(Tags.PatientName)).toBe('Doe^Jane');

    const metaWithoutLength = concat(
      element(Tags.FileMetaInformationVersion, 'OB', Uint8Array.of(0, 1), EXPLICIT_LE),
      element(Tags.TransferSyntaxUID, 'UI', ascii(TransferSyntax.ImplicitVRLittleEndian, 0), EXPLICIT_LE),
    );
    const noGroupLength = concat(
      new Uint8Array(128),
      ascii('DICM'),
      metaWithoutLength,
      basicDataset(IMPLICIT_LE),
    );
    const file = parseDicom(noGroupLength);
    expect(file.transferSyntaxUid).toBe(TransferSyntax.ImplicitVRLittleEndian);
    expect(file.dataset.getNumber(Tags.Rows)).toBe(512);

    const metaOnly = concat(metaGroup(TransferSyntax.ExplicitVRLittleEndian), dataset);
    expect(parseDicom(metaOnly).dataset.getString(Tags.PatientName)).toBe('Doe^Jane');
  });

  it.each([
    ['implicit VR little endian', IMPLICIT_LE, TransferSyntax.ImplicitVRLittleEndian],
    ['explicit VR little endian', EXPLICIT_LE, TransferSyntax.ExplicitVRLittleEndian],
    ['explicit VR big endian', EXPLICIT_BE, TransferSyntax.ExplicitVRBigEndian],
  ])('detects a bare %s dataset', (_name, enc, uid) => {
    const file = parseDicom(basicDataset(enc));
    expect(file.preamble).toBeNull();
    expect(file.meta.size).toBe(0);
    expect(file.transferSyntaxUid).toBe(uid);
    expect(file.dataset.getNumber(Tags.Rows)).toBe(512);
  });

  it('reads the data as implicit VR when the meta declares explicit VR but the bytes are implicit', () => {
    const file = parseDicom(part10('1.2.840.10008.1.2.4.50', basicDataset(IMPLICIT_LE)));
    expect(file.transferSyntaxUid).toBe('1.2.840.10008.1.2.4.50');
    expect(file.encoding.explicitVr).toBe(false);
    expect(file.dataset.getString(Tags.PatientName)).toBe('Doe^Jane');
  });

  it('lets the meta group length decide where the dataset starts', () => {
    // A private meta element the group length covers is skipped over even though it is not UI.
    const meta = metaGroup(TransferSyntax.ExplicitVRLittleEndian, [
      element(0x00020100, 'UI', ascii('1.2.3', 0), EXPLICIT_LE),
    ]);
    const file = parseDicom(concat(new Uint8Array(128), ascii('DICM'), meta, basicDataset(EXPLICIT_LE)));
    expect(file.meta.getString(0x00020100)).toBe('1.2.3');
    expect(file.dataset.getString(Tags.PatientName)).toBe('Doe^Jane');
  });
});

describe('parseDicom: sequences', () => {
  const nestedItem = (enc: RawEncoding, undefinedLength: boolean) =>
    item(element(REFERENCED_SOP_INSTANCE, 'UI', ascii('1.2.3.9', 0), enc), enc, undefinedLength);

  it.each([
    ['defined lengths', false],
    ['undefined lengths', true],
  ])('reads sequences and items with %s', (_name, undefinedLength) => {
    for (const enc of [EXPLICIT_LE, IMPLICIT_LE, EXPLICIT_BE]) {
      const seq = sequence(
        REFERENCED_SERIES,
        [nestedItem(enc, undefinedLength), nestedItem(enc, undefinedLength)],
        enc,
        undefinedLength,
      );
      const file = parseDicom(concat(basicDataset(enc), seq).slice());
      const items = file.dataset.getItems(REFERENCED_SERIES);
      expect(items).toHaveLength(2);
      expect(items[1]?.getString(REFERENCED_SOP_INSTANCE)).toBe('1.2.3.9');
      expect(items[0]?.parent).toBe(file.dataset);
    }
  });

  it('reads values three levels deep', () => {
    let inner = element(Tags.PatientName, 'PN', ascii('Deep^Value'), EXPLICIT_LE);
    for (let level = 0; level < 3; level++)
      inner = sequence(
        REFERENCED_SERIES,
        [item(inner, EXPLICIT_LE, level % 2 === 0)],
        EXPLICIT_LE,
        level % 2 === 1,
      );
    const file = parseDicom(inner);
    const deep = file.dataset
      .getItems(REFERENCED_SERIES)[0]
      ?.getItems(REFERENCED_SERIES)[0]
      ?.getItems(REFERENCED_SERIES)[0];
    expect(deep?.getString(Tags.PatientName)).toBe('Deep^Value');
  });

  it('refuses nesting beyond maxDepth and accepts it up to maxDepth', () => {
    const nest = (levels: number) => {
      let inner = element(Tags.PatientName, 'PN', ascii('X^Y'), EXPLICIT_LE);
      for (let level = 0; level < levels; level++)
        inner = sequence(REFERENCED_SERIES, [item(inner, EXPLICIT_LE, true)], EXPLICIT_LE, true);
      return concat(element(Tags.SOPClassUID, 'UI', ascii('1.2', 0), EXPLICIT_LE), inner);
    };
    expect(parseDicom(nest(16)).dataset.size).toBe(2);
    expectParseError(() => parseDicom(nest(17)), 'TOO_DEEP');
    expect(parseDicom(nest(17), { maxDepth: 17 }).dataset.size).toBe(2);
    expectParseError(() => parseDicom(nest(3), { maxDepth: 2 }), 'TOO_DEEP');
    // A recursion the stack cannot hold still ends as a DicomParseError.
    const open = concat(
      sequence(REFERENCED_SERIES, [], EXPLICIT_LE, true).subarray(0, 12),
      u32([0xe000fffe, UNDEFINED]),
    );
    const close = u32([0xe00dfffe, 0, 0xe0ddfffe, 0]);
    const levels = 50_000;
    const deep = new Uint8Array(levels * (open.byteLength + close.byteLength));
    for (let level = 0; level < levels; level++) {
      deep.set(open, level * open.byteLength);
      deep.set(close, levels * open.byteLength + level * close.byteLength);
    }
    expectParseError(() => parseDicom(deep, { maxDepth: 1_000_000 }), 'TOO_DEEP');
  });

  it('reads UN of undefined length as an implicit VR little endian sequence (CP-246)', () => {
    const implicitItem = item(
      element(REFERENCED_SOP_INSTANCE, 'UI', ascii('1.2.3.9', 0), IMPLICIT_LE),
      IMPLICIT_LE,
      true,
    );
    const seq = sequence(PRIVATE_SEQUENCE, [implicitItem], EXPLICIT_LE, true, 'UN');
    const file = parseDicom(concat(element(PRIVATE_CREATOR, 'LO', ascii('ACME 1.0'), EXPLICIT_LE), seq));
    const items = file.dataset.getItems(PRIVATE_SEQUENCE);
    expect(file.dataset.get(PRIVATE_SEQUENCE)?.vr).toBe('SQ');
    expect(items[0]?.getString(REFERENCED_SOP_INSTANCE)).toBe('1.2.3.9');
    expect(items[0]?.get(REFERENCED_SOP_INSTANCE)?.vr).toBe('UI');
  });

  it('resolves public tags encoded as UN to their dictionary VR, sequences included', () => {
    const implicitItem = item(
      element(REFERENCED_SOP_INSTANCE, 'UI', ascii('1.2.3.9', 0), IMPLICIT_LE),
      IMPLICIT_LE,
    );
    const file = parseDicom(
      concat(
        element(REFERENCED_SERIES, 'UN', implicitItem, EXPLICIT_LE),
        element(Tags.PatientName, 'UN', ascii('Doe^Jane'), EXPLICIT_LE),
        element(PRIVATE_CREATOR, 'UN', ascii('ACME 1.0'), EXPLICIT_LE),
        element(PRIVATE_DATA, 'UN', ascii('opaque'), EXPLICIT_LE),
      ),
    );
    expect(file.dataset.get(Tags.PatientName)?.vr).toBe('PN');
    expect(file.dataset.getString(Tags.PatientName)).toBe('Doe^Jane');
    expect(file.dataset.get(REFERENCED_SERIES)?.kind).toBe('sequence');
    expect(file.dataset.getItems(REFERENCED_SERIES)[0]?.getString(REFERENCED_SOP_INSTANCE)).toBe('1.2.3.9');
    expect(file.dataset.get(PRIVATE_CREATOR)?.vr).toBe('LO');
    expect(file.dataset.get(PRIVATE_DATA)?.vr).toBe('UN');
  });

  it('reads private elements in implicit VR: creators as LO, data as UN, undefined length as a sequence', () => {
    const privateItem = item(element(Tags.PatientID, 'LO', ascii('ID-7'), IMPLICIT_LE), IMPLICIT_LE, true);
    const file = parseDicom(
      concat(
        element(PRIVATE_CREATOR, 'LO', ascii('ACME 1.0'), IMPLICIT_LE),
        element(PRIVATE_DATA, 'UN', ascii('20240101'), IMPLICIT_LE),
        sequence(PRIVATE_SEQUENCE, [privateItem], IMPLICIT_LE, true),
      ),
    );
    expect(file.transferSyntaxUid).toBe(TransferSyntax.ImplicitVRLittleEndian);
    expect(file.dataset.get(PRIVATE_CREATOR)?.vr).toBe('LO');
    expect(file.dataset.getString(PRIVATE_CREATOR)).toBe('ACME 1.0');
    expect(file.dataset.get(PRIVATE_DATA)?.vr).toBe('UN');
    expect(file.dataset.getItems(PRIVATE_SEQUENCE)[0]?.getString(Tags.PatientID)).toBe('ID-7');
  });

  it('finds items inside a defined-length private UN value', () => {
    const privateItem = item(element(Tags.PatientID, 'LO', ascii('ID-7'), IMPLICIT_LE), IMPLICIT_LE);
    const file = parseDicom(
      concat(
        element(PRIVATE_CREATOR, 'LO', ascii('ACME 1.0'), IMPLICIT_LE),
        element(PRIVATE_SEQUENCE, 'UN', privateItem, IMPLICIT_LE),
      ),
    );
    expect(file.dataset.getItems(PRIVATE_SEQUENCE)[0]?.getString(Tags.PatientID)).toBe('ID-7');
  });

  it('chooses US or SS by Pixel Representation in implicit VR', () => {
    const sop = element(Tags.SOPClassUID, 'UI', ascii('1.2', 0), IMPLICIT_LE);
    const signed = parseDicom(
      concat(
        sop,
        element(Tags.PixelRepresentation, 'US', u16([1]), IMPLICIT_LE),
        element(SMALLEST_PIXEL, 'SS', u16([0xfc18]), IMPLICIT_LE),
      ),
    );
    expect(signed.dataset.get(SMALLEST_PIXEL)?.vr).toBe('SS');
    expect(signed.dataset.getNumber(SMALLEST_PIXEL)).toBe(-1000);
    const unsigned = parseDicom(
      concat(
        sop,
        element(Tags.PixelRepresentation, 'US', u16([0]), IMPLICIT_LE),
        element(SMALLEST_PIXEL, 'US', u16([0xfc18]), IMPLICIT_LE),
      ),
    );
    expect(unsigned.dataset.get(SMALLEST_PIXEL)?.vr).toBe('US');
    const pixels = parseDicom(concat(sop, element(Tags.PixelData, 'OW', new Uint8Array(8), IMPLICIT_LE)));
    expect(pixels.dataset.get(Tags.PixelData)?.vr).toBe('OW');
  });

  it('refuses an implicit VR value of a sequence attribute that holds no items', () => {
    const error = expectParseError(
      () => parseDicom(element(REFERENCED_SERIES, 'SQ', ascii('NAMED TYPE'), IMPLICIT_LE)),
      'BAD_SEQUENCE',
    );
    expect(error.message).toContain('(0008,1115)');
  });
});

describe('parseDicom: pixel data and what follows it', () => {
  it('reads encapsulated pixel data as the offset table then fragments, and elements after it', () => {
    const fragments = [
      u32([0, 6]),
      Uint8Array.of(1, 2, 3, 4),
      Uint8Array.of(5, 6),
      Uint8Array.of(7, 8, 9, 10),
    ];
    const pixelItems = fragments.map((fragment) => item(fragment, EXPLICIT_LE));
    const input = part10(
      '1.2.840.10008.1.2.4.50',
      concat(
        basicDataset(EXPLICIT_LE),
        sequence(Tags.PixelData, pixelItems, EXPLICIT_LE, true, 'OB'),
        element(0xfffafffa, 'SQ', new Uint8Array(0), EXPLICIT_LE),
        element(Tags.DataSetTrailingPadding, 'OB', new Uint8Array(6), EXPLICIT_LE),
      ),
    );
    const file = parseDicom(input);
    const pixels = file.dataset.get(Tags.PixelData);
    expect(pixels?.kind).toBe('encapsulated');
    if (pixels?.kind !== 'encapsulated') return;
    expect(pixels.fragments.map((f) => [...f])).toEqual(fragments.map((f) => [...f]));
    expect(pixels.fragments[1]?.buffer).toBe(input.buffer);
    expect(file.dataset.has(0xfffafffa)).toBe(true);
    expect(file.dataset.has(Tags.DataSetTrailingPadding)).toBe(false);
  });

  it('accepts a missing sequence delimiter only when the last fragment ends the file', () => {
    const items = [item(new Uint8Array(0), EXPLICIT_LE), item(Uint8Array.of(1, 2), EXPLICIT_LE)];
    const open = concat(
      basicDataset(EXPLICIT_LE),
      element(Tags.PixelData, 'OB', concat(...items), EXPLICIT_LE, UNDEFINED),
    );
    const file = parseDicom(part10('1.2.840.10008.1.2.4.70', open));
    const pixels = file.dataset.get(Tags.PixelData);
    expect(pixels?.kind === 'encapsulated' && pixels.fragments.length).toBe(2);
    expectParseError(
      () => parseDicom(part10('1.2.840.10008.1.2.4.70', open.subarray(0, open.byteLength - 1))),
      'TRUNCATED',
    );
  });

  it('drops trailing zero bytes after the dataset', () => {
    const file = parseDicom(
      part10(TransferSyntax.ExplicitVRLittleEndian, concat(basicDataset(EXPLICIT_LE), new Uint8Array(5))),
    );
    expect(file.dataset.getNumber(Tags.Rows)).toBe(512);
  });
});

describe('parseDicom: refusals', () => {
  const secret = 'SECRETNAME^PATIENT';
  const dataset = concat(
    element(Tags.SOPClassUID, 'UI', ascii('1.2.840.10008.5.1.4.1.1.7', 0), EXPLICIT_LE),
    element(Tags.PatientName, 'PN', ascii(secret), EXPLICIT_LE),
    element(Tags.PixelData, 'OW', new Uint8Array(64), EXPLICIT_LE),
  );

  it('refuses empty input, non-DICOM and a meta without a transfer syntax', () => {
    expectParseError(() => parseDicom(new Uint8Array(0)), 'EMPTY');
    expectParseError(
      () => parseDicom(new TextEncoder().encode('%PDF-1.7 not dicom at all, just text')),
      'NOT_DICOM',
    );
    expectParseError(
      () => parseDicom(concat(new Uint8Array(128), ascii('DICM'), metaGroup(null), dataset)),
      'MISSING_TRANSFER_SYNTAX',
    );
  });

  it('names the tag and offset of a truncated value but never its content', () => {
    const full = part10(TransferSyntax.ExplicitVRLittleEndian, dataset);
    const nameOffset = Buffer.from(full).indexOf(Buffer.from(secret, 'latin1'));
    const error = expectParseError(() => parseDicom(full.subarray(0, nameOffset + 4)), 'TRUNCATED');
    expect(error.message).toContain('(0010,0010)');
    expect(error.message).toContain(`offset ${nameOffset - 8}`);
    expect(error.offset).toBe(nameOffset - 8);
    expect(error.message).not.toContain('SECRET');
  });

  it('refuses an item that overruns its sequence and an invalid VR', () => {
    const inner = element(Tags.PatientName, 'PN', ascii(secret), EXPLICIT_LE);
    const lying = element(
      REFERENCED_SERIES,
      'SQ',
      concat(item(inner, EXPLICIT_LE).subarray(0, 4), u32([inner.byteLength + 10]), inner),
      EXPLICIT_LE,
    );
    expectParseError(
      () => parseDicom(concat(lying, element(Tags.PixelData, 'OW', new Uint8Array(64), EXPLICIT_LE))),
      'BAD_LENGTH',
    );
    const badVr = concat(
      element(Tags.SOPClassUID, 'UI', ascii('1.2', 0), EXPLICIT_LE),
      element(Tags.PatientName, 'ZZ', ascii(secret), EXPLICIT_LE),
    );
    const error = expectParseError(() => parseDicom(badVr), 'BAD_VR');
    expect(error.message).not.toContain('SECRET');
  });

  it('does not allocate from a declared length: a header claiming 4 GiB fails fast', () => {
    const huge = concat(
      basicDataset(EXPLICIT_LE),
      Uint8Array.of(0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x57, 0, 0),
      u32([0xfffffff0]),
    );
    const started = process.hrtime.bigint();
    expectParseError(() => parseDicom(part10(TransferSyntax.ExplicitVRLittleEndian, huge)), 'TRUNCATED');
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
  });
});
