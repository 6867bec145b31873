import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An error envelope as Lattice services write it: `{ code, message, correlationId }`. */
export function envelope(code: string, correlationId: string = randomUUID()) {
  return { code, message: `Stand-in: ${code}`, correlationId };
}

/** Answers with a JSON body. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Allows the portal's origin (CORS) and answers a preflight; true when the request was a preflight. */
export function allowPortal(
  request: IncomingMessage,
  response: ServerResponse,
  portalOrigin: string,
): boolean {
  response.setHeader('access-control-allow-origin', portalOrigin);
  response.setHeader('vary', 'Origin');
  if (request.method !== 'OPTIONS') return false;
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'authorization, accept, content-type',
    'access-control-max-age': '600',
  });
  response.end();
  return true;
}

/** Reads a JSON request body (up to 64 KiB); undefined when it is missing or not JSON. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 65_536) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Listens on a free loopback port; resolves with the server and its URL. */
export async function listenOnFreePort(
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (response.headersSent) response.destroy();
      else sendJson(response, 500, envelope('INTERNAL'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
