import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionDetails, Provider } from 'oidc-provider';
import { authenticate } from './credentials';
import type { JsonLog } from './json-log';
import { errorPage, loginPage, type HtmlPage } from './pages';
import { findClient } from './realm';

const maxFormBytes = 16 * 1024;

/** What the sign-in pages need. */
export interface LoginFlowDeps {
  provider: Provider;
  log: JsonLog;
}

/** Handles GET and POST of one interaction's sign-in page: `uid` comes from the path. */
export type LoginHandler = (req: IncomingMessage, res: ServerResponse, uid: string) => Promise<void>;

/**
 * The authorization flow's own sign-in page. Login checks the realm's demo credentials; consent
 * is granted without asking, since every client of the realm is first-party.
 */
export function createLoginHandler({ provider, log }: LoginFlowDeps): LoginHandler {
  return async (req, res, uid) => {
    let details: InteractionDetails;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      sendPage(res, 400, errorPage('invalid_request', 'The sign-in session expired or was already used.'));
      return;
    }
    if (details.uid !== uid) {
      sendPage(
        res,
        400,
        errorPage('invalid_request', 'This sign-in page does not belong to the current sign-in.'),
      );
      return;
    }
    const clientId = typeof details.params['client_id'] === 'string' ? details.params['client_id'] : '';
    const client = findClient(clientId);
    if (!client) {
      sendPage(res, 400, errorPage('invalid_client', 'Unknown client.'));
      return;
    }
    const action = req.url ?? '';

    if (details.prompt.name === 'consent') {
      await grantConsent(provider, req, res, details, clientId);
      return;
    }
    if (details.prompt.name !== 'login') {
      sendPage(res, 400, errorPage('invalid_request', 'Unsupported sign-in step.'));
      return;
    }
    if (req.method === 'GET') {
      sendPage(res, 200, loginPage({ action, clientName: client.name }));
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, POST' }).end();
      return;
    }

    const form = await readForm(req);
    if (!form) {
      sendPage(res, 400, errorPage('invalid_request', 'The form could not be read.'));
      return;
    }
    const username = form.get('username') ?? '';
    const user = authenticate(username, form.get('password') ?? '');
    if (!user) {
      log.warn('sign_in_failed', { clientId });
      sendPage(res, 401, loginPage({ action, clientName: client.name, username, failed: true }));
      return;
    }
    log.info('signed_in', { clientId });
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.id } },
      { mergeWithLastSubmission: false },
    );
  };
}

async function grantConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  details: InteractionDetails,
  clientId: string,
): Promise<void> {
  const accountId = details.session?.accountId;
  if (!accountId) {
    sendPage(res, 400, errorPage('invalid_request', 'Sign in first.'));
    return;
  }
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details;
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxFormBytes) return undefined;
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Writes an HTML page with headers that keep it out of frames and caches. */
export function sendPage(res: ServerResponse, status: number, page: HtmlPage): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': page.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(page.body);
}
