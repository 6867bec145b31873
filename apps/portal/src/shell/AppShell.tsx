import { useEffect, useRef, type ReactNode } from 'react';
import type { Principal } from '../auth/principal';
import { useI18n } from '../i18n/I18nProvider';
import { usePathname } from '../routing/router';
import { AppHeader } from './AppHeader';
import { RoleNavigation } from './RoleNavigation';

/** The frame of every signed-in page: header, role navigation, the page itself and a footer. */
export function AppShell({ principal, children }: { principal: Principal; children: ReactNode }) {
  const { t } = useI18n();
  const path = usePathname();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(path);

  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    // Moving to another page starts at its top, and screen readers start reading its content.
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [path]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader principal={principal} />
      <div className="app__body">
        <RoleNavigation roles={principal.roles} />
        <main id="main" ref={main} className="app__main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="app__footer">{t('app.footer')}</footer>
    </div>
  );
}
