import type { DomainErrorMapper, MappedError } from '@lattice/server-kit';
import { NodeRegistryError } from './nodes/node-registry.error';

/** The center's one mapping from domain errors to HTTP. */
export const mapCenterError: DomainErrorMapper = (error): MappedError | undefined => {
  if (error instanceof NodeRegistryError) {
    switch (error.code) {
      case 'NODE_NOT_FOUND':
        return { status: 404, code: error.code, message: error.message };
      case 'NODE_EXISTS':
        return { status: 409, code: error.code, message: error.message };
      case 'INVALID_PUBLIC_KEY':
        return { status: 400, code: error.code, message: error.message };
    }
  }
  return undefined;
};
