/** What went wrong asking the issuer for a token. */
export type TokenRequestErrorCode = 'ISSUER_UNREACHABLE' | 'ISSUER_ERROR' | 'INVALID_CREDENTIALS';

/** A failed token request; the message names the issuer and the failure, never a secret. */
export class TokenRequestError extends Error {
  constructor(
    readonly code: TokenRequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TokenRequestError';
  }
}
