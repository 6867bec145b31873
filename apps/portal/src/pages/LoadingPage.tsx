import { useI18n } from '../i18n/I18nProvider';
import { PageFrame } from '../shell/PageFrame';

/** Shown while the portal reads its settings or restores the session. */
export function LoadingPage({ message }: { message?: string }) {
  const { t } = useI18n();
  return (
    <PageFrame>
      <p className="progress" role="status">
        <span className="spinner" aria-hidden="true" />
        {message ?? t('boot.loading')}
      </p>
    </PageFrame>
  );
}
