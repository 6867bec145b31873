import { SetMetadata } from '@nestjs/common';
import type { RealmRole } from './realm-role';

export const ROLES_KEY = 'lattice:auth:roles';

/** Restricts a route or controller to principals holding any one of the realm roles; others get 403. */
export const Roles = (...roles: [RealmRole, ...RealmRole[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);
