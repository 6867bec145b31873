import { ZodValidationPipe } from '@lattice/server-kit';
import { z } from 'zod';

/** A study, series or instance UID in a DICOMweb path. */
export const uidParam = new ZodValidationPipe(
  z
    .string()
    .regex(/^[0-9]+(\.[0-9]+)*$/, 'must be a UID')
    .max(64, 'must be a UID'),
);
