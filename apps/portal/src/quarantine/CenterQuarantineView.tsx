import { RequestErrorNotice } from '../api/RequestErrorNotice';
import { RefreshStatus } from '../api/RefreshStatus';
import type { ResourceState } from '../api/use-service-resource';
import { SopClass } from '../dicom/SopClass';
import { useI18n } from '../i18n/I18nProvider';
import { formatCount } from '../i18n/number-format';
import { formatDateTime } from '../i18n/time-format';
import type { PlainMessageKey } from '../i18n/translate';
import type { CenterQuarantineList } from './center-quarantine-client';
import { ReasonCode } from './ReasonCode';

const statusLabels: Readonly<Record<string, { label: PlainMessageKey; tone: string }>> = {
  waiting: { label: 'centerQuarantine.status.waiting', tone: 'warning' },
  released: { label: 'centerQuarantine.status.released', tone: 'success' },
  discarded: { label: 'centerQuarantine.status.discarded', tone: 'neutral' },
};

/** What stage 2 held back at the center, waiting items first, each with its reason in plain words. */
export function CenterQuarantineView({
  state,
  now,
  centerUrl,
  onRefresh,
}: {
  state: ResourceState<CenterQuarantineList>;
  now: Date;
  centerUrl: string;
  onRefresh: () => void;
}) {
  const { t, locale } = useI18n();
  const { data, fetchedAt, error, loading } = state;
  const items = data?.items ?? null;
  const waiting = items?.filter((item) => item.status === 'waiting').length ?? 0;
  const ordered = items
    ? [...items].sort(
        (a, b) =>
          Number(b.status === 'waiting') - Number(a.status === 'waiting') ||
          b.receivedAt.getTime() - a.receivedAt.getTime(),
      )
    : [];
  return (
    <div className="page-sections" aria-busy={loading}>
      <RefreshStatus fetchedAt={fetchedAt} now={now} loading={loading} onRefresh={onRefresh} />
      {error !== null && (
        <RequestErrorNotice
          title={t('centerQuarantine.error.title')}
          error={error}
          serviceUrl={centerUrl}
          staleSince={items ? fetchedAt : null}
        />
      )}
      {items === null && error === null && (
        <p className="panel panel__state" role="status">
          {t('centerQuarantine.loading')}
        </p>
      )}
      {items !== null && (
        <section className="panel" aria-labelledby="center-quarantine-title">
          <div className="panel__header">
            <div>
              <h2 className="panel__title" id="center-quarantine-title">
                {t('centerQuarantine.listTitle')}
              </h2>
              <p className="panel__meta">
                <span className="panel__summary">
                  {t('centerQuarantine.summary', {
                    waiting: formatCount(waiting, locale),
                    total: formatCount(data?.total ?? items.length, locale),
                  })}
                </span>
                {data !== null && data.total > items.length && (
                  <>
                    <span aria-hidden="true"> · </span>
                    {t('centerQuarantine.newest', { count: formatCount(items.length, locale) })}
                  </>
                )}
              </p>
            </div>
          </div>
          {items.length === 0 ? (
            <p className="panel__state">{t('centerQuarantine.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('centerQuarantine.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('centerQuarantine.column.received')}</th>
                    <th scope="col">{t('centerQuarantine.column.site')}</th>
                    <th scope="col">{t('centerQuarantine.column.reason')}</th>
                    <th scope="col">{t('centerQuarantine.column.object')}</th>
                    <th scope="col">{t('centerQuarantine.column.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ordered.map((item) => {
                    const status = Object.hasOwn(statusLabels, item.status)
                      ? statusLabels[item.status]
                      : undefined;
                    return (
                      <tr key={item.id}>
                        <td>
                          <time dateTime={item.receivedAt.toISOString()}>
                            {formatDateTime(item.receivedAt, locale)}
                          </time>
                        </td>
                        <td>
                          <code className="node-id">{item.site}</code>
                        </td>
                        <td className="data-table__wrap data-table__reason">
                          <ReasonCode code={item.code} explain />
                          <span className="reason__engine">{item.reason}</span>
                        </td>
                        <td className="data-table__wrap">
                          <SopClass uid={item.sopClassUid} />
                          {item.modality !== null && <span className="muted"> · {item.modality}</span>}
                        </td>
                        <td>
                          <span className="tone-badge" data-tone={status?.tone ?? 'neutral'}>
                            {status === undefined ? item.status : t(status.label)}
                          </span>
                          {item.decidedAt !== null && (
                            <span className="cell-note">
                              {t('centerQuarantine.decided', {
                                time: formatDateTime(item.decidedAt, locale),
                                by: item.decidedBy ?? '—',
                              })}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
