import type { DomainErrorMapper, MappedError } from '@lattice/server-kit';
import { CatalogError } from './catalog/catalog.error';
import { DicomwebError } from './dicomweb/dicomweb.error';
import { IngestError, InstanceNotAcceptedError } from './ingest/ingest.error';
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
  if (error instanceof IngestError) {
    switch (error.code) {
      case 'CONTENT_HASH_MISMATCH':
        return { status: 400, code: error.code, message: error.message };
      case 'STAGE2_FAILED':
        return { status: 500, code: error.code, message: error.message };
    }
  }
  if (error instanceof InstanceNotAcceptedError) {
    return { status: 422, code: error.code, message: error.message };
  }
  if (error instanceof DicomwebError) {
    switch (error.code) {
      case 'INVALID_QUERY':
        return { status: 400, code: error.code, message: error.message };
      case 'NOT_FOUND':
        return { status: 404, code: error.code, message: error.message };
      case 'NOT_ACCEPTABLE':
        return { status: 406, code: error.code, message: error.message };
    }
  }
  if (error instanceof CatalogError) {
    switch (error.code) {
      case 'STUDY_NOT_FOUND':
        return { status: 404, code: error.code, message: error.message };
    }
  }
  return undefined;
};
