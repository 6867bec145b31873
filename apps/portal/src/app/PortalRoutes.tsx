import { useAuth } from '../auth/AuthProvider';
import type { Principal } from '../auth/principal';
import { StudiesPage } from '../catalog/StudiesPage';
import { StudyPage } from '../catalog/StudyPage';
import type { RuntimeConfig } from '../config/runtime-config';
import { HomePage } from '../home/HomePage';
import { IngestActivityPage } from '../ingest/IngestActivityPage';
import { OptOutPage } from '../opt-outs/OptOutPage';
import { CallbackPage } from '../pages/CallbackPage';
import { LoadingPage } from '../pages/LoadingPage';
import { NoRolePage } from '../pages/NoRolePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RoleRequiredPage } from '../pages/RoleRequiredPage';
import { SessionExpiredPage } from '../pages/SessionExpiredPage';
import { SignInPage } from '../pages/SignInPage';
import { CenterQuarantinePage } from '../quarantine/CenterQuarantinePage';
import { NodeQuarantinePage } from '../quarantine/NodeQuarantinePage';
import { capabilityOfRoute, rolesWithCapability } from '../roles/capabilities';
import { resolveRoute, type PortalRoute } from '../routing/portal-route';
import { callbackPath, usePathname } from '../routing/router';
import { AppShell } from '../shell/AppShell';

/** Picks the page for the current path and session state; a page outside the user's roles says so. */
export function PortalRoutes({ config }: { config: RuntimeConfig }) {
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
          <RoutedPage
            route={resolveRoute(path)}
            principal={principal}
            accessToken={accessToken}
            config={config}
          />
        </AppShell>
      );
    }
  }
}

function RoutedPage({
  route,
  principal,
  accessToken,
  config,
}: {
  route: PortalRoute;
  principal: Principal;
  accessToken: string;
  config: RuntimeConfig;
}) {
  const capability = capabilityOfRoute(route);
  if (capability !== null) {
    const allowed = rolesWithCapability(capability);
    if (!principal.roles.some((role) => allowed.includes(role))) return <RoleRequiredPage roles={allowed} />;
  }
  const { centerUrl, nodeUrls } = config;
  switch (route.page) {
    case 'home':
      return <HomePage principal={principal} accessToken={accessToken} centerUrl={centerUrl} />;
    case 'ingest':
      return <IngestActivityPage principal={principal} accessToken={accessToken} nodeUrls={nodeUrls} />;
    case 'nodeQuarantine':
      return <NodeQuarantinePage principal={principal} accessToken={accessToken} nodeUrls={nodeUrls} />;
    case 'optOuts':
      return <OptOutPage principal={principal} accessToken={accessToken} nodeUrls={nodeUrls} />;
    case 'studies':
      return <StudiesPage centerUrl={centerUrl} accessToken={accessToken} />;
    case 'study':
      return (
        <StudyPage
          key={route.studyInstanceUid}
          studyInstanceUid={route.studyInstanceUid}
          centerUrl={centerUrl}
          accessToken={accessToken}
        />
      );
    case 'centerQuarantine':
      return <CenterQuarantinePage centerUrl={centerUrl} accessToken={accessToken} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
