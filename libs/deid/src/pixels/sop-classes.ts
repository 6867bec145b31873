// SOP classes whose images carry burned-in text by nature (PS3.4 Annex B storage classes).

const STORAGE = '1.2.840.10008.5.1.4.1.1.';

/** Ultrasound single- and multi-frame images (including the retired classes), enhanced volumes, photoacoustic. */
export const ULTRASOUND_SOP_CLASSES: ReadonlySet<string> = new Set(
  ['6', '6.1', '6.2', '6.3', '3', '3.1'].map((suffix) => STORAGE + suffix),
);

/** Secondary capture: screen grabs, scanned documents, dose and protocol pages, workstation exports. */
export const SECONDARY_CAPTURE_SOP_CLASSES: ReadonlySet<string> = new Set(
  ['7', '7.1', '7.2', '7.3', '7.4'].map((suffix) => STORAGE + suffix),
);

/**
 * Visible-light photographs and video (endoscopy, microscopy, clinical photos, ophthalmic and
 * dermoscopic photography): processors stamp patient text on them and faces can be in frame.
 */
export const PHOTOGRAPH_SOP_CLASSES: ReadonlySet<string> = new Set(
  [
    '77.1.1',
    '77.1.1.1',
    '77.1.2',
    '77.1.2.1',
    '77.1.3',
    '77.1.4',
    '77.1.4.1',
    '77.1.5.1',
    '77.1.5.2',
    '77.1.5.5',
    '77.1.5.6',
    '77.1.7',
  ].map((suffix) => STORAGE + suffix),
);

/** Whole slide microscopy: its LABEL and OVERVIEW images show the slide label with patient details. */
export const WHOLE_SLIDE_SOP_CLASS = `${STORAGE}77.1.6`;

/** Encapsulated PDF, CDA, STL, OBJ and MTL: content this policy cannot inspect or clean. */
export const ENCAPSULATED_DOCUMENT_SOP_CLASSES: ReadonlySet<string> = new Set(
  ['104.1', '104.2', '104.3', '104.4', '104.5'].map((suffix) => STORAGE + suffix),
);

/** Modalities that are ultrasound or visible-light photography whatever the SOP class says. */
export const ULTRASOUND_MODALITIES: ReadonlySet<string> = new Set(['US', 'IVUS']);
export const PHOTOGRAPH_MODALITIES: ReadonlySet<string> = new Set(['XC', 'ES', 'OP']);
