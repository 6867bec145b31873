import { cid7050Entry } from '../catalog/cid-7050';
import { sopClassName, transferSyntaxName } from '../dicom/uid-names';
import { channelLabelOf, outcomeLabelOf } from '../ingest/ingest-labels';
import { en } from '../i18n/messages.en';
import { zhTW } from '../i18n/messages.zh-TW';
import { explainedReasonCodes, reasonTextOf } from './reason-codes';

describe('reason codes in plain words', () => {
  it('explains every quarantine code of the de-identification engine', () => {
    for (const code of [
      'BURNED_IN_PIXELS_UNVERIFIED',
      'PIXEL_CODEC_UNAVAILABLE',
      'ENCAPSULATED_DOCUMENT',
      'OCR_TEXT_FOUND',
      'EMBEDDED_OVERLAY',
      'UNKNOWN_CHARACTER_SET',
      'RESIDUAL_PHI',
      'NOT_STAGE1_OUTPUT',
      'OUTPUT_NOT_WRITABLE',
    ]) {
      expect([code, explainedReasonCodes.includes(code)]).toEqual([code, true]);
    }
  });

  it('words each explained code differently from the code itself, in both languages', () => {
    for (const code of explainedReasonCodes) {
      const text = reasonTextOf(code);
      if (text === null) throw new Error(`no text for ${code}`);
      expect(en[text.title]).not.toContain(code);
      expect(zhTW[text.title]).not.toBe(en[text.title]);
      expect(zhTW[text.explanation]).not.toBe(en[text.explanation]);
    }
  });

  it('knows no meaning for codes it was not taught, including object properties', () => {
    expect(reasonTextOf('SOMETHING_NEW')).toBeNull();
    expect(reasonTextOf('constructor')).toBeNull();
  });
});

describe('labels of ingest outcomes and channels', () => {
  it('names the outcomes and channels the node reports, and no others', () => {
    expect(outcomeLabelOf('excluded-by-consent')).toEqual(outcomeLabelOf('excluded'));
    expect(outcomeLabelOf('quarantined')?.tone).toBe('warning');
    expect(outcomeLabelOf('rejected')?.tone).toBe('error');
    expect(outcomeLabelOf('toString')).toBeNull();
    expect(channelLabelOf('quarantine-release')).toBe('ingest.via.quarantineRelease');
    expect(channelLabelOf('ftp')).toBeNull();
  });
});

describe('DICOM names', () => {
  it('names CID 7050 codes of the DCM scheme only', () => {
    expect(cid7050Entry('DCM', '113107')?.meaning).toBe(
      'Retain Longitudinal Temporal Information Modified Dates Option',
    );
    expect(cid7050Entry('99LOCAL', '113107')).toBeNull();
    expect(cid7050Entry('DCM', '999999')).toBeNull();
  });

  it('names common storage SOP classes and transfer syntaxes', () => {
    expect(sopClassName('1.2.840.10008.5.1.4.1.1.2')).toBe('CT Image Storage');
    expect(sopClassName('1.2.840.10008.5.1.4.1.1.6.1')).toBe('Ultrasound Image Storage');
    expect(sopClassName('1.2.840.10008.5.1.4.1.1.999')).toBeNull();
    expect(sopClassName('1.2.840.10008.5.1.4.1.1.constructor')).toBeNull();
    expect(transferSyntaxName('1.2.840.10008.1.2.1')).toBe('Explicit VR Little Endian');
    expect(transferSyntaxName('1.2.3')).toBeNull();
  });
});
