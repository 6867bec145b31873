import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from '../config/runtime-config';
import { callbackPath } from '../routing/router';

/**
 * The OpenID Connect client of the portal: authorization code with PKCE (S256, oidc-client-ts's default
 * for the code flow), the session kept in this tab's session storage, sign-out through end_session.
 */
export function createUserManager(config: RuntimeConfig, origin: string): UserManager {
  const sessionStore = new WebStorageStateStore({ store: window.sessionStorage });
  return new UserManager({
    authority: config.issuerUrl,
    client_id: config.clientId,
    redirect_uri: `${origin}${callbackPath}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: sessionStore,
    stateStore: sessionStore,
    // Renewal happens only with a refresh token (see AuthProvider); the iframe method needs third-party
    // cookies and a silent callback page, which the portal does not rely on.
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
  });
}
