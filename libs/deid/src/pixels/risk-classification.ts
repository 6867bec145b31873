import { Tags, tag, type DicomDataset } from '@lattice/dicom';
import type { PixelDevice, PixelRule, PixelRuleSet } from './pixel-rules';
import {
  ENCAPSULATED_DOCUMENT_SOP_CLASSES,
  PHOTOGRAPH_MODALITIES,
  PHOTOGRAPH_SOP_CLASSES,
  SECONDARY_CAPTURE_SOP_CLASSES,
  ULTRASOUND_MODALITIES,
  ULTRASOUND_SOP_CLASSES,
  WHOLE_SLIDE_SOP_CLASS,
} from './sop-classes';

/** Why a file's pixels may show burned-in text. */
export type PixelRiskReason =
  /** Burned In Annotation (0028,0301) says YES. */
  | 'burned-in-annotation'
  /** Ultrasound modality or SOP class: scanners print patient and site text into the image. */
  | 'ultrasound'
  /**
   * A secondary capture SOP class, or a Conversion Type (0008,0064) value on another class (an empty
   * one is common on MR and RT images; whole slide images always say SI and are judged by Image Type).
   */
  | 'secondary-capture'
  /** Image Type or a description names a screen save, dose page or protocol page. */
  | 'screen-capture'
  /** Endoscopy, clinical, ophthalmic or dermoscopic photographs and video. */
  | 'photograph'
  /** The LABEL or OVERVIEW image of a whole slide, which shows the slide label. */
  | 'slide-label'
  /** A redaction rule names this device and image size. */
  | 'device-rule';

/** Where the file keeps its pixels. */
export type PixelDataKind = 'native' | 'encapsulated' | 'float' | 'none';

/** The outcome of classification: whether redaction is needed, and the rule that would do it. */
export interface PixelRiskAssessment {
  readonly pixelData: PixelDataKind;
  /** The file is an encapsulated document (PDF, CDA, STL, ...), never an image to redact. */
  readonly encapsulatedDocument: boolean;
  /** Empty when nothing suggests burned-in text. */
  readonly reasons: readonly PixelRiskReason[];
  readonly device: PixelDevice;
  /** The first rule matching the device and size, if any. */
  readonly rule: PixelRule | undefined;
}

const EncapsulatedDocument = tag(0x0042, 0x0011);
const ImageComments = tag(0x0020, 0x4000);
const DerivationDescription = tag(0x0008, 0x2111);
const ProtocolName = tag(0x0018, 0x1030);

// Pages that CT and PET scanners save as images: they print the patient's name and id.
const SCREEN_DESCRIPTION =
  /\b(dose\s*(report|info|summary|screen|page)|patient\s*protocol|screen\s*(save|shot|capture|grab)|screenshot|exam\s*summary)\b/i;
const SCREEN_IMAGE_TYPE = /SCREEN|DOSE|REPORT/i;

/**
 * Classifies a dataset's burned-in text risk. Burned In Annotation NO never clears a class that is
 * risky by nature (ultrasound, secondary capture, photographs): devices are known to write NO wrongly.
 */
export function assessPixelRisk(dataset: DicomDataset, rules: PixelRuleSet): PixelRiskAssessment {
  const sopClass = dataset.getString(Tags.SOPClassUID) ?? '';
  const modalityValue = (dataset.getString(Tags.Modality) ?? '').toUpperCase();
  const reasons: PixelRiskReason[] = [];
  const add = (reason: PixelRiskReason) => {
    if (!reasons.includes(reason)) reasons.push(reason);
  };

  if ((dataset.getString(Tags.BurnedInAnnotation) ?? '').toUpperCase() === 'YES') add('burned-in-annotation');
  const ultrasound = ULTRASOUND_SOP_CLASSES.has(sopClass) || ULTRASOUND_MODALITIES.has(modalityValue);
  if (ultrasound) add('ultrasound');
  const conversionType = dataset.getString(Tags.ConversionType) ?? '';
  if (
    SECONDARY_CAPTURE_SOP_CLASSES.has(sopClass) ||
    (conversionType !== '' && sopClass !== WHOLE_SLIDE_SOP_CLASS)
  ) {
    add('secondary-capture');
  }
  if (isScreenCapture(dataset)) add('screen-capture');
  if (PHOTOGRAPH_SOP_CLASSES.has(sopClass) || PHOTOGRAPH_MODALITIES.has(modalityValue)) add('photograph');
  if (sopClass === WHOLE_SLIDE_SOP_CLASS) {
    const imageType = dataset.getStrings(Tags.ImageType).map((value) => value.toUpperCase());
    if (imageType.includes('LABEL') || imageType.includes('OVERVIEW')) add('slide-label');
  }

  const device: PixelDevice = {
    manufacturer: dataset.getString(Tags.Manufacturer) ?? '',
    model: dataset.getString(Tags.ManufacturerModelName) ?? '',
    // An ultrasound SOP class without a Modality still gets the ultrasound rules.
    modality: modalityValue === '' && ultrasound ? 'US' : modalityValue,
    rows: dataset.getNumber(Tags.Rows) ?? 0,
    columns: dataset.getNumber(Tags.Columns) ?? 0,
  };
  const rule = rules.find(device);
  if (rule) add('device-rule');

  return {
    pixelData: pixelDataKind(dataset),
    encapsulatedDocument:
      ENCAPSULATED_DOCUMENT_SOP_CLASSES.has(sopClass) || dataset.has(EncapsulatedDocument),
    reasons,
    device,
    rule,
  };
}

function isScreenCapture(dataset: DicomDataset): boolean {
  if (dataset.getStrings(Tags.ImageType).some((value) => SCREEN_IMAGE_TYPE.test(value))) return true;
  for (const descriptionTag of [Tags.SeriesDescription, ImageComments, DerivationDescription, ProtocolName]) {
    const text = dataset.getString(descriptionTag);
    if (text !== undefined && SCREEN_DESCRIPTION.test(text)) return true;
  }
  return false;
}

function pixelDataKind(dataset: DicomDataset): PixelDataKind {
  const element = dataset.get(Tags.PixelData);
  if (element) return element.kind === 'encapsulated' ? 'encapsulated' : 'native';
  if (dataset.has(Tags.FloatPixelData) || dataset.has(Tags.DoubleFloatPixelData)) return 'float';
  return 'none';
}

/**
 * The device and size as safe text for reasons: manufacturer and model are product names, not
 * patient data, but they are still cut to printable ASCII and a bounded length.
 */
export function describeDevice(device: PixelDevice): string {
  const clean = (text: string, fallback: string) => {
    const printable = text
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/"/g, "'")
      .trim()
      .slice(0, 48);
    return printable === '' ? fallback : `"${printable}"`;
  };
  const modality = device.modality === '' ? 'no modality' : clean(device.modality, 'no modality');
  return `${clean(device.manufacturer, 'unknown manufacturer')} ${clean(device.model, 'unknown model')} (${modality}, ${device.columns}x${device.rows})`;
}
