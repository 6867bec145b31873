import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { JsonLog } from './json-log';
import { errorPage } from './pages';
import { sendPage, type LoginHandler } from './login-flow';

/** What the HTTP front needs. */
export interface IssuerServerDeps {
  provider: Provider;
  /** Path of the realm URL, e.g. /realms/lattice. */
  realmPath: string;
  login: LoginHandler;
  log: JsonLog;
}

type PathRequest = IncomingMessage & { originalUrl?: string };

/**
 * Routes `/health/live`, the sign-in pages under `<realm>/login-actions/authenticate/<uid>`
 * and everything else under the realm path to oidc-provider; any other path is a JSON 404.
 */
export function createIssuerServer({ provider, realmPath, login, log }: IssuerServerDeps): Server {
  const providerCallback = provider.callback();
  const loginPrefix = `${realmPath}/login-actions/authenticate/`;

  const handle = async (req: PathRequest, res: ServerResponse) => {
    const rawUrl = req.url ?? '/';
    const path = rawUrl.split('?')[0] ?? '/';

    if (path === '/health/live') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, { error: 'method_not_allowed' });
      return sendJson(res, 200, { status: 'ok' });
    }
    if (path.startsWith(loginPrefix)) {
      const uid = decodePathSegment(path.slice(loginPrefix.length));
      if (!uid || uid.includes('/')) return sendJson(res, 404, notFound);
      return login(req, res, uid);
    }
    if (path === realmPath || path.startsWith(`${realmPath}/`)) {
      // oidc-provider derives its mount path from originalUrl minus url, so the URLs it
      // advertises keep the /realms/<name> prefix.
      req.originalUrl = rawUrl;
      req.url = rawUrl.slice(realmPath.length) || '/';
      return providerCallback(req, res);
    }
    return sendJson(res, 404, notFound);
  };

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('request_failed', { error: error instanceof Error ? error.name : 'unknown' });
      if (res.headersSent) {
        res.destroy();
      } else {
        sendPage(res, 500, errorPage('server_error', 'The issuer failed to handle the request.'));
      }
    });
  });
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const notFound = { error: 'not_found', error_description: 'No such endpoint.' };

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
