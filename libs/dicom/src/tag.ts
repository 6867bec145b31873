/** A DICOM attribute tag packed as an unsigned 32-bit number: group in the high 16 bits. */
export type Tag = number;

/** Packs a group and element into a tag. */
export function tag(group: number, element: number): Tag {
  return ((group << 16) | element) >>> 0;
}

export function tagGroup(value: Tag): number {
  return value >>> 16;
}

export function tagElement(value: Tag): number {
  return value & 0xffff;
}

/** Private attributes live in odd groups (PS3.5 7.8); groups 0001, 0003, 0005 and 0007 are not allowed. */
export function isPrivateTag(value: Tag): boolean {
  return (tagGroup(value) & 1) === 1;
}

/** A Private Creator Data Element reserves a block: (gggg,0010)–(gggg,00FF) in an odd group. */
export function isPrivateCreatorTag(value: Tag): boolean {
  const element = tagElement(value);
  return isPrivateTag(value) && element >= 0x0010 && element <= 0x00ff;
}

/** For a private data element (gggg,xxyy), the creator element that reserved block xx: (gggg,00xx). */
export function privateCreatorTagFor(value: Tag): Tag {
  return tag(tagGroup(value), tagElement(value) >>> 8);
}

/** Formats a tag the way the standard prints it: (0010,0010). */
export function formatTag(value: Tag): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return `(${hex(tagGroup(value))},${hex(tagElement(value))})`;
}

/** Parses "(0010,0010)", "0010,0010" or "00100010". */
export function parseTag(text: string): Tag {
  const match = /^\(?([0-9a-fA-F]{4}),?([0-9a-fA-F]{4})\)?$/.exec(text.trim());
  if (!match) throw new Error(`not a DICOM tag: ${JSON.stringify(text)}`);
  return tag(parseInt(match[1] as string, 16), parseInt(match[2] as string, 16));
}

// Tags the parser, writer and de-identification engine need by name.
export const Tags = {
  FileMetaInformationGroupLength: tag(0x0002, 0x0000),
  FileMetaInformationVersion: tag(0x0002, 0x0001),
  MediaStorageSOPClassUID: tag(0x0002, 0x0002),
  MediaStorageSOPInstanceUID: tag(0x0002, 0x0003),
  TransferSyntaxUID: tag(0x0002, 0x0010),
  ImplementationClassUID: tag(0x0002, 0x0012),
  ImplementationVersionName: tag(0x0002, 0x0013),
  SourceApplicationEntityTitle: tag(0x0002, 0x0016),
  SpecificCharacterSet: tag(0x0008, 0x0005),
  ImageType: tag(0x0008, 0x0008),
  SOPClassUID: tag(0x0008, 0x0016),
  SOPInstanceUID: tag(0x0008, 0x0018),
  StudyDate: tag(0x0008, 0x0020),
  SeriesDate: tag(0x0008, 0x0021),
  AcquisitionDate: tag(0x0008, 0x0022),
  ContentDate: tag(0x0008, 0x0023),
  StudyTime: tag(0x0008, 0x0030),
  AccessionNumber: tag(0x0008, 0x0050),
  Modality: tag(0x0008, 0x0060),
  ConversionType: tag(0x0008, 0x0064),
  Manufacturer: tag(0x0008, 0x0070),
  InstitutionName: tag(0x0008, 0x0080),
  StudyDescription: tag(0x0008, 0x1030),
  SeriesDescription: tag(0x0008, 0x103e),
  ManufacturerModelName: tag(0x0008, 0x1090),
  PatientName: tag(0x0010, 0x0010),
  PatientID: tag(0x0010, 0x0020),
  IssuerOfPatientID: tag(0x0010, 0x0021),
  PatientBirthDate: tag(0x0010, 0x0030),
  PatientSex: tag(0x0010, 0x0040),
  PatientAge: tag(0x0010, 0x1010),
  PatientIdentityRemoved: tag(0x0012, 0x0062),
  DeidentificationMethod: tag(0x0012, 0x0063),
  DeidentificationMethodCodeSequence: tag(0x0012, 0x0064),
  BodyPartExamined: tag(0x0018, 0x0015),
  StudyInstanceUID: tag(0x0020, 0x000d),
  SeriesInstanceUID: tag(0x0020, 0x000e),
  StudyID: tag(0x0020, 0x0010),
  SeriesNumber: tag(0x0020, 0x0011),
  InstanceNumber: tag(0x0020, 0x0013),
  FrameOfReferenceUID: tag(0x0020, 0x0052),
  SamplesPerPixel: tag(0x0028, 0x0002),
  PhotometricInterpretation: tag(0x0028, 0x0004),
  NumberOfFrames: tag(0x0028, 0x0008),
  Rows: tag(0x0028, 0x0010),
  Columns: tag(0x0028, 0x0011),
  BitsAllocated: tag(0x0028, 0x0100),
  BitsStored: tag(0x0028, 0x0101),
  HighBit: tag(0x0028, 0x0102),
  PixelRepresentation: tag(0x0028, 0x0103),
  PlanarConfiguration: tag(0x0028, 0x0006),
  BurnedInAnnotation: tag(0x0028, 0x0301),
  RecognizableVisualFeatures: tag(0x0028, 0x0302),
  LongitudinalTemporalInformationModified: tag(0x0028, 0x0303),
  LossyImageCompression: tag(0x0028, 0x2110),
  IconImageSequence: tag(0x0088, 0x0200),
  FloatPixelData: tag(0x7fe0, 0x0008),
  DoubleFloatPixelData: tag(0x7fe0, 0x0009),
  PixelData: tag(0x7fe0, 0x0010),
  DataSetTrailingPadding: tag(0xfffc, 0xfffc),
  Item: tag(0xfffe, 0xe000),
  ItemDelimitationItem: tag(0xfffe, 0xe00d),
  SequenceDelimitationItem: tag(0xfffe, 0xe0dd),
} as const;
