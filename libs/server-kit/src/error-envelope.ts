/** The one error body every Lattice HTTP API returns. */
export interface ErrorEnvelope {
  readonly code: string;
  readonly message: string;
  readonly correlationId: string;
}

/** How a transport maps a domain error: the status and a code and message safe to show. */
export interface MappedError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Maps an application's domain errors; returns undefined for errors it does not own. */
export type DomainErrorMapper = (error: unknown) => MappedError | undefined;

const CODES_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'UNAVAILABLE',
};

export function codeForStatus(status: number): string {
  return CODES_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
}
