import * as z from 'zod/mini';
import { count, isoInstant, optionalText, requestJson, type RequestOptions } from '../api/service-request';

const centerQuarantineSchema = z.object({
  total: count,
  items: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      site: z.string(),
      receivedAt: isoInstant,
      code: z.string().check(z.minLength(1)),
      reason: z.string(),
      sopClassUid: optionalText,
      modality: optionalText,
      status: z.string(),
      decidedBy: optionalText,
      decidedAt: z.nullish(isoInstant),
    }),
  ),
});

/** A delivered object stage 2 held back at the center, with the reason a steward can read. */
export interface CenterQuarantineItem {
  readonly id: string;
  /** The hospital node that delivered it. */
  readonly site: string;
  readonly receivedAt: Date;
  readonly code: string;
  readonly reason: string;
  readonly sopClassUid: string | null;
  readonly modality: string | null;
  /** waiting, released or discarded. */
  readonly status: string;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
}

/** The newest held-back items and how many there are in all. */
export interface CenterQuarantineList {
  readonly total: number;
  readonly items: readonly CenterQuarantineItem[];
}

/** How many items one look at the center quarantine fetches: the newest, waiting or decided. */
export const centerQuarantinePageSize = 500;

/** Fetches what stage 2 held back, newest first (`GET /api/quarantine` at the center, stewards and center admins). */
export async function fetchCenterQuarantine(
  centerUrl: string,
  accessToken: string,
  options: RequestOptions = {},
): Promise<CenterQuarantineList> {
  const { total, items } = await requestJson(
    {
      service: 'center',
      url: `${centerUrl}/api/quarantine?limit=${centerQuarantinePageSize}`,
      accessToken,
      schema: centerQuarantineSchema,
    },
    options,
  );
  return {
    total,
    items: items.map((item) => ({
      ...item,
      receivedAt: new Date(item.receivedAt),
      decidedAt: item.decidedAt ? new Date(item.decidedAt) : null,
    })),
  };
}
