import { partOutcomes, stowBody, type PartOutcome } from './stow-batch';

/** How a batch upload ended. */
export type BatchAnswer =
  /** The node answered per part (HTTP 200, 202 or 409). */
  | { readonly kind: 'answered'; readonly outcomes: PartOutcome[] }
  /** The node refused the whole request: the status and its error envelope's code. */
  | { readonly kind: 'refused'; readonly status: number; readonly code: string; readonly message: string }
  /** The node could not be reached, or kept failing, after the retries. */
  | { readonly kind: 'unreachable'; readonly reason: string };

/** How uploads reach the node; `fetch` by default. */
export type UploadFetch = (url: string, init: RequestInit) => Promise<Response>;

/** Waits between retries of an unavailable node: 1 s, 2 s, 4 s. */
const RETRY_DELAYS_MS = [1000, 2000, 4000];

/**
 * Sends one batch of files to the node's STOW-RS endpoint (`POST {node}/dicomweb/studies`) marked as
 * an import, and reads the answer. A node that cannot be reached or answers 5xx is retried; the node
 * stores each instance once, so a retried batch never makes copies.
 */
export async function uploadBatch(
  nodeUrl: string,
  token: string,
  files: readonly Uint8Array[],
  fetchFn: UploadFetch = fetch,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<BatchAnswer> {
  const { contentType, body } = stowBody(files);
  let lastReason = '';
  for (let attempt = 0; attempt <= delays.length; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, delays[attempt - 1]));
    let response: Response;
    try {
      response = await fetchFn(`${nodeUrl}/dicomweb/studies`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': contentType,
          accept: 'application/dicom+json',
          'x-lattice-source': 'import',
        },
        body,
      });
    } catch (error) {
      lastReason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      continue;
    }
    const text = await response.text();
    if (response.status === 200 || response.status === 202 || response.status === 409) {
      try {
        return { kind: 'answered', outcomes: partOutcomes(JSON.parse(text), files.length) };
      } catch {
        return {
          kind: 'refused',
          status: response.status,
          code: 'UNREADABLE_ANSWER',
          message: 'the node answered something that is not JSON',
        };
      }
    }
    if (response.status >= 500 || response.status === 429) {
      lastReason = `HTTP ${response.status}`;
      continue;
    }
    const envelope = parseEnvelope(text);
    return { kind: 'refused', status: response.status, code: envelope.code, message: envelope.message };
  }
  return { kind: 'unreachable', reason: lastReason };
}

function parseEnvelope(text: string): { code: string; message: string } {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    return {
      code: typeof body.code === 'string' ? body.code : 'REFUSED',
      message: typeof body.message === 'string' ? body.message : 'the node refused the request',
    };
  } catch {
    return { code: 'REFUSED', message: 'the node refused the request' };
  }
}
