import {
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { authErrorMessages, TokenRejectedError, type TokenRejectionCode } from './auth-error';
import { bearerTokenOf } from './bearer-header';
import { attachPrincipal } from './principal';
import { IS_PUBLIC_KEY } from './public.decorator';
import { KeycloakTokenVerifier } from './token-verifier';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
}

interface HttpResponse {
  setHeader(name: string, value: string): unknown;
}

/** Global guard: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: KeycloakTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]))
      return true;

    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    const token = bearerTokenOf(request.headers['authorization']);
    if (!token) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="lattice"');
      throw new UnauthorizedException({
        code: 'UNAUTHENTICATED',
        message: authErrorMessages.UNAUTHENTICATED,
      });
    }
    try {
      attachPrincipal(request, await this.verifier.verify(token));
      return true;
    } catch (error) {
      if (error instanceof TokenRejectedError) throw this.rejection(error, response);
      throw error;
    }
  }

  private rejection(error: TokenRejectedError, response: HttpResponse): Error {
    const body = { code: error.code, message: authErrorMessages[error.code] };
    const code: TokenRejectionCode = error.code;
    switch (code) {
      case 'TOKEN_INVALID':
      case 'TOKEN_EXPIRED':
        response.setHeader(
          'WWW-Authenticate',
          `Bearer realm="lattice", error="invalid_token", error_description="${body.message}"`,
        );
        return new UnauthorizedException(body);
      case 'AUTH_UNAVAILABLE':
        this.logger.warn(`cannot check access tokens: ${error.reason}`);
        return new ServiceUnavailableException(body);
    }
  }
}
