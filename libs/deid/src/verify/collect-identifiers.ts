import {
  decodeText,
  isPrivateTag,
  parsePersonName,
  Tags,
  type DicomDataset,
  type DicomFile,
  type Tag,
  usesSpecificCharacterSet,
  type ValueElement,
} from '@lattice/dicom';
import { protectDates } from '../cleaning/date-in-text';
import { findIdentifierShapes } from '../cleaning/identifier-patterns';
import type { CompiledProfile } from '../profile/compile-profile';
import { basicProfile } from '../profile/basic-profile';
import { profileRowForTag } from '../profile/profile-table-index';
import { DICOM_UID_ROOT } from '../profile/standard-uid-attributes';
import type { CollectedIdentifier, IdentifierKind } from './identifier-kind';
import { isFillerValue } from './filler-values';
import { tagText } from './tag-path';

const FREE_TEXT_VRS = new Set(['ST', 'LT', 'UT', 'UC']);
// Only these hold words; times, numbers and codes are never searched for names or ids.
const TEXT_VRS = new Set(['SH', 'LO', 'AE', 'ST', 'LT', 'UT', 'UC', 'UR']);
const YEAR_FIRST_DATE = /(?<![\p{L}\p{N}])(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?![\p{L}\p{N}])/gu;

const kindCache = new Map<Tag, IdentifierKind>();

function kindForTag(tag: Tag): IdentifierKind {
  let kind = kindCache.get(tag);
  if (kind === undefined) {
    const row = profileRowForTag(tag);
    const name = row?.name ?? '';
    if (tag === Tags.PatientID) kind = 'patient-id';
    else if (/Address|Residence|Location|Country|Region/.test(name)) kind = 'address';
    else if (/Telephone|Telecom|Phone/.test(name)) kind = 'contact';
    else if (/Institution|Department/.test(name)) kind = 'institution';
    else if (row?.options.retainDeviceIdentity !== undefined) kind = 'device';
    else kind = 'identifier';
    kindCache.set(tag, kind);
  }
  return kind;
}

function isDescriptorRow(tag: Tag): boolean {
  return profileRowForTag(tag)?.options.cleanDescriptors !== undefined;
}

class Collector {
  readonly found: CollectedIdentifier[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly profile: CompiledProfile) {}

  add(kind: IdentifierKind, value: string, prefix: string, elementTag: Tag): void {
    const trimmed = value.trim();
    if (trimmed === '') return;
    const key = `${kind}\u0000${trimmed}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (isFillerValue(trimmed)) return;
    this.found.push({ kind, value: trimmed, path: `${prefix}${tagText(elementTag)}` });
  }

  /** `content`: inside a sequence the profile dummies or cleans, where kept text is rewritten too. */
  dataset(dataset: DicomDataset, prefix: string, content: boolean): void {
    for (const elementTag of dataset.tags()) {
      const element = dataset.get(elementTag);
      if (element === undefined) continue;
      if (element.kind === 'sequence') {
        const action = isPrivateTag(element.tag) ? 'keep' : this.profile.publicAction(element.tag);
        const inContent = content || action === 'dummy' || action === 'clean';
        const path = `${prefix}${tagText(element.tag)}`;
        element.items.forEach((item, index) => this.dataset(item, `${path}[${index}]/`, inContent));
      } else if (element.kind === 'value') {
        this.value(dataset, element, prefix, content);
      }
    }
  }

  private value(dataset: DicomDataset, element: ValueElement, prefix: string, content: boolean): void {
    const { tag, vr } = element;
    if (vr === 'PN') {
      const kind: IdentifierKind = tag === Tags.PatientName ? 'patient-name' : 'person-name';
      for (const value of text(dataset, element).split('\\')) {
        const name = parsePersonName(value);
        for (const group of [name.alphabetic, name.ideographic, name.phonetic]) {
          // Prefixes and suffixes (Dr., Jr.) are not the person.
          for (const component of [group.familyName, group.givenName, group.middleName])
            this.add(kind, component, prefix, tag);
        }
      }
      return;
    }
    if (isPrivateTag(tag)) return;
    const action = this.profile.publicAction(tag);
    if (vr === 'UI') {
      if (action === 'keep') return;
      for (const uid of text(dataset, element).split('\\')) {
        if (!uid.trim().startsWith(DICOM_UID_ROOT)) this.add('uid', uid.replace(/\0/g, ''), prefix, tag);
      }
      return;
    }
    if (vr === 'DA' || vr === 'DT') {
      if (action === 'keep') return;
      for (const value of text(dataset, element).split('\\')) {
        const date = /^\s*(\d{4})\.?(\d{2})\.?(\d{2})/.exec(value);
        if (date) this.add('date', `${date[1]}${date[2]}${date[3]}`, prefix, tag);
      }
      return;
    }
    if (!TEXT_VRS.has(vr)) return;
    const descriptor = isDescriptorRow(tag);
    // An attribute the profile removes or replaces is identifying as a whole (and by its parts for addresses).
    if (action !== 'keep' && action !== 'clean' && !descriptor) {
      const kind = kindForTag(tag);
      for (const value of text(dataset, element).split('\\')) {
        this.add(kind, value, prefix, tag);
        if (kind === 'address') for (const part of value.split(/\^|,/)) this.add(kind, part, prefix, tag);
      }
      if (!FREE_TEXT_VRS.has(vr)) return;
    }
    // Free text the profile keeps as it is (unlisted attributes outside structured content) is, by the
    // standard's judgement, not identifying; text it removes, dummies or cleans is searched for shapes.
    if (action !== 'keep' || content) this.tokens(text(dataset, element), prefix, tag);
  }

  private tokens(value: string, prefix: string, elementTag: Tag): void {
    if (value === '') return;
    for (const match of value.matchAll(YEAR_FIRST_DATE))
      this.add('date', `${match[1]}${match[2]}${match[3]}`, prefix, elementTag);
    // Year-first dates are dates (checked or not by the profile's date rule), never id-shaped tokens.
    const withoutDates = protectDates(value, { kind: 'remove' }).text;
    findIdentifierShapes(withoutDates, (kind, match) => {
      if (kind !== 'date') this.add('text-token', match, prefix, elementTag);
    });
  }
}

function text(dataset: DicomDataset, element: ValueElement): string {
  const charset = usesSpecificCharacterSet(element.vr) ? dataset.characterSet() : null;
  return decodeText(element.bytes, charset, element.vr).replace(/[\s\0]+$/u, '');
}

/**
 * Every identifying value of a file (names and their components, ids, dates, instance UIDs, addresses,
 * contacts, institution and device identity, id- and date-shaped tokens of free text), at every depth
 * and in the file meta. Values the profile keeps by design (Retain options) are not identifiers.
 * Throws CharsetError when text cannot be decoded.
 */
export function collectIdentifiers(
  file: DicomFile,
  profile: CompiledProfile = basicProfile(),
): CollectedIdentifier[] {
  const collector = new Collector(profile);
  const mediaUid = file.meta.getString(Tags.MediaStorageSOPInstanceUID);
  if (
    mediaUid !== undefined &&
    profile.publicAction(Tags.SOPInstanceUID) !== 'keep' &&
    !mediaUid.startsWith(DICOM_UID_ROOT)
  ) {
    collector.add('uid', mediaUid, '', Tags.MediaStorageSOPInstanceUID);
  }
  collector.dataset(file.dataset, '', false);
  return collector.found;
}
