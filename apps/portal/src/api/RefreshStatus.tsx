import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime, formatRelativeTime } from '../i18n/time-format';

/** When data on screen was fetched, whether it refreshes on its own, and a button to fetch it now. */
export function RefreshStatus({
  fetchedAt,
  now,
  loading,
  onRefresh,
  autoRefreshSeconds,
}: {
  fetchedAt: Date | null;
  now: Date;
  loading: boolean;
  onRefresh: () => void;
  /** Set when the data is fetched again on its own every so many seconds. */
  autoRefreshSeconds?: number;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="refresh-status">
      <p className="refresh-status__text">
        {fetchedAt !== null && (
          <time dateTime={fetchedAt.toISOString()} title={formatDateTime(fetchedAt, locale)}>
            {t('request.updated', { time: formatRelativeTime(fetchedAt, now, locale) })}
          </time>
        )}
        {fetchedAt !== null && autoRefreshSeconds !== undefined && <span aria-hidden="true"> · </span>}
        {autoRefreshSeconds !== undefined && (
          <span>{t('request.autoRefresh', { seconds: autoRefreshSeconds })}</span>
        )}
      </p>
      <button type="button" className="button button--secondary" onClick={onRefresh} disabled={loading}>
        {t('request.refresh')}
      </button>
    </div>
  );
}
