export type PixelRulesErrorCode = 'UNREADABLE_RULES_FILE' | 'INVALID_JSON' | 'INVALID_RULES';

/** A redaction rules file that cannot be used; the message names the file and the offending entry. */
export class PixelRulesError extends Error {
  constructor(
    readonly code: PixelRulesErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PixelRulesError';
  }
}
