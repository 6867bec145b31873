import { DeidError } from '../deid-error';
import type { ProfileOption } from './profile-options';

/** A named, configurable set of options of the Basic Application Level Confidentiality Profile. */
export interface ProfileDefinition {
  readonly name: string;
  readonly options: readonly ProfileOption[];
  /**
   * Replace Age String values of more than 89 years by 090Y (HIPAA Safe Harbor groups ages over 89).
   * The birth date is always emptied by the table, so no date can contradict the grouped age.
   */
  readonly groupAgesOver89?: boolean;
}

/** PS3.15 Basic Application Level Confidentiality Profile with no option. */
export const BASIC_PROFILE: ProfileDefinition = { name: 'basic', options: [] };

/**
 * Lattice's default for research: intervals between dates survive (modified dates), age, sex, size and
 * weight stay, vendor parameters on the safe private list stay, and descriptions, structured content
 * and graphics are cleaned rather than removed.
 */
export const RESEARCH_DEFAULT_PROFILE: ProfileDefinition = {
  name: 'research-default',
  options: [
    'retainLongitudinalModifiedDates',
    'retainPatientCharacteristics',
    'retainSafePrivate',
    'cleanDescriptors',
    'cleanStructuredContent',
    'cleanGraphics',
  ],
  groupAgesOver89: true,
};

/** The profiles known by name. */
export const NAMED_PROFILES: Readonly<Record<string, ProfileDefinition>> = {
  [BASIC_PROFILE.name]: BASIC_PROFILE,
  [RESEARCH_DEFAULT_PROFILE.name]: RESEARCH_DEFAULT_PROFILE,
};

/** The profile definition for a name; throws DeidError UNKNOWN_PROFILE. */
export function profileByName(name: string): ProfileDefinition {
  const profile = Object.hasOwn(NAMED_PROFILES, name) ? NAMED_PROFILES[name] : undefined;
  if (!profile) {
    throw new DeidError(
      'UNKNOWN_PROFILE',
      `unknown profile "${name}"; known: ${Object.keys(NAMED_PROFILES).join(', ')}`,
    );
  }
  return profile;
}
