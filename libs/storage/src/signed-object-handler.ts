import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SelfSignedObjectStore } from './object-store';
import { ObjectStoreError } from './object-store-error';

/** A plain Node request handler; Express and NestJS accept it as middleware. */
export type SignedObjectHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Serves the signed URLs of a filesystem or in-memory store: GET and HEAD with the object's content
 * type, 403 with `{code, message}` for a bad or expired signature, 404 when the object is gone.
 */
export function createSignedObjectHandler(store: SelfSignedObjectStore): SignedObjectHandler {
  return (req, res) => {
    serve(store, req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'the object could not be served');
      else res.destroy();
    });
  };
}

async function serve(store: SelfSignedObjectStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendError(res, 405, 'METHOD_NOT_ALLOWED', 'signed object URLs accept GET and HEAD only');
    return;
  }
  // Express strips its mount path from req.url; originalUrl keeps the full path and query.
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
  const check = store.verifySignedUrl(url);
  if (!check.valid) {
    sendError(res, 403, check.reason, check.message);
    return;
  }
  try {
    const object = await store.stat(check.key);
    if (!object) {
      sendError(res, 404, 'NOT_FOUND', 'the object no longer exists');
      return;
    }
    const body = req.method === 'HEAD' ? null : await store.get(check.key);
    res.writeHead(200, {
      'Content-Type': object.contentType,
      'Content-Length': String(object.size),
      ETag: `"${object.sha256}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (body) res.end(body);
    else res.end();
  } catch (error) {
    if (!(error instanceof ObjectStoreError)) throw error;
    switch (error.code) {
      case 'NOT_FOUND':
        sendError(res, 404, 'NOT_FOUND', 'the object no longer exists');
        return;
      case 'INTEGRITY':
        sendError(res, 500, 'INTEGRITY', 'the stored object failed its integrity check');
        return;
      case 'UNAVAILABLE':
        sendError(res, 503, 'UNAVAILABLE', 'the object store is unavailable');
        return;
      case 'INVALID_KEY':
        sendError(res, 403, 'MALFORMED', 'the URL does not name an object');
        return;
    }
  }
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ code, message });
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
