import { randomUUID } from 'node:crypto';
import { realpathSync, promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { BrowserConfig } from './browser-config';
import { CompressionCache, preferredEncoding } from './compression';
import type { Logger } from './log';
import { securityHeaders } from './security-headers';
import { cacheControlOf, contentTypeOf, findStaticFile, isAppRoute, isCompressible } from './static-files';

/** What the portal server needs: the built browser app, the settings it hands the browser, a log. */
export interface PortalServerOptions {
  /** Folder with the Vite build (index.html and assets/). */
  readonly publicDir: string;
  readonly browserConfig: BrowserConfig;
  readonly log: Logger;
}

type ErrorCode = 'METHOD_NOT_ALLOWED' | 'BAD_REQUEST' | 'NOT_FOUND' | 'INTERNAL';

const errorMessages: Readonly<Record<ErrorCode, string>> = {
  METHOD_NOT_ALLOWED: 'Only GET and HEAD are supported',
  BAD_REQUEST: 'The request path is malformed',
  NOT_FOUND: 'Not found',
  INTERNAL: 'The portal server failed to answer',
};

const errorStatuses: Readonly<Record<ErrorCode, number>> = {
  METHOD_NOT_ALLOWED: 405,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  INTERNAL: 500,
};

/**
 * The portal's HTTP server (node:http only): the built app with correct types and caching, the SPA
 * fallback to index.html, /config.json, /health/live, and security headers on every response.
 */
export function createPortalServer(options: PortalServerOptions): Server {
  const root = realpathSync(options.publicDir);
  const headers = securityHeaders(options.browserConfig);
  const configBody = JSON.stringify(options.browserConfig);
  const compression = new CompressionCache();

  const sendJson = (request: IncomingMessage, response: ServerResponse, status: number, body: string) => {
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const sendError = (
    request: IncomingMessage,
    response: ServerResponse,
    code: ErrorCode,
    correlationId = randomUUID(),
  ) => {
    if (code === 'METHOD_NOT_ALLOWED') response.setHeader('allow', 'GET, HEAD');
    sendJson(
      request,
      response,
      errorStatuses[code],
      JSON.stringify({ code, message: errorMessages[code], correlationId }),
    );
  };

  const sendFile = async (
    request: IncomingMessage,
    response: ServerResponse,
    file: { filePath: string; relativePath: string; size: number; mtimeMs: number },
    cacheControl: string,
  ) => {
    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    const contentType = contentTypeOf(file.filePath);
    response.setHeader('cache-control', cacheControl);
    response.setHeader('etag', etag);
    response.setHeader('vary', 'Accept-Encoding');
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304);
      response.end();
      return;
    }
    let body: Buffer = await fs.readFile(file.filePath);
    const encoding = isCompressible(contentType)
      ? preferredEncoding(request.headers['accept-encoding'])
      : null;
    if (encoding !== null) {
      body = await compression.get(file.filePath, etag, encoding, body);
      response.setHeader('content-encoding', encoding);
    }
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendError(request, response, 'METHOD_NOT_ALLOWED');

    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://portal.invalid').pathname;
    } catch {
      return sendError(request, response, 'BAD_REQUEST');
    }
    if (pathname === '/health/live')
      return sendJson(request, response, 200, JSON.stringify({ status: 'ok' }));
    if (pathname === '/config.json') return sendJson(request, response, 200, configBody);

    const lookup = await findStaticFile(root, pathname);
    switch (lookup.kind) {
      case 'file':
        return sendFile(request, response, lookup, cacheControlOf(lookup.relativePath));
      case 'rejected':
        return sendError(request, response, 'NOT_FOUND');
      case 'missing': {
        if (!isAppRoute(pathname, request.headers.accept)) return sendError(request, response, 'NOT_FOUND');
        const index = await findStaticFile(root, '/index.html');
        if (index.kind !== 'file') return sendError(request, response, 'NOT_FOUND');
        return sendFile(request, response, index, 'no-cache');
      }
    }
  };

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const correlationId = randomUUID();
      options.log({
        event: 'request_failed',
        level: 'error',
        correlationId,
        error: error instanceof Error ? error.name : 'unknown',
      });
      if (response.headersSent) response.destroy();
      else sendError(request, response, 'INTERNAL', correlationId);
    });
  });
}
