// Names of the storage SOP classes and transfer syntaxes stewards and operators meet most, as PS3.6
// Annex A names them. A UID not listed is shown as the UID itself.

const storagePrefix = '1.2.840.10008.5.1.4.1.1.';

const storageSopClasses: Readonly<Record<string, string>> = {
  '1': 'Computed Radiography Image Storage',
  '1.1': 'Digital X-Ray Image Storage - For Presentation',
  '1.1.1': 'Digital X-Ray Image Storage - For Processing',
  '1.2': 'Digital Mammography X-Ray Image Storage - For Presentation',
  '1.2.1': 'Digital Mammography X-Ray Image Storage - For Processing',
  '2': 'CT Image Storage',
  '2.1': 'Enhanced CT Image Storage',
  '3.1': 'Ultrasound Multi-frame Image Storage',
  '4': 'MR Image Storage',
  '4.1': 'Enhanced MR Image Storage',
  '6.1': 'Ultrasound Image Storage',
  '7': 'Secondary Capture Image Storage',
  '7.1': 'Multi-frame Single Bit Secondary Capture Image Storage',
  '7.2': 'Multi-frame Grayscale Byte Secondary Capture Image Storage',
  '7.3': 'Multi-frame Grayscale Word Secondary Capture Image Storage',
  '7.4': 'Multi-frame True Color Secondary Capture Image Storage',
  '11.1': 'Grayscale Softcopy Presentation State Storage',
  '12.1': 'X-Ray Angiographic Image Storage',
  '12.2': 'X-Ray Radiofluoroscopic Image Storage',
  '13.1.3': 'Breast Tomosynthesis Image Storage',
  '20': 'Nuclear Medicine Image Storage',
  '66.4': 'Segmentation Storage',
  '77.1.1': 'VL Endoscopic Image Storage',
  '77.1.4': 'VL Photographic Image Storage',
  '77.1.6': 'VL Whole Slide Microscopy Image Storage',
  '88.11': 'Basic Text SR Storage',
  '88.22': 'Enhanced SR Storage',
  '88.33': 'Comprehensive SR Storage',
  '104.1': 'Encapsulated PDF Storage',
  '104.2': 'Encapsulated CDA Storage',
  '128': 'Positron Emission Tomography Image Storage',
  '481.1': 'RT Image Storage',
  '481.2': 'RT Dose Storage',
  '481.3': 'RT Structure Set Storage',
  '481.5': 'RT Plan Storage',
};

const transferSyntaxes: Readonly<Record<string, string>> = {
  '1.2.840.10008.1.2': 'Implicit VR Little Endian',
  '1.2.840.10008.1.2.1': 'Explicit VR Little Endian',
  '1.2.840.10008.1.2.1.99': 'Deflated Explicit VR Little Endian',
  '1.2.840.10008.1.2.2': 'Explicit VR Big Endian',
  '1.2.840.10008.1.2.4.50': 'JPEG Baseline (Process 1)',
  '1.2.840.10008.1.2.4.51': 'JPEG Extended (Process 2 & 4)',
  '1.2.840.10008.1.2.4.57': 'JPEG Lossless (Process 14)',
  '1.2.840.10008.1.2.4.70': 'JPEG Lossless, First-Order Prediction',
  '1.2.840.10008.1.2.4.80': 'JPEG-LS Lossless',
  '1.2.840.10008.1.2.4.81': 'JPEG-LS Near-Lossless',
  '1.2.840.10008.1.2.4.90': 'JPEG 2000 (Lossless Only)',
  '1.2.840.10008.1.2.4.91': 'JPEG 2000',
  '1.2.840.10008.1.2.4.100': 'MPEG2 Main Profile / Main Level',
  '1.2.840.10008.1.2.4.102': 'MPEG-4 AVC/H.264 High Profile / Level 4.1',
  '1.2.840.10008.1.2.4.201': 'High-Throughput JPEG 2000 (Lossless Only)',
  '1.2.840.10008.1.2.5': 'RLE Lossless',
};

/** The standard name of a storage SOP class, or null when the portal does not know it. */
export function sopClassName(uid: string): string | null {
  return uid.startsWith(storagePrefix) ? ownValue(storageSopClasses, uid.slice(storagePrefix.length)) : null;
}

/** The standard name of a transfer syntax, or null when the portal does not know it. */
export function transferSyntaxName(uid: string): string | null {
  return ownValue(transferSyntaxes, uid);
}

function ownValue(table: Readonly<Record<string, string>>, key: string): string | null {
  return Object.hasOwn(table, key) ? (table[key] ?? null) : null;
}
