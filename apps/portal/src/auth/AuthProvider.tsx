import type { User, UserManager } from 'oidc-client-ts';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { principalFromAccessToken, type Principal } from './principal';

/** Where the browser's session stands. */
export type AuthState =
  | { readonly status: 'restoring' }
  | { readonly status: 'signed-out'; readonly signInFailed: boolean }
  | { readonly status: 'signed-in'; readonly principal: Principal; readonly accessToken: string }
  | { readonly status: 'expired' };

/** The session and what can be done with it. */
export interface Auth {
  readonly state: AuthState;
  /** Sends the browser to the issuer's sign-in page; `returnTo` is the portal path to come back to. */
  readonly signIn: (returnTo: string) => Promise<void>;
  /** Finishes the code flow on the callback page; resolves with the state `signIn` sent along. */
  readonly completeSignIn: () => Promise<unknown>;
  /** Ends the session locally and at the issuer (end_session). */
  readonly signOut: () => Promise<void>;
  /** Called when a service rejects the access token (401), so the user is asked to sign in again. */
  readonly markExpired: () => void;
}

const AuthContext = createContext<Auth | null>(null);

function stateFromUser(user: User | null): AuthState {
  if (user === null) return { status: 'signed-out', signInFailed: false };
  if (user.expired) return { status: 'expired' };
  return {
    status: 'signed-in',
    principal: principalFromAccessToken(user.access_token),
    accessToken: user.access_token,
  };
}

/** Holds the OpenID Connect session: restores it from session storage, follows token expiry and renewal. */
export function AuthProvider({
  userManager,
  restore,
  children,
}: {
  userManager: UserManager;
  /** False on the callback page, which establishes the session itself. */
  restore: boolean;
  children: ReactNode;
}) {
  const [state, setState] = useState<AuthState>({ status: 'restoring' });
  const { locale } = useI18n();
  const callbackResult = useRef<Promise<unknown> | null>(null);

  useEffect(() => {
    if (!restore) return;
    let active = true;
    userManager
      .getUser()
      .then((user) => {
        if (active) setState(stateFromUser(user));
      })
      .catch(async () => {
        // A stored session that cannot be read (an issuer that changed its tokens) is discarded, not shown.
        await userManager.removeUser();
        if (active) setState({ status: 'signed-out', signInFailed: false });
      });
    return () => {
      active = false;
    };
  }, [userManager, restore]);

  useEffect(() => {
    const { events } = userManager;
    const onLoaded = (user: User) => {
      try {
        setState(stateFromUser(user));
      } catch {
        void userManager.removeUser();
        setState({ status: 'signed-out', signInFailed: false });
      }
    };
    const onExpired = () => setState({ status: 'expired' });
    const onExpiring = () => {
      void userManager.getUser().then((user) => {
        // With a refresh token the session renews quietly; without one it ends and the user is asked again.
        if (user?.refresh_token) return userManager.signinSilent().catch(() => undefined);
        return undefined;
      });
    };
    const removers = [
      events.addUserLoaded(onLoaded),
      events.addAccessTokenExpired(onExpired),
      events.addAccessTokenExpiring(onExpiring),
    ];
    return () => removers.forEach((remove) => remove());
  }, [userManager]);

  const signIn = useCallback(
    async (returnTo: string) => {
      try {
        // ui_locales asks the issuer (Keycloak) to show its sign-in page in the portal's language.
        await userManager.signinRedirect({ state: { returnTo }, ui_locales: locale });
      } catch {
        setState({ status: 'signed-out', signInFailed: true });
      }
    },
    [userManager, locale],
  );

  const completeSignIn = useCallback(() => {
    // React may run the callback effect twice in development; the code can be redeemed only once.
    callbackResult.current ??= userManager.signinRedirectCallback().then((user) => {
      setState(stateFromUser(user));
      return user.state;
    });
    return callbackResult.current;
  }, [userManager]);

  const signOut = useCallback(async () => {
    try {
      await userManager.signoutRedirect();
    } catch {
      // The issuer is unreachable: the local session still ends, which is what the user asked for.
      await userManager.removeUser();
      setState({ status: 'signed-out', signInFailed: false });
    }
  }, [userManager]);

  const markExpired = useCallback(() => setState({ status: 'expired' }), []);

  const value = useMemo<Auth>(
    () => ({ state, signIn, completeSignIn, signOut, markExpired }),
    [state, signIn, completeSignIn, signOut, markExpired],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The current session. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error('useAuth must be used inside AuthProvider');
  return auth;
}
