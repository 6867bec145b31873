import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { authErrorMessages } from './auth-error';
import { hasAnyRole, principalOf } from './principal';
import { IS_PUBLIC_KEY } from './public.decorator';
import type { RealmRole } from './realm-role';
import { ROLES_KEY } from './roles.decorator';

/** Global guard after authentication: enforces @Roles(...) on routes and controllers. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<RealmRole[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) return true;

    const principal = principalOf(context.switchToHttp().getRequest<object>());
    if (!principal)
      throw new UnauthorizedException({
        code: 'UNAUTHENTICATED',
        message: authErrorMessages.UNAUTHENTICATED,
      });
    if (!hasAnyRole(principal, roles)) {
      throw new ForbiddenException({
        code: 'FORBIDDEN',
        message: `${authErrorMessages.FORBIDDEN} It needs one of: ${roles.join(', ')}.`,
      });
    }
    return true;
  }
}
