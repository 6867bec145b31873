import { RequestErrorNotice } from '../api/RequestErrorNotice';
import { RefreshStatus } from '../api/RefreshStatus';
import type { ResourceState } from '../api/use-service-resource';
import { useI18n } from '../i18n/I18nProvider';
import { formatCount } from '../i18n/number-format';
import { formatDateTime, formatRelativeTime } from '../i18n/time-format';
import type { IngestActivity, IngestCounts, IngestEvent } from '../node-operator/node-client';
import { ReasonCode } from '../quarantine/ReasonCode';
import { Link } from '../routing/Link';
import { paths } from '../routing/paths';
import { Channel, OutcomeBadge } from './IngestLabels';

/** How often the activity is fetched again while it is on screen. */
export const activityRefreshSeconds = 10;

type CountName = keyof IngestCounts;

interface CountTile {
  readonly name: Exclude<CountName, 'released' | 'discarded'>;
  /** The tone the tile takes when its count is above zero. */
  readonly toneWhenAny: 'success' | 'warning' | 'error' | 'neutral';
}

const receivingTiles: readonly CountTile[] = [
  { name: 'received', toneWhenAny: 'neutral' },
  { name: 'duplicate', toneWhenAny: 'neutral' },
  { name: 'quarantined', toneWhenAny: 'warning' },
  { name: 'rejected', toneWhenAny: 'error' },
  { name: 'excluded', toneWhenAny: 'neutral' },
  { name: 'failed', toneWhenAny: 'error' },
];

const pushingTiles: readonly CountTile[] = [
  { name: 'pending', toneWhenAny: 'neutral' },
  { name: 'sent', toneWhenAny: 'neutral' },
  { name: 'confirmed', toneWhenAny: 'success' },
  { name: 'withdrawn', toneWhenAny: 'neutral' },
  { name: 'pushFailed', toneWhenAny: 'error' },
];

/** The node's ingest activity: counts of what arrived and what was pushed, and the latest events. */
export function IngestActivityView({
  state,
  now,
  nodeUrl,
  onRefresh,
}: {
  state: ResourceState<IngestActivity>;
  now: Date;
  nodeUrl: string;
  onRefresh: () => void;
}) {
  const { t } = useI18n();
  const { data, fetchedAt, error, loading } = state;
  return (
    <div className="page-sections" aria-busy={loading}>
      <RefreshStatus
        fetchedAt={fetchedAt}
        now={now}
        loading={loading}
        onRefresh={onRefresh}
        autoRefreshSeconds={activityRefreshSeconds}
      />
      {error !== null && (
        <RequestErrorNotice
          title={t('ingest.error.title')}
          error={error}
          serviceUrl={nodeUrl}
          staleSince={data ? fetchedAt : null}
          retrying
        />
      )}
      {data === null && error === null && (
        <p className="panel panel__state" role="status">
          {t('ingest.loading')}
        </p>
      )}
      {data !== null && (
        <>
          <CountGroup
            id="receiving"
            title={t('ingest.receiving')}
            tiles={receivingTiles}
            counts={data.counts}
          />
          <CountGroup id="pushing" title={t('ingest.pushing')} tiles={pushingTiles} counts={data.counts} />
          <RecentEvents events={data.recent} now={now} />
        </>
      )}
    </div>
  );
}

function CountGroup({
  id,
  title,
  tiles,
  counts,
}: {
  id: string;
  title: string;
  tiles: readonly CountTile[];
  counts: IngestCounts;
}) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby={`counts-${id}`}>
      <h2 className="section-title" id={`counts-${id}`}>
        {title}
      </h2>
      <dl className="stat-grid">
        {tiles.map(({ name, toneWhenAny }) => {
          const value = counts[name];
          return (
            <div
              key={name}
              className="stat"
              data-tone={value > 0 ? toneWhenAny : 'neutral'}
              data-count={name}
            >
              <dt className="stat__label">{t(`ingest.count.${name}`)}</dt>
              <dd className="stat__value">{formatCount(value, locale)}</dd>
              <dd className="stat__hint">
                {t(`ingest.count.${name}.hint`)}
                {name === 'quarantined' &&
                  counts.released !== undefined &&
                  counts.discarded !== undefined && (
                    <span className="stat__detail">
                      {t('ingest.count.quarantined.decided', {
                        released: formatCount(counts.released, locale),
                        discarded: formatCount(counts.discarded, locale),
                      })}
                    </span>
                  )}
                {name === 'quarantined' && value > 0 && (
                  <>
                    {' '}
                    <Link to={paths.nodeQuarantine}>{t('ingest.count.quarantined.review')}</Link>
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function RecentEvents({ events, now }: { events: readonly IngestEvent[]; now: Date }) {
  const { t, locale } = useI18n();
  return (
    <section className="panel" aria-labelledby="recent-title">
      <div className="panel__header">
        <h2 id="recent-title" className="panel__title">
          {t('ingest.recent.title')}
        </h2>
      </div>
      {events.length === 0 ? (
        <p className="panel__state">{t('ingest.recent.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('ingest.recent.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ingest.recent.when')}</th>
                <th scope="col">{t('ingest.recent.outcome')}</th>
                <th scope="col">{t('ingest.recent.via')}</th>
                <th scope="col">{t('ingest.recent.code')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event, index) => (
                <tr key={`${event.occurredAt.toISOString()}-${index}`}>
                  <td>
                    <time
                      dateTime={event.occurredAt.toISOString()}
                      title={formatDateTime(event.occurredAt, locale)}
                    >
                      {formatRelativeTime(event.occurredAt, now, locale)}
                    </time>
                  </td>
                  <td>
                    <OutcomeBadge outcome={event.outcome} />
                  </td>
                  <td>
                    <Channel receivedVia={event.receivedVia} />
                  </td>
                  <td className="data-table__wrap">
                    {event.code === null ? (
                      <span className="muted">—</span>
                    ) : (
                      <ReasonCode code={event.code} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
