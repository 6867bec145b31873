import { z } from 'zod';
import { QUARANTINE_STATUSES } from './quarantine-item';

/** Query of the quarantine list. */
export const quarantineQuerySchema = z.object({
  status: z.enum(QUARANTINE_STATUSES).default('waiting'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** Body of a release or discard: the operator's note is required. */
export const decisionBodySchema = z
  .object({ note: z.string().trim().min(1, 'a note is required').max(2000) })
  .strict();

/** The id in a quarantine path. */
export const quarantineIdSchema = z.string().uuid();
