import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { LogEntry } from './log';
import { createPortalServer } from './portal-server';

const browserConfig = {
  issuerUrl: 'http://127.0.0.1:18080/realms/lattice',
  clientId: 'lattice-portal',
  centerUrl: 'http://127.0.0.1:13000',
  nodeUrls: { 'node-a': 'http://127.0.0.1:13101', 'node-b': 'https://node-b.example.org:8443' },
};
const indexHtml = '<!doctype html><html><body><div id="root"></div></body></html>';
const appScript = `console.log(${JSON.stringify('lattice '.repeat(200))});`;
const secret = 'outside-the-public-folder';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let workDir: string;
let server: Server;
let port: number;
const logged: LogEntry[] = [];

/** Sends a request with the path exactly as written (fetch would normalise `..` before sending it). */
function send(
  rawPath: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path: rawPath, method: options.method ?? 'GET', headers: options.headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'portal-server-'));
  const publicDir = path.join(workDir, 'public');
  mkdirSync(path.join(publicDir, 'assets'), { recursive: true });
  writeFileSync(path.join(publicDir, 'index.html'), indexHtml);
  writeFileSync(path.join(publicDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(publicDir, 'assets', 'index-BvJ-PjrD.js'), appScript);
  writeFileSync(path.join(publicDir, 'assets', 'index-H0IR5Y51.css'), 'body{margin:0}');
  writeFileSync(path.join(publicDir, '.env'), secret);
  writeFileSync(path.join(workDir, 'secret.txt'), secret);
  symlinkSync(path.join(workDir, 'secret.txt'), path.join(publicDir, 'linked.txt'));

  server = createPortalServer({ publicDir, browserConfig, log: (entry) => logged.push(entry) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(workDir, { recursive: true, force: true });
});

describe('portal server', () => {
  it('serves the app at / as HTML that is revalidated on every visit', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.body.toString()).toBe(indexHtml);
  });

  it('falls back to index.html for app routes, including the sign-in callback', async () => {
    for (const route of ['/callback?code=abc&state=xyz', '/studies/123', '/nodes/']) {
      const reply = await send(route);
      expect([route, reply.status, reply.body.toString()]).toEqual([route, 200, indexHtml]);
    }
  });

  it('serves hashed assets with their type and a year of immutable caching', async () => {
    const script = await send('/assets/index-BvJ-PjrD.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body.toString()).toBe(appScript);
    const style = await send('/assets/index-H0IR5Y51.css');
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('does not cache unhashed files for long', async () => {
    const icon = await send('/favicon.svg');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('serves the app to a browser navigating to a path with dots, such as a UID', async () => {
    const reply = await send('/studies/2.25.1234', {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect([reply.status, reply.body.toString()]).toEqual([200, indexHtml]);
  });

  it('answers a missing file with a 404 envelope, not with the app', async () => {
    const reply = await send('/assets/missing-12345678.js');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body.toString())).toEqual({
      code: 'NOT_FOUND',
      message: 'Not found',
      correlationId: expect.any(String),
    });
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%5c..%5csecret.txt',
    '/..%252fsecret.txt',
    '/.env',
    '/linked.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('never serves anything outside the public folder or hidden: %s', async (rawPath) => {
    const reply = await send(rawPath);
    expect(reply.body.toString()).not.toContain(secret);
    expect(reply.status).toBe(404);
  });

  it('hands the browser its runtime settings at /config.json, never cached', async () => {
    const reply = await send('/config.json');
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body.toString())).toEqual(browserConfig);
  });

  it('reports liveness', async () => {
    const reply = await send('/health/live');
    expect([reply.status, JSON.parse(reply.body.toString())]).toEqual([200, { status: 'ok' }]);
  });

  it('sends the security headers on every response, with the issuer, center and nodes allowed for connections', async () => {
    for (const rawPath of ['/', '/config.json', '/assets/index-BvJ-PjrD.js', '/missing.png']) {
      const { headers } = await send(rawPath);
      const policy = String(headers['content-security-policy']);
      expect(policy).toContain(
        "connect-src 'self' http://127.0.0.1:18080 http://127.0.0.1:13000 http://127.0.0.1:13101 https://node-b.example.org:8443;",
      );
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await send('/', { method: 'POST' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
    expect(JSON.parse(reply.body.toString()).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers HEAD with headers only', async () => {
    const reply = await send('/assets/index-BvJ-PjrD.js', { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(appScript));
    expect(reply.body).toHaveLength(0);
  });

  it('compresses text for clients that accept it', async () => {
    const reply = await send('/assets/index-BvJ-PjrD.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.body.length).toBeLessThan(Buffer.byteLength(appScript) / 4);
    expect(gunzipSync(reply.body).toString()).toBe(appScript);
    const brotli = await send('/assets/index-BvJ-PjrD.js', {
      headers: { 'accept-encoding': 'gzip, br;q=0' },
    });
    expect(brotli.headers['content-encoding']).toBe('gzip');
  });

  it('answers a matching ETag with 304 and no body', async () => {
    const first = await send('/');
    const again = await send('/', { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body).toHaveLength(0);
  });

  it('logged no failures while answering all of the above', () => {
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
