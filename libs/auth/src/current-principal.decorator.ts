import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { authErrorMessages } from './auth-error';
import { principalOf, type Principal } from './principal';

/** Injects the request's Principal into a handler parameter; use it on routes that need a token. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = principalOf(context.switchToHttp().getRequest<object>());
    if (!principal)
      throw new UnauthorizedException({
        code: 'UNAUTHENTICATED',
        message: authErrorMessages.UNAUTHENTICATED,
      });
    return principal;
  },
);
