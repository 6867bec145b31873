import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dcmjs from 'dcmjs';
import { type DicomDataset } from './dataset';
import { DicomParseError, TransferSyntax, type DicomFile } from './dicom-file';
import { DIRECTORY_OFFSET_TAGS } from './directory-records';
import { parseDicom } from './parse-dicom';
import { formatPersonName, parsePersonName } from './person-name';
import { describeWith, findCorpus, type Corpus, type CorpusEntry } from './testing';
import { Tags } from './tag';
import { transcodeToUtf8 } from './transcode';
import { serializeDicom } from './write-dicom';

const corpus = findCorpus();

/** Value bytes as comparable text: hex when short, length and digest when long (pixel data). */
function fingerprint(bytes: Uint8Array, pad: number): string {
  const even = bytes.byteLength % 2 === 0 ? Buffer.from(bytes) : Buffer.concat([bytes, Uint8Array.of(pad)]);
  return even.byteLength <= 256
    ? even.toString('hex')
    : `${even.byteLength}:${createHash('sha256').update(even).digest('hex')}`;
}

/** Elements at every depth as plain data; odd values compare with the pad byte the writer adds. */
function describeDataset(dataset: DicomDataset): unknown[] {
  const even = fingerprint;
  return [...dataset].map((element) => {
    switch (element.kind) {
      case 'value':
        // DICOMDIR offsets move with the output layout; a test of their own checks them.
        if (DIRECTORY_OFFSET_TAGS.has(element.tag)) return [element.tag, 'directory offset'];
        return [
          element.tag,
          element.vr,
          even(element.bytes, element.vr === 'UI' || element.vr === 'OB' || element.vr === 'UN' ? 0 : 0x20),
        ];
      case 'sequence':
        return [element.tag, element.items.map(describeDataset)];
      case 'encapsulated':
        return [element.tag, element.fragments.map((fragment) => even(fragment, 0))];
    }
  });
}

function parseEntry(data: Corpus, entry: CorpusEntry): DicomFile {
  return parseDicom(data.read(entry.file));
}

function sopClassOf(file: DicomFile): string | undefined {
  return file.dataset.getString(Tags.SOPClassUID) ?? file.meta.getString(Tags.MediaStorageSOPClassUID);
}

function hasDcmdump(): boolean {
  return spawnSync('dcmdump', ['--version'], { encoding: 'utf8' }).status === 0;
}

function dcmdump(
  path: string,
  ...args: string[]
): { status: number | null; errors: string[]; stdout: string } {
  const result = spawnSync('dcmdump', ['-q', ...args, path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const errors = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.startsWith('E:'));
  return { status: result.status, errors, stdout: result.stdout };
}

function readWithDcmjs(bytes: Uint8Array): Record<string, unknown> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const message = dcmjs.data.DicomMessage.readFile(buffer);
  return dcmjs.data.DicomMetaDictionary.naturalizeDataset(message.dict) as Record<string, unknown>;
}

/**
 * What happens to each file the manifest flags as malformed: refused with a code, or parsed with a check that
 * the result is right rather than garbage.
 */
const MALFORMED: Record<string, { refused: string } | { parsed: (file: DicomFile) => void }> = {
  'pydicom/MR_truncated.dcm': { refused: 'TRUNCATED' },
  'pydicom/rtplan_truncated.dcm': { refused: 'TRUNCATED' },
  'pydicom/meta_missing_tsyntax.dcm': { refused: 'MISSING_TRANSFER_SYNTAX' },
  // (0040,A170) holds the text "NAMED TYPE" in implicit VR while the dictionary makes it a sequence.
  'dcm4che/Tag-0040-A170-VR-CS.dcm': { refused: 'BAD_SEQUENCE' },
  // Structurally sound: only the IS value of Number of Frames ("1A") is invalid, and it reads as such.
  'pydicom/badVR.dcm': {
    parsed: (file) => {
      expect(file.dataset.getString(Tags.NumberOfFrames)).toBe('1A');
      expect(file.dataset.getNumber(Tags.NumberOfFrames)).toBeUndefined();
      const pixels = file.dataset.get(Tags.PixelData);
      expect(pixels?.kind === 'value' && pixels.bytes.byteLength).toBe(6000);
      const depth3 = file.dataset.getItems(0x300c0002)[0]?.getItems(0x300c0020)[0]?.getItems(0x300c0004)[0];
      expect(depth3?.getString(0x300c0006)).toBe('1');
    },
  },
  // The pixel data's sequence delimiter is missing at the end of the file; every fragment is complete.
  'fo-dicom/GH1339.dcm': {
    parsed: (file) => {
      const pixels = file.dataset.get(Tags.PixelData);
      expect(pixels?.kind).toBe('encapsulated');
      if (pixels?.kind !== 'encapsulated') return;
      const last = pixels.fragments[pixels.fragments.length - 1] as Uint8Array;
      const end = last[last.byteLength - 1] === 0 ? last.byteLength - 1 : last.byteLength;
      expect([last[end - 2], last[end - 1]]).toEqual([0xff, 0xd9]);
    },
  },
  // The meta declares JPEG Baseline (explicit VR) but the dataset is implicit VR: read as implicit.
  'pydicom/SC_rgb_jpeg.dcm': {
    parsed: (file) => {
      expect(file.encoding.explicitVr).toBe(false);
      expect(file.dataset.getString(Tags.PhotometricInterpretation)).toMatch(/^(RGB|YBR_FULL(_422)?)$/);
      const pixels = file.dataset.get(Tags.PixelData);
      expect(
        pixels?.kind === 'encapsulated' && [...(pixels.fragments[1] ?? new Uint8Array(0)).subarray(0, 2)],
      ).toEqual([0xff, 0xd8]);
    },
  },
};

describeWith('DICOM corpus: parsing', 'DICOM corpus', corpus, (data) => {
  const wellFormed = data.entries.filter((entry) => !entry.malformed);

  it.each(wellFormed.map((entry) => [entry.file, entry] as const))(
    '%s parses as the manifest describes',
    (_file, entry) => {
      const file = parseEntry(data, entry);
      expect(sopClassOf(file) ?? null).toBe(entry.sop_class_uid);
      expect(file.dataset.getString(Tags.Modality) ?? null).toBe(entry.modality);
      expect(file.preamble !== null).toBe(entry.has_preamble);
      if (entry.transfer_syntax_uid) expect(file.transferSyntaxUid).toBe(entry.transfer_syntax_uid);
      else expect(file.meta.size).toBe(0);
      const charset = file.dataset.has(Tags.SpecificCharacterSet)
        ? (file.dataset.getString(Tags.SpecificCharacterSet) ?? '')
        : null;
      expect(charset).toBe(entry.specific_character_set);
    },
  );

  it.each(data.entries.filter((entry) => entry.malformed).map((entry) => [entry.file, entry] as const))(
    'malformed %s is refused or parsed correctly, as documented',
    (file, entry) => {
      const outcome = MALFORMED[file];
      expect(outcome).toBeDefined();
      if (!outcome) return;
      if ('refused' in outcome) {
        let error: unknown;
        try {
          parseEntry(data, entry);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(DicomParseError);
        expect((error as DicomParseError).code).toBe(outcome.refused);
      } else {
        outcome.parsed(parseEntry(data, entry));
      }
    },
  );

  it('reads the hard cases of the de-identification anchors', () => {
    const byName = (name: string) =>
      parseEntry(data, data.entries.find((entry) => entry.file === name) as CorpusEntry);
    // A private sequence of undefined length in implicit VR.
    const privateSequence = byName('pydicom/priv_SQ.dcm');
    expect(
      [...privateSequence.dataset].some((el) => el.kind === 'sequence' && (el.tag & 0x10000) !== 0),
    ).toBe(true);
    // A private sequence encoded as UN, re-read as implicit VR items.
    const unSequence = byName('pydicom/UN_sequence.dcm');
    expect([...unSequence.dataset].some((el) => el.kind === 'sequence' && el.items.length > 0)).toBe(true);
    // CP-246: (0008,2112) as UN of undefined length becomes a sequence of Source Image items.
    const cp246 = byName('fo-dicom/GH177_D_CLUNIE_CT1_IVRLE_BigEndian_ELE_undefinded_length.dcm');
    expect(cp246.dataset.get(0x00082112)?.kind).toBe('sequence');
    expect(cp246.dataset.getItems(0x00082112)[0]?.getString(0x00081150)).toMatch(/^1\.2\.840\.10008\./);
    // A DICOMDIR's directory records.
    const dicomdir = byName('pydicom/DICOMDIR');
    expect(dicomdir.dataset.getItems(0x00041220).length).toBeGreaterThan(3);
    // A dataset with no preamble and no meta, sniffed as implicit VR.
    const bare = byName('dcm4che/OT-PAL-8-face');
    expect(bare.encoding.explicitVr).toBe(false);
    expect(bare.dataset.getNumber(Tags.Rows)).toBeGreaterThan(0);
  });
});

describeWith('DICOM corpus: charsets', 'DICOM corpus', corpus, (data) => {
  const named = data.entries.filter(
    (entry) =>
      !entry.malformed && entry.specific_character_set && /PatientName='[^']*[^\x00-\x7f]/.test(entry.notes),
  );
  const dumpAvailable = hasDcmdump();
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lattice-dicom-charset-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('covers the corpus charset files', () => {
    expect(named.length).toBeGreaterThanOrEqual(9);
  });

  it('decodes an item with its own ISO 2022 IR 13 + IR 87 set, and DCMTK reads the transcoded output', () => {
    const entry = data.entries.find(
      (candidate) => candidate.file === 'pydicom/chrSQEncoding.dcm',
    ) as CorpusEntry;
    const file = parseEntry(data, entry);
    const item = file.dataset.getItems(0x00321064)[0];
    const expected = 'ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう';
    expect(item?.getString(Tags.PatientName)).toBe(expected);
    transcodeToUtf8(file.dataset);
    expect(item?.has(Tags.SpecificCharacterSet)).toBe(false);
    const out = serializeDicom(file);
    expect(parseDicom(out).dataset.getItems(0x00321064)[0]?.getString(Tags.PatientName)).toBe(expected);
    if (dumpAvailable) {
      const path = join(dir, 'chrSQEncoding-utf8.dcm');
      writeFileSync(path, out);
      const dump = dcmdump(path, '+U8');
      expect(dump.errors).toEqual([]);
      expect(dump.stdout).toContain(expected);
    }
  });

  it.each(named.map((entry) => [entry.file, entry.specific_character_set, entry] as const))(
    '%s (%s): the name decodes as expected and survives transcode, write and re-read',
    (_file, _charset, entry) => {
      const expected = formatPersonName(
        parsePersonName(/PatientName='([^']*)'/.exec(entry.notes)?.[1] ?? ''),
      );
      const file = parseEntry(data, entry);
      expect(formatPersonName(parsePersonName(file.dataset.getString(Tags.PatientName) ?? ''))).toBe(
        expected,
      );

      transcodeToUtf8(file.dataset);
      expect(file.dataset.getString(Tags.SpecificCharacterSet)).toBe('ISO_IR 192');
      const out = serializeDicom(file);
      const reread = parseDicom(out);
      expect(formatPersonName(parsePersonName(reread.dataset.getString(Tags.PatientName) ?? ''))).toBe(
        expected,
      );

      const natural = readWithDcmjs(out);
      const dcmjsName = (
        natural['PatientName'] as { Alphabetic?: string; Ideographic?: string; Phonetic?: string }[]
      )[0];
      expect(
        formatPersonName(
          parsePersonName(
            [dcmjsName?.Alphabetic ?? '', dcmjsName?.Ideographic ?? '', dcmjsName?.Phonetic ?? ''].join('='),
          ),
        ),
      ).toBe(expected);

      if (dumpAvailable) {
        const path = join(dir, `${entry.file.replace(/[^A-Za-z0-9]/g, '_')}.dcm`);
        writeFileSync(path, out);
        const dump = dcmdump(path, '+U8');
        expect(dump.errors).toEqual([]);
        const line = dump.stdout.split('\n').find((text) => text.startsWith('(0010,0010)')) ?? '';
        expect(formatPersonName(parsePersonName((/\[(.*)\]/.exec(line)?.[1] ?? '').trimEnd()))).toBe(
          expected,
        );
      }
    },
  );
});

describeWith('DICOM corpus: writing', 'DICOM corpus', corpus, (data) => {
  const parseable = data.entries.filter((entry) => {
    const outcome = MALFORMED[entry.file];
    return !entry.malformed || (outcome !== undefined && 'parsed' in outcome);
  });
  const dumpAvailable = hasDcmdump();
  if (!dumpAvailable) console.warn('dcmdump (DCMTK) not found: outputs are not checked with DCMTK');
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lattice-dicom-roundtrip-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites DICOMDIR record offsets so they point at the same records in the output', () => {
    const entry = data.entries.find((candidate) => candidate.file === 'pydicom/DICOMDIR') as CorpusEntry;
    const input = data.read(entry.file);
    const original = parseDicom(input);
    const output = serializeDicom(original);
    const reread = parseDicom(output);
    // Record index of the item starting at each offset, in the input and in the output.
    const indexByOffset = (bytes: Uint8Array, file: DicomFile) => {
      const records = file.dataset.getItems(0x00041220);
      const starts = new Map<number, number>();
      const view = Buffer.from(bytes);
      let from = 0;
      for (let index = 0; index < records.length; index++) {
        const at = view.indexOf(Buffer.from([0xfe, 0xff, 0x00, 0xe0]), from);
        starts.set(at, index);
        from = at + 1;
      }
      return starts;
    };
    const offsetsOf = (file: DicomFile) => [
      ...file.dataset.getNumbers(0x00041200),
      ...file.dataset.getNumbers(0x00041202),
      ...file.dataset
        .getItems(0x00041220)
        .flatMap((record) => [...record.getNumbers(0x00041400), ...record.getNumbers(0x00041420)]),
    ];
    const inputIndex = indexByOffset(input.subarray(0), original);
    const outputIndex = indexByOffset(output, reread);
    const before = offsetsOf(original).map((offset) => (offset === 0 ? 'none' : inputIndex.get(offset)));
    const after = offsetsOf(reread).map((offset) => (offset === 0 ? 'none' : outputIndex.get(offset)));
    expect(before.every((index) => index !== undefined)).toBe(true);
    expect(after).toEqual(before);
    expect(offsetsOf(reread)).not.toEqual(offsetsOf(original));
  });

  it.each(parseable.map((entry) => [entry.file, entry] as const))(
    '%s: parse → write → parse keeps every element, and DCMTK and dcmjs read the output',
    (_file, entry) => {
      const original = parseEntry(data, entry);
      const out = serializeDicom(original);
      expect(Buffer.from(serializeDicom(original)).equals(Buffer.from(out))).toBe(true);
      const reread = parseDicom(out);
      expect(describeDataset(reread.dataset)).toEqual(describeDataset(original.dataset));
      const expectedSyntax = original.encoding.deflated
        ? TransferSyntax.ExplicitVRLittleEndian
        : original.transferSyntaxUid;
      expect(reread.transferSyntaxUid).toBe(expectedSyntax);

      if (dumpAvailable) {
        const path = join(dir, `${entry.file.replace(/[^A-Za-z0-9]/g, '_')}.dcm`);
        writeFileSync(path, out);
        const dump = dcmdump(path);
        expect(dump.errors).toEqual([]);
        expect(dump.status).toBe(0);
      }
      // dcmjs reads one character set at a time, so ISO 2022 text goes through transcodeToUtf8 first.
      transcodeToUtf8(original.dataset);
      expect(() => readWithDcmjs(serializeDicom(original))).not.toThrow();
    },
  );
});
