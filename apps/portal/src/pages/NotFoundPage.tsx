import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';

/** A portal path that leads nowhere. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1 className="page__title">{t('notFound.title')}</h1>
      <p className="page__lead">{t('notFound.body')}</p>
      <Link to="/" className="button button--secondary">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
