import { tag, type Tag } from '@lattice/dicom';
import type { ProfileOption } from './profile-options';

/** An attribute Table E.1-1 does not list that Lattice removes anyway, with the option that keeps it. */
export interface LatticeAddition {
  readonly tag: Tag;
  readonly name: string;
  /** The option under which the standard's own logic would keep it. */
  readonly keptBy: ProfileOption;
  readonly why: string;
}

/**
 * Attributes that name the assigning authority of identifiers the table removes. They are not in
 * Table E.1-1, but once the identifier is gone they only tell where the patient was seen.
 */
export const LATTICE_ADDITIONS: readonly LatticeAddition[] = [
  {
    tag: tag(0x0008, 0x0051),
    name: 'Issuer of Accession Number Sequence',
    keptBy: 'retainInstitutionIdentity',
    why: 'the accession number is emptied; its issuer names the institution',
  },
  {
    tag: tag(0x0010, 0x0024),
    name: 'Issuer of Patient ID Qualifiers Sequence',
    keptBy: 'retainInstitutionIdentity',
    why: 'the patient id is replaced; its issuer names the institution',
  },
];
