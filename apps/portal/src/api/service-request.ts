import * as z from 'zod/mini';

/** The services the browser calls: the center, and the hospital node a node operator runs. */
export type ServiceKind = 'center' | 'node';

/** Why a call to a service failed, as far as the person in front of the portal needs to know. */
export type ServiceErrorCode =
  | 'UNREACHABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'REJECTED'
  | 'FAILED'
  | 'INVALID_RESPONSE';

/** What the service said about its refusal: its envelope's code, message and correlation id, when given. */
export interface ServiceErrorDetails {
  readonly status?: number;
  readonly serviceCode?: string;
  /** The envelope's message, which services write to be safe to show. */
  readonly serviceMessage?: string;
  readonly correlationId?: string;
}

/** A failed call to a service; the message names the service, code and status, never a token or a value. */
export class ServiceRequestError extends Error {
  constructor(
    readonly service: ServiceKind,
    readonly code: ServiceErrorCode,
    readonly details: ServiceErrorDetails = {},
  ) {
    super(
      `${service} request failed: ${code}${details.status === undefined ? '' : ` (HTTP ${details.status})`}`,
    );
    this.name = 'ServiceRequestError';
  }
}

/** One authorized JSON call: where, as whom, and the schema its answer must match. */
export interface ServiceRequest<T> {
  readonly service: ServiceKind;
  readonly url: string;
  readonly accessToken: string;
  readonly method?: 'GET' | 'POST';
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Validates the answer; an empty answer is parsed as null. */
  readonly schema: z.ZodMiniType<T>;
}

/** How a request is sent: the fetch to use (tests pass their own) and a signal to abandon it. */
export interface RequestOptions {
  readonly fetchImpl?: typeof fetch;
  readonly signal?: AbortSignal;
}

const correlationHeader = 'x-correlation-id';

const errorEnvelopeSchema = z.object({
  code: z.string(),
  message: z.optional(z.string()),
  correlationId: z.optional(z.string()),
});

/**
 * Calls a Lattice service with the session's bearer token and validates its JSON answer. Every failure
 * becomes a ServiceRequestError; an abort is passed through unchanged, so a closed page reports nothing.
 */
export async function requestJson<T>(request: ServiceRequest<T>, options: RequestOptions = {}): Promise<T> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const headers: Record<string, string> = {
    authorization: `Bearer ${request.accessToken}`,
    accept: 'application/json',
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchImpl(request.url, {
      method: request.method ?? 'GET',
      headers,
      cache: 'no-store',
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    // fetch rejects without a status for refused connections, DNS failures and CORS refusals alike.
    throw new ServiceRequestError(request.service, 'UNREACHABLE');
  }
  if (!response.ok) throw await errorFromResponse(request.service, response);

  let body: unknown;
  try {
    const text = await response.text();
    body = text.trim() === '' ? null : (JSON.parse(text) as unknown);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ServiceRequestError(request.service, 'INVALID_RESPONSE', { status: response.status });
  }
  const parsed = request.schema.safeParse(body);
  if (!parsed.success)
    throw new ServiceRequestError(request.service, 'INVALID_RESPONSE', { status: response.status });
  return parsed.data;
}

async function errorFromResponse(service: ServiceKind, response: Response): Promise<ServiceRequestError> {
  const envelope = errorEnvelopeSchema.safeParse(await response.json().catch(() => undefined));
  // Lattice services also send (and expose to the browser) the correlation id as a header.
  const correlationId =
    (envelope.success ? envelope.data.correlationId : undefined) ||
    response.headers.get(correlationHeader) ||
    undefined;
  const details: ServiceErrorDetails = {
    status: response.status,
    ...(envelope.success ? { serviceCode: envelope.data.code } : {}),
    ...(envelope.success && envelope.data.message ? { serviceMessage: envelope.data.message } : {}),
    ...(correlationId ? { correlationId } : {}),
  };
  return new ServiceRequestError(service, errorCodeOf(response.status), details);
}

function errorCodeOf(status: number): ServiceErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status >= 400 && status < 500) return 'REJECTED';
  return 'FAILED';
}

/** An ISO 8601 instant with its offset, as every Lattice service writes times. */
export const isoInstant = z.iso.datetime({ offset: true });

/** A count: a whole number, never negative. */
export const count = z.int().check(z.minimum(0));

/** A text attribute a service may leave out or send as null; the portal always reads null. */
export const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? null),
);
