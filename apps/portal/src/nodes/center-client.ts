import * as z from 'zod/mini';
import { isoInstant, requestJson, type RequestOptions } from '../api/service-request';

const nodeListSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      displayName: z.string(),
      hospital: z.string(),
      status: z.enum(['online', 'offline']),
      lastSeenAt: z.nullable(isoInstant),
      enrolledAt: isoInstant,
      keyId: z.string(),
    }),
  ),
});

/** Whether a node is connected to the center. */
export type NodeStatus = 'online' | 'offline';

/** A hospital node enrolled at the center, as the center reports it. */
export interface HospitalNode {
  readonly id: string;
  readonly displayName: string;
  readonly hospital: string;
  readonly status: NodeStatus;
  readonly lastSeenAt: Date | null;
  readonly enrolledAt: Date;
  readonly keyId: string;
}

/** Fetches the enrolled hospital nodes from the center (`GET /api/nodes`, center-admin only). */
export async function fetchNodes(
  centerUrl: string,
  accessToken: string,
  options: RequestOptions = {},
): Promise<HospitalNode[]> {
  const { nodes } = await requestJson(
    { service: 'center', url: `${centerUrl}/api/nodes`, accessToken, schema: nodeListSchema },
    options,
  );
  return nodes.map((node) => ({
    ...node,
    lastSeenAt: node.lastSeenAt === null ? null : new Date(node.lastSeenAt),
    enrolledAt: new Date(node.enrolledAt),
  }));
}
