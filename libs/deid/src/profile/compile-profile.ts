import { lookupAttribute, tagElement, tagGroup, type Tag } from '@lattice/dicom';
import { DeidError } from '../deid-error';
import { PROFILE_TABLE_EDITION, PROFILE_TABLE_ROWS } from '../generated/profile-table';
import { resolveActionCode } from './composite-action';
import type { ElementAction } from './element-action';
import { LATTICE_ADDITIONS } from './lattice-additions';
import type { ProfileDefinition } from './named-profiles';
import { isProfileOption, PROFILE_OPTIONS, type ProfileOption } from './profile-options';
import type { ActionCode, ProfileTableRow } from './profile-table-row';
import { findSafePrivateRow } from './safe-private-index';
import type { SafePrivateRow } from './safe-private-row';
import { isClassUidAttribute } from './standard-uid-attributes';

/** What the profile does with dates: empty or dummy them, shift them per patient, or keep them. */
export type DateHandling = 'remove' | 'shift' | 'keep';

/** A profile ready to apply: precompiled lookups from tag (and private creator) to action. */
export interface CompiledProfile {
  readonly name: string;
  /** The options in force, in Table E.1-1 column order. */
  readonly options: readonly ProfileOption[];
  readonly groupAgesOver89: boolean;
  readonly dates: DateHandling;
  /** PS3.15 edition of the table the profile was compiled from. */
  readonly edition: string;
  has(option: ProfileOption): boolean;
  /** The action for a public (even group) attribute, wherever it sits. */
  publicAction(tag: Tag): ElementAction;
  /** True when Table E.1-1 names the attribute (exactly or by a repeating-group mask). */
  isListed(tag: Tag): boolean;
  /**
   * The safe-private row that lets a private data element stay, or undefined when it must go. Only
   * with Retain Safe Private, only for a known creator, matched by group, creator and low byte.
   */
  keptPrivate(tag: Tag, creator: string | undefined): SafePrivateRow | undefined;
}

interface MaskRow {
  readonly value: number;
  readonly mask: number;
  readonly code: ActionCode;
}

/** Overlay (60xx) and curve (50xx) repeating groups: even groups 6000–601E and 5000–501E. */
export function isOverlayOrCurveGroup(group: number): boolean {
  const high = group & 0xff00;
  return (high === 0x6000 || high === 0x5000) && (group & 0x00e1) === 0;
}

// A cell of an enabled option replaces the basic code; when two enabled options both have a cell,
// C (clean) wins over K (keep): for example Retain Device Identity keeps a calibration date while
// Modified Dates shifts it, and the shifted date honours both.
function effectiveCode(row: ProfileTableRow, enabled: ReadonlySet<ProfileOption>): ActionCode {
  let chosen: ActionCode | undefined;
  for (const option of PROFILE_OPTIONS) {
    const code = row.options[option];
    if (code === undefined || !enabled.has(option)) continue;
    if (chosen === undefined || code === 'C') chosen = code;
  }
  return chosen ?? row.basic;
}

function validatedOptions(options: readonly string[]): Set<ProfileOption> {
  const enabled = new Set<ProfileOption>();
  for (const option of options) {
    if (!isProfileOption(option)) {
      throw new DeidError(
        'UNKNOWN_OPTION',
        `unknown profile option "${option}"; known: ${PROFILE_OPTIONS.join(', ')}`,
      );
    }
    enabled.add(option);
  }
  if (enabled.has('retainLongitudinalFullDates') && enabled.has('retainLongitudinalModifiedDates')) {
    throw new DeidError(
      'PROFILE_CONFLICT',
      'retainLongitudinalFullDates and retainLongitudinalModifiedDates cannot be combined (PS3.15 E.3.6)',
    );
  }
  return enabled;
}

/**
 * Compiles a profile definition (or a bare list of options) into constant-time lookups. Throws
 * DeidError UNKNOWN_OPTION for a misspelt option and PROFILE_CONFLICT for full plus modified dates.
 */
export function compileProfile(definition: ProfileDefinition | readonly string[]): CompiledProfile {
  const named: ProfileDefinition = isOptionList(definition)
    ? { name: 'custom', options: definition as readonly ProfileOption[] }
    : definition;
  const enabled = validatedOptions(named.options);
  const dates: DateHandling = enabled.has('retainLongitudinalFullDates')
    ? 'keep'
    : enabled.has('retainLongitudinalModifiedDates')
      ? 'shift'
      : 'remove';

  const exact = new Map<Tag, ActionCode>();
  const masks: MaskRow[] = [];
  let privateCode: ActionCode = 'X';
  for (const row of PROFILE_TABLE_ROWS) {
    const code = effectiveCode(row, enabled);
    if (row.match === 'exact') exact.set(row.value, code);
    else if (row.match === 'mask') masks.push({ value: row.value, mask: row.mask, code });
    else privateCode = code;
  }
  // The private row is X, or C under Retain Safe Private: C keeps exactly what Table E.3.10-1 lists.
  const keepSafePrivate = resolveActionCode(privateCode, false) === 'clean';

  const additions = new Map(LATTICE_ADDITIONS.map((addition) => [addition.tag, addition]));
  const cache = new Map<Tag, ElementAction>();
  const unlistedDate: ElementAction = dates === 'keep' ? 'keep' : dates === 'shift' ? 'clean' : 'dummy';

  const compute = (tag: Tag): ElementAction => {
    const group = tagGroup(tag);
    const info = lookupAttribute(tag);
    const isSequence = info?.vr === 'SQ';
    const code = exact.get(tag);
    if (code !== undefined) return resolveActionCode(code, isSequence);
    const addition = additions.get(tag);
    if (addition) return enabled.has(addition.keptBy) ? 'keep' : 'remove';
    // Overlay bitmaps and curves cannot be cleaned, so Clean Graphics removes them as the basic profile
    // does; without its data, the rest of the repeating group would be an invalid module, so it goes too.
    if (isOverlayOrCurveGroup(group)) return 'remove';
    for (const row of masks) {
      if ((tag & row.mask) >>> 0 === row.value) return resolveActionCode(row.code, isSequence);
    }
    // Group lengths are retired and recomputed by the writer where still needed.
    if (tagElement(tag) === 0) return 'remove';
    // Unknown public tags cannot be judged; retired ones are not needed by any current IOD.
    if (!info || info.retired) return 'remove';
    if (info.vr === 'PN') return 'empty';
    if (info.vr === 'UI') return isClassUidAttribute(tag) ? 'keep' : 'remapUid';
    if (info.vr === 'DA' || info.vr === 'DT') return unlistedDate;
    return 'keep';
  };

  return {
    name: named.name,
    options: PROFILE_OPTIONS.filter((option) => enabled.has(option)),
    groupAgesOver89: named.groupAgesOver89 ?? false,
    dates,
    edition: PROFILE_TABLE_EDITION,
    has: (option) => enabled.has(option),
    publicAction(tag) {
      let action = cache.get(tag);
      if (action === undefined) {
        action = compute(tag);
        cache.set(tag, action);
      }
      return action;
    },
    isListed(tag) {
      if (exact.has(tag) || additions.has(tag) || isOverlayOrCurveGroup(tagGroup(tag))) return true;
      return masks.some((row) => (tag & row.mask) >>> 0 === row.value);
    },
    keptPrivate(tag, creator) {
      if (!keepSafePrivate || creator === undefined) return undefined;
      return findSafePrivateRow(tag, creator);
    },
  };
}

function isOptionList(definition: ProfileDefinition | readonly string[]): definition is readonly string[] {
  return Array.isArray(definition);
}
