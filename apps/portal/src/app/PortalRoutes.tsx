import { useAuth } from '../auth/AuthProvider';
import { HomePage } from '../home/HomePage';
import { CallbackPage } from '../pages/CallbackPage';
import { LoadingPage } from '../pages/LoadingPage';
import { NoRolePage } from '../pages/NoRolePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SessionExpiredPage } from '../pages/SessionExpiredPage';
import { SignInPage } from '../pages/SignInPage';
import { callbackPath, usePathname } from '../routing/router';
import { AppShell } from '../shell/AppShell';

/** Picks the page for the current path and session state. */
export function PortalRoutes({ centerUrl }: { centerUrl: string }) {
  const path = usePathname();
  const { state } = useAuth();

  if (path === callbackPath) return <CallbackPage />;
  switch (state.status) {
    case 'restoring':
      return <LoadingPage />;
    case 'signed-out':
      return <SignInPage returnTo={path} />;
    case 'expired':
      return <SessionExpiredPage returnTo={path} />;
    case 'signed-in': {
      const { principal, accessToken } = state;
      if (principal.roles.length === 0) return <NoRolePage username={principal.username} />;
      return (
        <AppShell principal={principal}>
          {path === '/' ? (
            <HomePage principal={principal} accessToken={accessToken} centerUrl={centerUrl} />
          ) : (
            <NotFoundPage />
          )}
        </AppShell>
      );
    }
  }
}
