import fc from 'fast-check';
import {
  decodeText,
  isStringVR,
  parseDicom,
  serializeDicom,
  tag,
  Tags,
  type DicomDataset,
} from '@lattice/dicom';
import { syntheticCt } from '../spec-support/synthetic-study';
import { joinChunks, testContext } from '../spec-support/test-context';
import { deidentifyInstance } from './deidentify-instance';

const ContentSequence = tag(0x0040, 0xa730);
const TextValue = tag(0x0040, 0xa160);
const PersonName = tag(0x0040, 0xa123);
const ImageComments = tag(0x0020, 0x4000);
const OtherPatientIDs = tag(0x0010, 0x1000);

/** A patient name in one character set: its bytes as written and the components a reader would see. */
interface EncodedName {
  readonly charset: string;
  readonly bytes: Uint8Array;
  readonly parts: readonly string[];
}

// Names with the Specific Character Set they are written in: ISO 2022 IR 87 (JIS X 0208 with escapes),
// ISO 2022 IR 149 (KS X 1001), Latin-1 and UTF-8.
const JAPANESE: EncodedName = {
  charset: '\\ISO 2022 IR 87',
  bytes: Uint8Array.from([
    0x1b, 0x24, 0x42, 0x3b, 0x33, 0x45, 0x44, 0x1b, 0x28, 0x42, 0x5e, 0x1b, 0x24, 0x42, 0x42, 0x40, 0x4f,
    0x3a, 0x1b, 0x28, 0x42,
  ]),
  parts: ['山田', '太郎'],
};
const KOREAN: EncodedName = {
  charset: '\\ISO 2022 IR 149',
  bytes: Uint8Array.from([0x1b, 0x24, 0x29, 0x43, 0xb1, 0xe8, 0xc8, 0xf1, 0xc1, 0xdf]),
  parts: ['김희중'],
};

const word = fc.stringMatching(/^[A-Z][a-z]{5,8}$/);
const latinName = fc.tuple(word, word).map(([family, given]): EncodedName => ({
  charset: 'ISO_IR 100',
  bytes: Buffer.from(`${family}\u00fc^${given}`, 'latin1'),
  parts: [`${family}\u00fc`, given],
}));
const utf8Name = fc
  .tuple(fc.constantFrom('陳', '林', '黃'), fc.stringMatching(/^[\u5c0f\u660e\u83ef\u5049]{2}$/))
  .map(([family, given]): EncodedName => ({
    charset: 'ISO_IR 192',
    bytes: Buffer.from(`${family}^${given}`, 'utf8'),
    parts: [`${family}${given}`],
  }));
const name = fc.oneof(latinName, utf8Name, fc.constant(JAPANESE), fc.constant(KOREAN));
const recordNumber = fc.stringMatching(/^[A-Z]{2}\d{7}$/);

type Place = 'private-block' | 'free-text' | 'nested-text' | 'nested-person' | 'other-ids';
const place = fc.constantFrom<Place>(
  'private-block',
  'free-text',
  'nested-text',
  'nested-person',
  'other-ids',
);

function nested(dataset: DicomDataset, depth: number): DicomDataset {
  let current = dataset;
  for (let level = 0; level < depth; level += 1) {
    const item = current.createItem();
    item.setString(tag(0x0040, 0xa040), 'CS', level === depth - 1 ? 'TEXT' : 'CONTAINER');
    current.set({ kind: 'sequence', tag: ContentSequence, vr: 'SQ', items: [item] });
    current = item;
  }
  return current;
}

/** Every decoded string value of a dataset at every depth, upper-cased. */
function allText(dataset: DicomDataset, out: string[] = []): string[] {
  for (const element of dataset) {
    if (element.kind === 'sequence') element.items.forEach((item) => allText(item, out));
    else if (element.kind === 'value') {
      const vr = isStringVR(element.vr) ? element.vr : 'LO';
      out.push(decodeText(element.bytes, dataset.characterSet(), vr).toUpperCase());
    }
  }
  return out;
}

describe('planted identifying values', () => {
  const context = testContext(1);

  it('none survives de-identification, wherever and in whichever character set it was planted', async () => {
    await fc.assert(
      fc.asyncProperty(
        name,
        recordNumber,
        fc.array(fc.tuple(place, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 4 }),
        async (patient, mrn, places) => {
          const file = syntheticCt({ size: 4 });
          const { dataset } = file;
          dataset.set({
            kind: 'value',
            tag: Tags.SpecificCharacterSet,
            vr: 'CS',
            bytes: Buffer.from(patient.charset.length % 2 ? `${patient.charset} ` : patient.charset),
          });
          dataset.set({
            kind: 'value',
            tag: Tags.PatientName,
            vr: 'PN',
            bytes:
              patient.bytes.byteLength % 2 ? Buffer.concat([patient.bytes, Buffer.from(' ')]) : patient.bytes,
          });
          dataset.setString(Tags.PatientID, 'LO', mrn);
          const parts: Uint8Array = patient.bytes;
          for (const [where, depth] of places) {
            switch (where) {
              case 'private-block':
                dataset.setString(tag(0x0029, 0x0010), 'LO', 'ACME 1.0');
                dataset.setString(tag(0x0029, 0x1001), 'LO', mrn);
                dataset.set({
                  kind: 'value',
                  tag: tag(0x0029, 0x1002),
                  vr: 'PN',
                  bytes: parts.byteLength % 2 ? Buffer.concat([parts, Buffer.from(' ')]) : parts,
                });
                break;
              case 'free-text':
                dataset.setString(ImageComments, 'LT', `Reviewed; record ${mrn} confirmed`);
                break;
              case 'nested-text':
                nested(dataset, depth).setString(TextValue, 'UT', `Findings for MRN ${mrn}: nodule`);
                break;
              case 'nested-person':
                nested(dataset, depth).set({
                  kind: 'value',
                  tag: PersonName,
                  vr: 'PN',
                  bytes: parts.byteLength % 2 ? Buffer.concat([parts, Buffer.from(' ')]) : parts,
                });
                break;
              case 'other-ids':
                dataset.setString(OtherPatientIDs, 'LO', `${mrn}\\X${mrn}`);
                break;
            }
          }
          const outcome = await deidentifyInstance(serializeDicom(file), context);
          expect(outcome.status).toBe('deidentified');
          if (outcome.status !== 'deidentified') return;
          const text = allText(parseDicom(joinChunks(outcome.chunks)).dataset).join('\n');
          for (const value of [mrn, ...patient.parts])
            expect({ value, found: text.includes(value.toUpperCase()) }).toEqual({ value, found: false });
        },
      ),
      { numRuns: 60, seed: 20251122 },
    );
  });
});
