import type { UserManager } from 'oidc-client-ts';
import { useCallback, useEffect, useState } from 'react';
import { AuthProvider } from '../auth/AuthProvider';
import { createUserManager } from '../auth/user-manager';
import { loadRuntimeConfig, type RuntimeConfig } from '../config/runtime-config';
import { ConfigErrorPage } from '../pages/ConfigErrorPage';
import { LoadingPage } from '../pages/LoadingPage';
import { callbackPath, usePathname } from '../routing/router';
import { PortalRoutes } from './PortalRoutes';

type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly config: RuntimeConfig; readonly userManager: UserManager };

/** Loads the runtime settings, then runs the portal with an OpenID Connect session built from them. */
export function PortalApp() {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const path = usePathname();

  const load = useCallback(async () => {
    setBoot({ status: 'loading' });
    try {
      const config = await loadRuntimeConfig();
      setBoot({ status: 'ready', config, userManager: createUserManager(config, window.location.origin) });
    } catch {
      setBoot({ status: 'failed' });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  switch (boot.status) {
    case 'loading':
      return <LoadingPage />;
    case 'failed':
      return <ConfigErrorPage onRetry={() => void load()} />;
    case 'ready':
      return (
        <AuthProvider userManager={boot.userManager} restore={path !== callbackPath}>
          <PortalRoutes config={boot.config} />
        </AuthProvider>
      );
  }
}
