import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DEFAULT_API_CLIENT_ID, type AuthModuleOptions } from './auth-options';
import { AuthenticationGuard } from './authentication.guard';
import { RolesGuard } from './roles.guard';
import { KeycloakTokenVerifier } from './token-verifier';

/** Bearer-only authentication for a Nest application: import once in the root module. */
@Module({})
export class AuthModule {
  /** Protects every route with the global guards (authentication, then roles). */
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        {
          provide: KeycloakTokenVerifier,
          useFactory: () =>
            new KeycloakTokenVerifier({
              issuerUrl: options.issuerUrl,
              audience: options.clientId ?? DEFAULT_API_CLIENT_ID,
              jwksMinIntervalSeconds: options.jwksMinIntervalSeconds ?? 10,
            }),
        },
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
      exports: [KeycloakTokenVerifier],
    };
  }
}
