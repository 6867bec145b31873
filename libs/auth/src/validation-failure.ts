import type { TokenRejectionCode } from './auth-error';

/**
 * Maps keycloak-connect's validation failure (a rejected promise whose message is its only
 * detail, e.g. "Grant validation failed. Reason: invalid token (expired)") to a rejection code.
 */
export function classifyValidationFailure(message: string): TokenRejectionCode {
  if (message.includes('invalid token (expired)')) return 'TOKEN_EXPIRED';
  if (message.includes('failed to load public key')) {
    // The key set was fetched but has no key with the token's kid: the token is foreign.
    if (message.includes('Expected "jwk" to be an Object')) return 'TOKEN_INVALID';
    // Otherwise the key set could not be fetched at all.
    return 'AUTH_UNAVAILABLE';
  }
  return 'TOKEN_INVALID';
}
