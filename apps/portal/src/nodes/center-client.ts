import * as z from 'zod/mini';

const isoInstant = z.iso.datetime({ offset: true });

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

const errorEnvelopeSchema = z.object({
  code: z.string(),
  message: z.optional(z.string()),
  correlationId: z.optional(z.string()),
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

/** Why a request to the center failed, as far as the person in front of the portal needs to know. */
export type CenterErrorCode =
  | 'CENTER_UNREACHABLE'
  | 'CENTER_UNAUTHENTICATED'
  | 'CENTER_FORBIDDEN'
  | 'CENTER_FAILED'
  | 'CENTER_INVALID_RESPONSE';

/** A failed call to the center, carrying the center's own error code and correlation id when it gave them. */
export class CenterRequestError extends Error {
  constructor(
    readonly code: CenterErrorCode,
    readonly details: {
      readonly status?: number;
      readonly centerCode?: string;
      readonly correlationId?: string;
    } = {},
  ) {
    super(`Center request failed: ${code}${details.status === undefined ? '' : ` (HTTP ${details.status})`}`);
    this.name = 'CenterRequestError';
  }
}

/** Fetches the enrolled hospital nodes from the center (`GET /api/nodes`, center-admin only). */
export async function fetchNodes(
  centerUrl: string,
  accessToken: string,
  options: { fetchImpl?: typeof fetch; signal?: AbortSignal } = {},
): Promise<HospitalNode[]> {
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(`${centerUrl}/api/nodes`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      cache: 'no-store',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    // fetch rejects without a status for refused connections, DNS failures and CORS refusals alike.
    throw new CenterRequestError('CENTER_UNREACHABLE');
  }
  if (!response.ok) throw await errorFromResponse(response);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new CenterRequestError('CENTER_INVALID_RESPONSE', { status: response.status });
  }
  const parsed = nodeListSchema.safeParse(body);
  if (!parsed.success) throw new CenterRequestError('CENTER_INVALID_RESPONSE', { status: response.status });
  return parsed.data.nodes.map((node) => ({
    ...node,
    lastSeenAt: node.lastSeenAt === null ? null : new Date(node.lastSeenAt),
    enrolledAt: new Date(node.enrolledAt),
  }));
}

async function errorFromResponse(response: Response): Promise<CenterRequestError> {
  const envelope = errorEnvelopeSchema.safeParse(await response.json().catch(() => undefined));
  const details = {
    status: response.status,
    ...(envelope.success ? { centerCode: envelope.data.code } : {}),
    ...(envelope.success && envelope.data.correlationId
      ? { correlationId: envelope.data.correlationId }
      : {}),
  };
  if (response.status === 401) return new CenterRequestError('CENTER_UNAUTHENTICATED', details);
  if (response.status === 403) return new CenterRequestError('CENTER_FORBIDDEN', details);
  return new CenterRequestError('CENTER_FAILED', details);
}
