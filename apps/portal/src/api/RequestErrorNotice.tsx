import { useI18n } from '../i18n/I18nProvider';
import type { Translate } from '../i18n/translate';
import { formatClockTime } from '../i18n/time-format';
import type { ServiceRequestError } from './service-request';

/**
 * A failed request explained: what could not be done, why in plain words, and the service's error code
 * and correlation id (the id the service's own log carries), so support can find the failure.
 */
export function RequestErrorNotice({
  title,
  error,
  serviceUrl,
  staleSince = null,
  retrying = false,
}: {
  title: string;
  error: ServiceRequestError;
  /** Where the service was asked, named when it could not be reached. */
  serviceUrl: string;
  /** When the data still on screen was fetched, if any is. */
  staleSince?: Date | null;
  /** Whether the request is repeated on its own (polled data). */
  retrying?: boolean;
}) {
  const { t, locale } = useI18n();
  const { serviceCode, serviceMessage, correlationId } = error.details;
  const hasDetails = serviceCode !== undefined || correlationId !== undefined || serviceMessage !== undefined;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>
        {requestErrorMessage(error, serviceUrl, t)}
        {retrying && error.code !== 'UNAUTHENTICATED' && <> {t('request.retrying')}</>}
      </p>
      {hasDetails && (
        <dl className="notice__details">
          {serviceCode !== undefined && (
            <div>
              <dt>{t('request.errorCode')}</dt>
              <dd>
                <code>{serviceCode}</code>
              </dd>
            </div>
          )}
          {correlationId !== undefined && (
            <div>
              <dt>{t('request.correlationId')}</dt>
              <dd>
                <code>{correlationId}</code>
              </dd>
            </div>
          )}
          {serviceMessage !== undefined && (
            <div className="notice__message">
              <dt>{t('request.serviceMessage')}</dt>
              <dd>{serviceMessage}</dd>
            </div>
          )}
        </dl>
      )}
      {staleSince !== null && (
        <p className="notice__stale">{t('request.stale', { time: formatClockTime(staleSince, locale) })}</p>
      )}
    </div>
  );
}

/** The plain-words reason of a failed request, naming the service that failed. */
export function requestErrorMessage(error: ServiceRequestError, serviceUrl: string, t: Translate): string {
  const status = error.details.status ?? '—';
  const center = error.service === 'center';
  switch (error.code) {
    case 'UNREACHABLE':
      return center
        ? t('request.center.unreachable', { url: serviceUrl })
        : t('request.node.unreachable', { url: serviceUrl });
    case 'UNAUTHENTICATED':
      return center ? t('request.center.unauthenticated') : t('request.node.unauthenticated');
    case 'FORBIDDEN':
      return center ? t('request.center.forbidden') : t('request.node.forbidden');
    case 'NOT_FOUND':
      return center ? t('request.center.notFound') : t('request.node.notFound');
    case 'CONFLICT':
      return center ? t('request.center.conflict') : t('request.node.conflict');
    case 'REJECTED':
      return center ? t('request.center.rejected', { status }) : t('request.node.rejected', { status });
    case 'FAILED':
      return center ? t('request.center.failed', { status }) : t('request.node.failed', { status });
    case 'INVALID_RESPONSE':
      return center ? t('request.center.invalidResponse') : t('request.node.invalidResponse');
  }
}
