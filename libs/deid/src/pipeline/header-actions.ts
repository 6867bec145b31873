import {
  decodeText,
  isPrivateTag,
  isStringVR,
  lookupAttribute,
  privateCreatorTagFor,
  tagElement,
  tagGroup,
  Tags,
  type DicomDataset,
  type DicomElement,
  usesSpecificCharacterSet,
  type SequenceElement,
  type Tag,
  type ValueElement,
  type VR,
} from '@lattice/dicom';
import type { TextDatePolicy } from '../cleaning/date-in-text';
import type { KnownIdentifierMatcher } from '../cleaning/known-identifiers';
import { cleanText } from '../cleaning/text-cleaner';
import { base32, type DeidStage, type KeyedHash } from '../keyed/keyed-hash';
import { pseudonymizePatientId } from '../keyed/pseudonym';
import type { UidRemapper } from '../keyed/uid-remap';
import type { CompiledProfile } from '../profile/compile-profile';
import type { ElementAction } from '../profile/element-action';
import type { SafePrivateRow } from '../profile/safe-private-row';
import { DICOM_UID_ROOT } from '../profile/standard-uid-attributes';
import { groupAgeOver89 } from '../transforms/age';
import { shiftDateString } from '../transforms/date-values';
import { dummyValueBytes } from '../transforms/dummy-values';

/**
 * How values inside a sequence are treated when their own action is keep: as they are, replaced by
 * dummies (inside a D sequence such as the basic profile's Content Sequence), or cleaned (inside a C
 * sequence under Clean Structured Content). Stricter modes win when sequences nest.
 */
type ContentMode = 'normal' | 'clean' | 'dummy';

/** Everything the header actions need for one file. */
export interface HeaderActionRun {
  readonly profile: CompiledProfile;
  readonly stage: DeidStage;
  readonly hash: KeyedHash;
  readonly uids: UidRemapper;
  /** Days to shift DA/DT values cleaned by the profile; 0 keeps them (stage 2, which must not shift twice). */
  readonly dateShiftDays: number;
  readonly known: KnownIdentifierMatcher;
}

const TEXT_VRS: ReadonlySet<VR> = new Set<VR>(['SH', 'LO', 'ST', 'LT', 'UT', 'UC', 'PN']);
const CLEANED_TEXT: ReadonlySet<VR> = new Set<VR>(['SH', 'LO', 'ST', 'LT', 'UT', 'UC']);
const KEPT_FREE_TEXT: ReadonlySet<VR> = new Set<VR>(['ST', 'LT', 'UT']);
const MULTI_VALUED_TEXT: ReadonlySet<VR> = new Set<VR>(['SH', 'LO', 'UC', 'CS']);
const AE_TITLE_LABEL = 'lattice/v1/ae-title';

function stricter(a: ContentMode, b: ContentMode): ContentMode {
  if (a === 'dummy' || b === 'dummy') return 'dummy';
  return a === 'clean' || b === 'clean' ? 'clean' : 'normal';
}

/** Applies the profile's actions to a dataset at every depth, in place. */
export class HeaderActions {
  private readonly textDates: TextDatePolicy;
  private readonly aeTitles = new Map<string, string>();

  constructor(private readonly run: HeaderActionRun) {
    const { profile, dateShiftDays } = run;
    this.textDates =
      profile.dates === 'remove'
        ? { kind: 'remove' }
        : profile.dates === 'shift' && dateShiftDays !== 0
          ? { kind: 'shift', days: dateShiftDays }
          : { kind: 'keep' };
  }

  /** Processes the top-level dataset. Patient ID and Patient's Name at the top level are left to the caller. */
  apply(dataset: DicomDataset): void {
    this.dataset(dataset, 0, 'normal');
  }

  private dataset(dataset: DicomDataset, depth: number, mode: ContentMode): void {
    let creators: Map<Tag, string> | null = null;
    let keptCreators: Set<Tag> | null = null;
    for (const tag of dataset.tags()) {
      const element = dataset.get(tag);
      if (!element) continue;
      if (isPrivateTag(tag)) {
        const group = tagGroup(tag);
        const elementNumber = tagElement(tag);
        if (
          group <= 0x0007 ||
          group === 0xffff ||
          elementNumber < 0x0010 ||
          (elementNumber > 0x00ff && elementNumber < 0x1000)
        ) {
          dataset.delete(tag);
        } else if (elementNumber <= 0x00ff) {
          creators ??= new Map();
          creators.set(
            tag,
            element.kind === 'value'
              ? decodeText(element.bytes, null, 'LO')
                  .replace(/[\s\0]+$/u, '')
                  .trim()
              : '',
          );
        } else {
          const creatorTag = privateCreatorTagFor(tag);
          const row = this.run.profile.keptPrivate(tag, creators?.get(creatorTag));
          if (row) {
            (keptCreators ??= new Set()).add(creatorTag);
            this.keptPrivate(dataset, element, row, depth, mode);
          } else {
            dataset.delete(tag);
          }
        }
        continue;
      }
      if (depth === 0 && (tag === Tags.PatientID || tag === Tags.PatientName)) continue;
      if (tag === Tags.PatientID) {
        this.nestedPatientId(dataset, element);
        continue;
      }
      this.element(dataset, element, this.run.profile.publicAction(tag), depth, mode);
    }
    if (creators) {
      for (const creatorTag of creators.keys())
        if (!keptCreators?.has(creatorTag)) dataset.delete(creatorTag);
    }
  }

  private element(
    dataset: DicomDataset,
    element: DicomElement,
    action: ElementAction,
    depth: number,
    mode: ContentMode,
  ): void {
    if (element.kind === 'sequence') {
      this.sequence(dataset, element, action, depth, mode);
      return;
    }
    if (element.kind === 'encapsulated') {
      // Only pixel data is encapsulated; anything else of that shape cannot be judged.
      if (action === 'keep' || element.tag === Tags.PixelData) return;
      dataset.delete(element.tag);
      return;
    }
    switch (action) {
      case 'remove':
        dataset.delete(element.tag);
        return;
      case 'empty':
        this.setBytes(dataset, element, new Uint8Array(0));
        return;
      case 'dummy':
        this.dummy(dataset, element);
        return;
      case 'clean':
        this.clean(dataset, element);
        return;
      case 'remapUid':
        this.remapUids(dataset, element);
        return;
      case 'keep':
        this.keep(dataset, element, mode);
        return;
    }
  }

  private sequence(
    dataset: DicomDataset,
    element: SequenceElement,
    action: ElementAction,
    depth: number,
    mode: ContentMode,
  ): void {
    switch (action) {
      case 'remove':
        dataset.delete(element.tag);
        return;
      case 'empty':
        dataset.set({ kind: 'sequence', tag: element.tag, vr: 'SQ', items: [] });
        return;
      case 'dummy':
        this.items(element, depth, stricter(mode, 'dummy'));
        return;
      case 'clean':
        this.items(element, depth, stricter(mode, 'clean'));
        return;
      case 'keep':
      case 'remapUid':
        this.items(element, depth, mode);
        return;
    }
  }

  private items(element: SequenceElement, depth: number, mode: ContentMode): void {
    for (const item of element.items) this.dataset(item, depth + 1, mode);
  }

  private keep(dataset: DicomDataset, element: ValueElement, mode: ContentMode): void {
    const { vr } = element;
    if (vr === 'AS' && this.run.profile.groupAgesOver89) {
      const text = this.text(dataset, element);
      const grouped = text.split('\\').map(groupAgeOver89).join('\\');
      if (grouped !== text) dataset.setString(element.tag, 'AS', grouped);
      return;
    }
    if (mode === 'normal') {
      if (KEPT_FREE_TEXT.has(vr)) this.scrubKnownIdentifiers(dataset, element);
      return;
    }
    if (!TEXT_VRS.has(vr)) return;
    if (mode === 'dummy' || vr === 'PN') this.setBytes(dataset, element, dummyValueBytes(vr));
    else this.clean(dataset, element);
  }

  /**
   * Free text the profile keeps (unlisted ST, LT, UT) still loses the values the profile removed
   * elsewhere in the file, such as a detector serial number repeated in the detector description.
   */
  private scrubKnownIdentifiers(dataset: DicomDataset, element: ValueElement): void {
    if (this.run.known.size === 0) return;
    const text = this.text(dataset, element);
    const scrubbed = this.run.known.removeFrom(text);
    if (scrubbed !== text)
      dataset.setString(element.tag, element.vr, scrubbed.replace(/[ \t]{2,}/g, ' ').trim());
  }

  private dummy(dataset: DicomDataset, element: ValueElement): void {
    const vr = this.effectiveVr(element);
    // A dummy UID must still be unique and consistent: remap instead of a constant.
    if (vr === 'UI') this.remapUids(dataset, element);
    else this.setBytes(dataset, element, dummyValueBytes(vr));
  }

  /** Action C by VR: dates shifted, text cleaned, AE titles pseudonymized, names and opaque bytes replaced. */
  private clean(dataset: DicomDataset, element: ValueElement): void {
    const vr = this.effectiveVr(element);
    switch (vr) {
      case 'DA':
      case 'DT': {
        if (this.textDates.kind !== 'shift') return;
        const shifted = shiftDateString(this.text(dataset, element), vr, this.textDates.days);
        if (shifted === undefined) this.setBytes(dataset, element, new Uint8Array(0));
        else dataset.setString(element.tag, vr, shifted);
        return;
      }
      case 'TM':
      case 'AS':
      case 'IS':
      case 'DS':
      case 'US':
      case 'SS':
      case 'UL':
      case 'SL':
      case 'FL':
      case 'FD':
      case 'SV':
      case 'UV':
      case 'AT':
        // Times of day, ages and numbers stay: the shift is in whole days and keeps intervals.
        return;
      case 'AE':
        dataset.setString(element.tag, 'AE', this.aeTitle(this.text(dataset, element)));
        return;
      case 'PN':
        this.setBytes(dataset, element, dummyValueBytes('PN'));
        return;
      case 'UI':
        this.remapUids(dataset, element);
        return;
      case 'SH':
      case 'LO':
      case 'ST':
      case 'LT':
      case 'UT':
      case 'UC':
      case 'CS':
      case 'UR':
        this.cleanTextValue(dataset, element, vr);
        return;
      case 'OB':
      case 'OD':
      case 'OF':
      case 'OL':
      case 'OV':
      case 'OW':
      case 'UN':
      case 'SQ':
        // Bytes that cannot be read cannot be cleaned.
        dataset.delete(element.tag);
        return;
    }
  }

  private cleanTextValue(dataset: DicomDataset, element: ValueElement, vr: VR): void {
    const text = this.text(dataset, element);
    if (text === '') return;
    const context = { known: this.run.known, dates: this.textDates };
    const values = MULTI_VALUED_TEXT.has(vr) ? text.split('\\') : [text];
    const cleaned = values.map((value) => cleanText(value, context));
    const joined = cleaned.every((value) => value === '') ? '' : cleaned.join('\\');
    if (joined === text && element.vr === vr) return;
    if (joined === '') this.setBytes(dataset, element, new Uint8Array(0));
    else dataset.setString(element.tag, vr, joined);
  }

  private remapUids(dataset: DicomDataset, element: ValueElement): void {
    const text = this.text(dataset, element);
    if (text === '') return;
    const remapped = text
      .split('\\')
      .map((uid) => {
        const trimmed = uid.replace(/[\s\0]/g, '');
        if (trimmed === '' || trimmed.startsWith(DICOM_UID_ROOT)) return trimmed;
        return this.run.uids.remap(trimmed);
      })
      .join('\\');
    dataset.setString(element.tag, 'UI', remapped);
  }

  /** A private element the safe list keeps: its values are still cleaned (dates shifted, text cleaned, UIDs remapped). */
  private keptPrivate(
    dataset: DicomDataset,
    element: DicomElement,
    row: SafePrivateRow,
    depth: number,
    mode: ContentMode,
  ): void {
    if (element.kind === 'sequence') {
      this.items(element, depth, mode);
      return;
    }
    if (element.kind !== 'value') return;
    const vr: VR = element.vr === 'UN' && row.vr !== null ? row.vr : element.vr;
    if (vr === 'SQ') {
      // A private sequence left as undecoded bytes cannot be cleaned item by item.
      dataset.delete(element.tag);
    } else if (vr === 'DA' || vr === 'DT') {
      if (this.run.profile.dates === 'remove') this.setBytes(dataset, element, dummyValueBytes(vr));
      else this.clean(dataset, { ...element, vr });
    } else if (vr === 'UI') {
      this.remapUids(dataset, element);
    } else if (vr === 'PN') {
      this.setBytes(dataset, element, new Uint8Array(0));
    } else if (CLEANED_TEXT.has(vr)) {
      this.cleanTextValue(dataset, { ...element, vr }, vr);
    }
    // Numbers, codes and binary values on the safe list stay as they are.
  }

  private nestedPatientId(dataset: DicomDataset, element: DicomElement): void {
    if (element.kind !== 'value') {
      dataset.delete(element.tag);
      return;
    }
    const id = this.text(dataset, element).trim();
    if (id === '') return;
    dataset.setString(Tags.PatientID, 'LO', pseudonymizePatientId(this.run.hash, this.run.stage, id));
  }

  private aeTitle(value: string): string {
    let title = this.aeTitles.get(value);
    if (title === undefined) {
      title =
        value.trim() === ''
          ? ''
          : `AE${base32(this.run.hash.digest(AE_TITLE_LABEL, value.trim())).slice(0, 14)}`;
      this.aeTitles.set(value, title);
    }
    return title;
  }

  /** The VR to act by: the element's own, or the dictionary's when the element was read as UN. */
  private effectiveVr(element: ValueElement): VR {
    if (element.vr !== 'UN') return element.vr;
    return lookupAttribute(element.tag)?.vr ?? 'UN';
  }

  private text(dataset: DicomDataset, element: ValueElement): string {
    const vr = isStringVR(element.vr) ? element.vr : this.effectiveVr(element);
    const textVr = isStringVR(vr) ? vr : 'LO';
    const charset = usesSpecificCharacterSet(textVr) ? dataset.characterSet() : null;
    return decodeText(element.bytes, charset, textVr).replace(/[\s\0]+$/u, '');
  }

  private setBytes(dataset: DicomDataset, element: ValueElement, bytes: Uint8Array): void {
    dataset.set({
      kind: 'value',
      tag: element.tag,
      vr: element.vr === 'UN' ? this.effectiveVr(element) : element.vr,
      bytes,
    });
  }
}
