export { AuthModule } from './auth.module';
export { DEFAULT_API_CLIENT_ID, type AuthModuleOptions } from './auth-options';
export { AuthenticationGuard } from './authentication.guard';
export { RolesGuard } from './roles.guard';
export { Public, IS_PUBLIC_KEY } from './public.decorator';
export { Roles, ROLES_KEY } from './roles.decorator';
export { CurrentPrincipal } from './current-principal.decorator';
export { REALM_ROLES, isRealmRole, type RealmRole } from './realm-role';
export { hasAnyRole, principalFromClaims, principalOf, type Principal } from './principal';
export {
  AuthConfigurationError,
  TokenRejectedError,
  authErrorMessages,
  type AuthErrorCode,
  type TokenRejectionCode,
} from './auth-error';
export { KeycloakTokenVerifier, type TokenVerifierOptions } from './token-verifier';
export { parseRealmUrl, type RealmLocation } from './realm-url';
export {
  ClientCredentialsTokenSource,
  type ClientCredentialsOptions,
} from './client-credentials-token-source';
export { requestPasswordGrant, type PasswordGrantRequest } from './password-grant';
export { discoverTokenEndpoint, type FetchFn, type TokenResponse } from './token-endpoint';
export { TokenRequestError, type TokenRequestErrorCode } from './token-request.error';
export * from './testing';
