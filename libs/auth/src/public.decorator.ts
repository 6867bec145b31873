import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'lattice:auth:public';

/** Lets a route or controller through without a token; every other route needs one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
