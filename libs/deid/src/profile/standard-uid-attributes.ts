import { lookupAttribute, type Tag } from '@lattice/dicom';

/** UIDs under the DICOM root name standard things (SOP classes, transfer syntaxes, coding schemes, well-known frames). */
export const DICOM_UID_ROOT = '1.2.840.10008.';

// Attributes whose UIDs name a kind of thing rather than an instance: SOP classes, transfer syntaxes,
// coding schemes, context groups, creators of private or extended definitions, repositories.
const CLASS_KEYWORD =
  /(ClassUID|ClassesInStudy|ClassesInSeries|ClassesSupported|ClassUIDInFile|TransferSyntaxUID|TransferSyntaxUIDInFile|CodingSchemeUID|ContextUID|MappingResourceUID|ExtensionCreatorUID|InformationCreatorUID|CreatorVersionUID|HomeCommunityID|RepositoryUniqueID|RetrieveLocationUID)$/;

const cache = new Map<Tag, boolean>();

/**
 * True for a public UI attribute outside Table E.1-1 whose values identify a class, syntax or scheme
 * (kept), false for one whose values identify instances (remapped like every U row).
 */
export function isClassUidAttribute(tag: Tag): boolean {
  const cached = cache.get(tag);
  if (cached !== undefined) return cached;
  const keyword = lookupAttribute(tag)?.keyword ?? '';
  const result = CLASS_KEYWORD.test(keyword);
  cache.set(tag, result);
  return result;
}
