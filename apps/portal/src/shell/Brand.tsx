import { useI18n } from '../i18n/I18nProvider';

/** The product mark and name; `withTagline` adds the one-line description beside it. */
export function Brand({ withTagline = false }: { withTagline?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" className="brand__tile" />
        <path d="M9 9h14M9 16h14M9 23h14M9 9v14M16 9v14M23 9v14" className="brand__grid" />
        <circle cx="23" cy="9" r="2.6" className="brand__node" />
        <circle cx="9" cy="23" r="2.6" className="brand__node" />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
      {withTagline && <span className="brand__tagline">{t('app.tagline')}</span>}
    </span>
  );
}
