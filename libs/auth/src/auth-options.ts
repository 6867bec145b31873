/** Options of AuthModule.forRoot. */
export interface AuthModuleOptions {
  /** Keycloak realm URL that issues the tokens, e.g. http://127.0.0.1:8080/realms/lattice. */
  issuerUrl: string;
  /** Least seconds between key set refreshes for unknown key ids (default 10; tests use 0). */
  jwksMinIntervalSeconds?: number;
  /** The client id this API is known by: tokens must carry it in `aud` (default `lattice-api`). */
  clientId?: string;
}

/** The audience the realm's audience mapper adds to every Lattice token. */
export const DEFAULT_API_CLIENT_ID = 'lattice-api';
