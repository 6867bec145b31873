import type { ReactNode } from 'react';
import type { Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import { AppHeader } from './AppHeader';
import { RoleNavigation } from './RoleNavigation';

/** The frame of every signed-in page: header, role navigation, the page itself and a footer. */
export function AppShell({ principal, children }: { principal: Principal; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader principal={principal} />
      <div className="app__body">
        <RoleNavigation roles={principal.roles} />
        <main id="main" className="app__main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="app__footer">{t('app.footer')}</footer>
    </div>
  );
}
