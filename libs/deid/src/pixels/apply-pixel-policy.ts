import {
  decodePixelData,
  describeImagePixels,
  PixelDataError,
  pixelEncodingOf,
  Tags,
  writeNativePixelData,
  type DecodedPixels,
  type DicomFile,
  type ImagePixelDescription,
  type PixelDecodeOptions,
} from '@lattice/dicom';
import type { QuarantineCode } from '../outcome';
import { declaredEmbeddedOverlays, overlayOutsideStoredBits, paddingRange } from './embedded-overlay';
import { darkestPaletteIndex, readPalette } from './palette-darkest';
import type { PixelStepResult } from './pixel-policy';
import type { PixelPolicyOptions } from './pixel-policy-options';
import {
  addUnusedBitCounts,
  blankPixelFor,
  blankRegions,
  clearUnusedBits,
  countUnusedBits,
  looksLikeOverlay,
} from './pixel-redaction';
import { resolveRuleRegions, type PixelRule } from './pixel-rules';
import { findResidualText } from './residual-text';
import { assessPixelRisk, describeDevice, type PixelRiskAssessment } from './risk-classification';

/** The rule id reported when the only change was clearing overlay bits outside Bits Stored. */
export const EMBEDDED_OVERLAY_RULE_ID = 'embedded-overlay';

/**
 * The burned-in pixel policy for one file, run before the header actions (it needs the device
 * attributes they remove). A file without burned-in risk keeps its pixel data untouched (the same bytes, not a copy); a risky one is redacted by the
 * first matching rule, in every frame, and rewritten as native Explicit VR Little Endian with Burned
 * In Annotation NO; anything that cannot be redacted and verified is quarantined with a reason that
 * names the device, size or transfer syntax but never an identifying value.
 */
export async function applyPixelPolicy(
  file: DicomFile,
  options: PixelPolicyOptions,
): Promise<PixelStepResult> {
  const risk = assessPixelRisk(file.dataset, options.rules);
  if (risk.encapsulatedDocument) {
    return quarantine(
      'ENCAPSULATED_DOCUMENT',
      'encapsulated document: its content cannot be checked for identifying text',
    );
  }
  if (risk.pixelData === 'none') return unchanged('no pixel data');
  const reasons = risk.reasons.join(', ');
  if (risk.pixelData === 'float') {
    return risk.reasons.length === 0
      ? unchanged('float pixel data without burned-in risk')
      : quarantine(
          'PIXEL_CODEC_UNAVAILABLE',
          `float pixel data cannot be redacted (${reasons}) on ${describeDevice(risk.device)}`,
        );
  }
  const rule = risk.rule;
  if (risk.reasons.length === 0) return clearEmbeddedOverlays(file, options, 'no sign of burned-in text');
  if (rule && rule.regions.length === 0) {
    return clearEmbeddedOverlays(file, options, `rule ${rule.id} says this device shows no burned-in text`);
  }
  if (!rule) {
    return quarantine(
      'BURNED_IN_PIXELS_UNVERIFIED',
      `no redaction rule matches ${describeDevice(risk.device)}; burned-in text is likely (${reasons})`,
    );
  }
  return redactByRule(file, rule, risk, options);
}

async function redactByRule(
  file: DicomFile,
  rule: PixelRule,
  risk: PixelRiskAssessment,
  options: PixelPolicyOptions,
): Promise<PixelStepResult> {
  const device = describeDevice(risk.device);
  const regions = resolveRuleRegions(rule, risk.device.rows, risk.device.columns);
  if (regions.length === 0) {
    return quarantine(
      'BURNED_IN_PIXELS_UNVERIFIED',
      `rule ${rule.id} covers nothing of the image on ${device}`,
    );
  }
  const decoded = await decodeOrExplain(file, options, 'PIXEL_CODEC_UNAVAILABLE', `cannot redact ${device}`);
  if ('action' in decoded) return decoded;
  const { description } = decoded;
  const blank = blankPixelFor(
    description,
    description.photometricInterpretation === 'PALETTE COLOR' ? darkestPaletteIndex(file.dataset) : 0,
  );
  if (!blank) {
    return quarantine(
      'PIXEL_CODEC_UNAVAILABLE',
      `Photometric Interpretation ${description.photometricInterpretation} cannot be blanked (${device})`,
    );
  }
  const misplaced = declaredEmbeddedOverlays(file.dataset).find(
    (overlay) => !overlayOutsideStoredBits(overlay, description),
  );
  if (misplaced) {
    return quarantine(
      'EMBEDDED_OVERLAY',
      `an overlay is declared in bit ${misplaced.bitPosition}, which holds image data`,
    );
  }

  const padding = paddingRange(file.dataset, description);
  const clearOverlays =
    declaredEmbeddedOverlays(file.dataset).length > 0 || overlayBitsFound(decoded, padding);
  const frames = ownedFrames(decoded);
  for (const frame of frames) {
    blankRegions(frame, description, regions, blank);
    if (clearOverlays) clearUnusedBits(frame, description, padding);
  }
  if (options.ocr) {
    const found = await findResidualText(frames, description, readPalette(file.dataset), options.ocr);
    if (found) {
      return quarantine(
        'OCR_TEXT_FOUND',
        `OCR still reads ${found.words} word(s) (best confidence ${found.bestConfidence}) in frame ${found.frame + 1} after rule ${rule.id} on ${device}`,
      );
    }
  }
  writeNativePixelData(file, description, frames, { lossy: decoded.lossy });
  file.dataset.setString(Tags.BurnedInAnnotation, 'CS', 'NO');
  return { action: 'redacted', ruleId: rule.id, regions };
}

/**
 * For files without burned-in risk: overlay planes kept in the bits above Bits Stored (declared in an
 * overlay group, or found by reading the samples) are cleared, which counts as a redaction.
 */
async function clearEmbeddedOverlays(
  file: DicomFile,
  options: PixelPolicyOptions,
  cleanReason: string,
): Promise<PixelStepResult> {
  const dataset = file.dataset;
  const declared = declaredEmbeddedOverlays(dataset);
  const native = pixelEncodingOf(file.transferSyntaxUid)?.kind === 'native';
  if (declared.length === 0 && !(native && options.scanUnusedBits !== false)) return unchanged(cleanReason);

  let description: ImagePixelDescription;
  try {
    description = describeImagePixels(dataset);
  } catch (error) {
    if (!(error instanceof PixelDataError)) throw error;
    return declared.length > 0
      ? quarantine(
          'EMBEDDED_OVERLAY',
          `an overlay is declared in the pixel data, which cannot be read: ${error.message}`,
        )
      : unchanged(cleanReason);
  }
  const misplaced = declared.find((overlay) => !overlayOutsideStoredBits(overlay, description));
  if (misplaced)
    return quarantine(
      'EMBEDDED_OVERLAY',
      `an overlay is declared in bit ${misplaced.bitPosition}, which holds image data`,
    );
  const hasUnusedBits =
    description.bitsAllocated > 1 &&
    (description.bitsStored < description.bitsAllocated ||
      description.highBit !== description.bitsAllocated - 1);
  if (!hasUnusedBits) return unchanged(cleanReason);

  let decoded: DecodedPixels;
  try {
    decoded = await decodePixelData(dataset, file.transferSyntaxUid, decodeOptions(options));
  } catch (error) {
    if (!(error instanceof PixelDataError)) throw error;
    // Unreadable pixels of a file without risk pass as they are unless an overlay is declared in them.
    return declared.length > 0
      ? quarantine(
          'EMBEDDED_OVERLAY',
          `cannot clear the overlay declared in the pixel data: ${error.message}`,
        )
      : unchanged(cleanReason);
  }
  const padding = paddingRange(dataset, decoded.description);
  // Read first, on the stored bytes: most files have nothing there and must stay untouched.
  if (declared.length === 0 && !overlayBitsFound(decoded, padding)) return unchanged(cleanReason);
  const frames = ownedFrames(decoded);
  let cleared = 0;
  for (const frame of frames) cleared += clearUnusedBits(frame, decoded.description, padding);
  if (cleared === 0) return unchanged(`${cleanReason}; the declared embedded overlay has no bits set`);
  writeNativePixelData(file, decoded.description, frames, { lossy: decoded.lossy });
  return { action: 'redacted', ruleId: EMBEDDED_OVERLAY_RULE_ID, regions: [] };
}

async function decodeOrExplain(
  file: DicomFile,
  options: PixelPolicyOptions,
  code: QuarantineCode,
  what: string,
): Promise<DecodedPixels | PixelStepResult> {
  try {
    return await decodePixelData(file.dataset, file.transferSyntaxUid, decodeOptions(options));
  } catch (error) {
    if (!(error instanceof PixelDataError)) throw error;
    return quarantine(code, `${what}: ${error.message} (transfer syntax ${safeUid(file.transferSyntaxUid)})`);
  }
}

/**
 * Whether the bits outside Bits Stored hold overlay-like planes. Dense data there (a Bits Stored that
 * understates the image) is not an overlay and is left as it is.
 */
function overlayBitsFound(decoded: DecodedPixels, padding: ReturnType<typeof paddingRange>): boolean {
  return looksLikeOverlay(
    addUnusedBitCounts(decoded.frames.map((frame) => countUnusedBits(frame, decoded.description, padding))),
  );
}

/** Frames this policy may write to: decoded buffers are its own, views into the input are copied. */
function ownedFrames(decoded: DecodedPixels): Uint8Array[] {
  return decoded.frames.map((frame) => (decoded.transformed ? frame : frame.slice()));
}

function decodeOptions(options: PixelPolicyOptions): PixelDecodeOptions {
  return { maxDecodedBytes: options.maxDecodedBytes, codecTimeoutMs: options.codecTimeoutMs };
}

function unchanged(reason: string): PixelStepResult {
  return { action: 'unchanged', reason };
}

function quarantine(code: QuarantineCode, reason: string): PixelStepResult {
  return { action: 'quarantine', code, reason };
}

function safeUid(uid: string): string {
  return /^[0-9.]{1,64}$/.test(uid) ? uid : 'not a UID';
}
