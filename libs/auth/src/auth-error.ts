/** Why a request was not let through; the shared exception filter puts the code in the envelope. */
export type AuthErrorCode =
  'UNAUTHENTICATED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'FORBIDDEN' | 'AUTH_UNAVAILABLE';

/** The reasons a presented token can be refused. */
export type TokenRejectionCode = Extract<
  AuthErrorCode,
  'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'AUTH_UNAVAILABLE'
>;

/** Safe messages for each code: they never repeat the token or anything read from it. */
export const authErrorMessages: Readonly<Record<AuthErrorCode, string>> = {
  UNAUTHENTICATED: 'This endpoint needs an Authorization header with a bearer token.',
  TOKEN_INVALID: 'The access token is not valid for this service.',
  TOKEN_EXPIRED: 'The access token has expired.',
  FORBIDDEN: 'Your roles do not allow this action.',
  AUTH_UNAVAILABLE: 'The identity provider cannot be reached to check the access token.',
};

/** A token was refused. `reason` is for logs: keycloak-connect's text, which never holds the token. */
export class TokenRejectedError extends Error {
  constructor(
    readonly code: TokenRejectionCode,
    readonly reason: string,
  ) {
    super(authErrorMessages[code]);
    this.name = 'TokenRejectedError';
  }
}

/** Bad module options, found when the application starts. */
export class AuthConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthConfigurationError';
  }
}
