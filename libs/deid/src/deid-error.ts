/** Why a de-identification setting or key cannot be used. */
export type DeidErrorCode =
  /** No key was given, or it has no key id. */
  | 'MISSING_KEY'
  /** The key is shorter than 32 bytes or has no variety (every byte equal). */
  | 'WEAK_KEY'
  /** Options that cannot be combined, such as full and modified dates. */
  | 'PROFILE_CONFLICT'
  /** A profile definition names an option that does not exist. */
  | 'UNKNOWN_OPTION'
  /** A profile name that is not defined. */
  | 'UNKNOWN_PROFILE'
  /** The date-shift window is not a whole number of days between 1 and 36500. */
  | 'INVALID_DATE_SHIFT_WINDOW'
  /** The stage is neither 1 nor 2. */
  | 'INVALID_STAGE';

/** A de-identification configuration error. The message is safe to show: it never contains data values. */
export class DeidError extends Error {
  constructor(
    readonly code: DeidErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeidError';
  }
}
