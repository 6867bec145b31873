import { parseDicom, serializeDicom, tag, Tags, type DicomFile } from '@lattice/dicom';
import type { DeidContext } from '../pipeline/deid-context';
import { deidentifyInstance } from '../pipeline/deidentify-instance';
import { METHOD_PREFIX } from '../pipeline/provenance';
import { syntheticCt } from '../spec-support/synthetic-study';
import { joinChunks, testContext } from '../spec-support/test-context';
import { isReviewablePixelCode, OPERATOR_REVIEW_METHOD, REVIEWABLE_PIXEL_CODES } from './operator-review';

const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';

/** A secondary capture: text can be anywhere in its pixels, so without a review it is always held. */
function secondaryCapture(change: (file: DicomFile) => void = () => undefined): Uint8Array {
  const file = syntheticCt({ size: 64 });
  file.dataset.setString(Tags.SOPClassUID, 'UI', SECONDARY_CAPTURE);
  file.dataset.setString(Tags.Modality, 'CS', 'OT');
  change(file);
  return serializeDicom(file);
}

function reviewed(context: DeidContext, extra: Partial<DeidContext['pixels']> = {}): DeidContext {
  return { ...context, pixels: { ...context.pixels, operatorReviewed: true, ...extra } };
}

function pixelBytes(bytes: Uint8Array): Uint8Array {
  const element = parseDicom(bytes).dataset.get(Tags.PixelData);
  if (element?.kind !== 'value') throw new Error('no native pixel data');
  return element.bytes;
}

describe("an operator's review of burned-in pixels", () => {
  const stage1 = testContext(1);
  const stage2 = testContext(2);

  it('lists only the pixel reasons a person can settle by looking', () => {
    expect([...REVIEWABLE_PIXEL_CODES].sort()).toEqual([
      'BURNED_IN_PIXELS_UNVERIFIED',
      'EMBEDDED_OVERLAY',
      'OCR_TEXT_FOUND',
      'PIXEL_CODEC_UNAVAILABLE',
    ]);
    for (const code of [
      'RESIDUAL_PHI',
      'ENCAPSULATED_DOCUMENT',
      'UNKNOWN_CHARACTER_SET',
      'NOT_STAGE1_OUTPUT',
    ]) {
      expect(isReviewablePixelCode(code)).toBe(false);
    }
  });

  it('holds a secondary capture without a review', async () => {
    const outcome = await deidentifyInstance(secondaryCapture(), stage1);
    expect(outcome).toMatchObject({ status: 'quarantined', code: 'BURNED_IN_PIXELS_UNVERIFIED' });
  });

  it('releases it after a review, pixels as received, and records the review in the provenance', async () => {
    const input = secondaryCapture();
    const outcome = await deidentifyInstance(input, reviewed(stage1));
    if (outcome.status !== 'deidentified') throw new Error(`${outcome.status}: ${outcome.reason}`);
    expect(outcome.operatorReview).toBe('BURNED_IN_PIXELS_UNVERIFIED');
    expect(outcome.pixelAction).toBe('unchanged');
    const output = joinChunks(outcome.chunks);
    expect(Buffer.from(pixelBytes(output)).equals(Buffer.from(pixelBytes(input)))).toBe(true);
    const methods = parseDicom(output).dataset.getStrings(Tags.DeidentificationMethod);
    expect(methods[0]?.startsWith(`${METHOD_PREFIX}1:`)).toBe(true);
    expect(methods).toContain(OPERATOR_REVIEW_METHOD);
    // The header is still de-identified and verified: no identifying value of the original is left.
    expect(parseDicom(output).dataset.getString(Tags.PatientID)).toBe(outcome.pseudonym);
  });

  it('does not release what is not about pixels', async () => {
    const document = secondaryCapture((file) =>
      file.dataset.set({ kind: 'value', tag: tag(0x0042, 0x0011), vr: 'OB', bytes: new Uint8Array(8) }),
    );
    const outcome = await deidentifyInstance(document, reviewed(stage1));
    expect(outcome).toMatchObject({ status: 'quarantined', code: 'ENCAPSULATED_DOCUMENT' });
  });

  it('leaves files without pixel risk exactly as they were, with no review recorded', async () => {
    const ct = serializeDicom(syntheticCt({ size: 64 }));
    const outcome = await deidentifyInstance(ct, reviewed(stage1));
    if (outcome.status !== 'deidentified') throw new Error(outcome.reason);
    expect(outcome.operatorReview).toBeUndefined();
    const methods = parseDicom(joinChunks(outcome.chunks)).dataset.getStrings(Tags.DeidentificationMethod);
    expect(methods).not.toContain(OPERATOR_REVIEW_METHOD);
  });

  it('is trusted at stage 2 only when asked to, and recorded once', async () => {
    const stageOne = await deidentifyInstance(secondaryCapture(), reviewed(stage1));
    if (stageOne.status !== 'deidentified') throw new Error(stageOne.reason);
    const released = joinChunks(stageOne.chunks);

    expect(await deidentifyInstance(released, stage2)).toMatchObject({
      status: 'quarantined',
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
    });
    const trusting = { ...stage2, pixels: { ...stage2.pixels, acceptRecordedReview: true } };
    const stageTwo = await deidentifyInstance(released, trusting);
    if (stageTwo.status !== 'deidentified') throw new Error(stageTwo.reason);
    expect(stageTwo.operatorReview).toBe('BURNED_IN_PIXELS_UNVERIFIED');
    const methods = parseDicom(joinChunks(stageTwo.chunks)).dataset.getStrings(Tags.DeidentificationMethod);
    expect(methods.filter((value) => value === OPERATOR_REVIEW_METHOD)).toHaveLength(1);
    expect(methods.filter((value) => value.startsWith(METHOD_PREFIX))).toHaveLength(2);
  });

  it('ignores a review an original claims for itself at stage 1', async () => {
    const forged = secondaryCapture((file) =>
      file.dataset.setStrings(Tags.DeidentificationMethod, 'LO', [OPERATOR_REVIEW_METHOD]),
    );
    expect(await deidentifyInstance(forged, stage1)).toMatchObject({
      status: 'quarantined',
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
    });
  });
});
