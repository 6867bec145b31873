import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
} from '@nestjs/common';
import { principalOf } from '@lattice/auth';
import { NODE_CONFIG, type NodeConfig } from '../node-config';

/** Node operators may act only on their own hospital's node: operator-a is refused by node-b. */
@Injectable()
export class OperatorOfThisNodeGuard implements CanActivate {
  constructor(@Inject(NODE_CONFIG) private readonly config: NodeConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const principal = principalOf(context.switchToHttp().getRequest());
    if (principal?.realmRoles.includes('node-operator') && principal.nodeId === this.config.NODE_ID)
      return true;
    throw new ForbiddenException({
      code: 'FORBIDDEN',
      message: `Only operators of ${this.config.NODE_ID} may do this.`,
    });
  }
}
