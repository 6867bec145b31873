import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of pages shown outside a session (sign-in, expiry, errors): one centred card. */
export function PageFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="frame">
      <header className="frame__top">
        <Brand withTagline />
        <LanguageSwitch />
      </header>
      <main id="main" className="frame__main">
        <div className="card">{children}</div>
      </main>
      <footer className="frame__footer">{t('app.footer')}</footer>
    </div>
  );
}
