import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalApp } from './app/PortalApp';
import { I18nProvider, initialBrowserLocale } from './i18n/I18nProvider';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nProvider initialLocale={initialBrowserLocale()}>
      <PortalApp />
    </I18nProvider>
  </StrictMode>,
);
