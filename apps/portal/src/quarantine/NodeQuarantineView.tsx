import { RequestErrorNotice } from '../api/RequestErrorNotice';
import { RefreshStatus } from '../api/RefreshStatus';
import type { ResourceState } from '../api/use-service-resource';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime, formatRelativeTime } from '../i18n/time-format';
import type { QuarantineDecision, QuarantinedObject, QuarantineStatus } from '../node-operator/node-client';
import { Link } from '../routing/Link';
import { paths } from '../routing/paths';
import { QuarantineFacts } from './QuarantineFacts';
import { ReasonCode } from './ReasonCode';
import { reasonTextOf } from './reason-codes';

/** How often the quarantine is fetched again while it is on screen. */
export const quarantineRefreshSeconds = 30;

/** The outcome of the operator's last decision, shown above the list until the next one. */
export interface DecisionReceipt {
  readonly decision: QuarantineDecision;
  readonly decidedAt: Date;
}

/** The node's quarantine in one status: waiting items with their actions, or the decided ones as history. */
export function NodeQuarantineView({
  status,
  state,
  now,
  nodeUrl,
  receipt,
  onRefresh,
  onChoose,
}: {
  status: QuarantineStatus;
  state: ResourceState<readonly QuarantinedObject[]>;
  now: Date;
  nodeUrl: string;
  receipt: DecisionReceipt | null;
  onRefresh: () => void;
  /** Opens the confirmation of a release or discard. */
  onChoose: (item: QuarantinedObject, decision: QuarantineDecision) => void;
}) {
  const { t, locale } = useI18n();
  const { data: items, fetchedAt, error, loading } = state;
  return (
    <div className="page-sections" aria-busy={loading}>
      <div className="toolbar">
        <nav className="segmented" aria-label={t('quarantine.statusNav')}>
          {(['waiting', 'released', 'discarded'] as const).map((option) => (
            <Link
              key={option}
              to={option === 'waiting' ? paths.nodeQuarantine : `${paths.nodeQuarantine}?status=${option}`}
              className="segmented__option"
              aria-current={option === status ? 'page' : undefined}
            >
              {t(`quarantine.status.${option}`)}
            </Link>
          ))}
        </nav>
        <RefreshStatus
          fetchedAt={fetchedAt}
          now={now}
          loading={loading}
          onRefresh={onRefresh}
          autoRefreshSeconds={quarantineRefreshSeconds}
        />
      </div>
      {receipt !== null && (
        <p className="notice notice--success" role="status">
          {receipt.decision === 'release'
            ? t('quarantine.released', { time: formatDateTime(receipt.decidedAt, locale) })
            : t('quarantine.discarded', { time: formatDateTime(receipt.decidedAt, locale) })}
        </p>
      )}
      {error !== null && (
        <RequestErrorNotice
          title={t('quarantine.error.title')}
          error={error}
          serviceUrl={nodeUrl}
          staleSince={items ? fetchedAt : null}
          retrying
        />
      )}
      {items === null && error === null && (
        <p className="panel panel__state" role="status">
          {t('quarantine.loading')}
        </p>
      )}
      {items !== null && items.length === 0 && (
        <p className="panel panel__state">{t(`quarantine.empty.${status}`)}</p>
      )}
      {items !== null && items.length > 0 && status === 'waiting' && (
        <ul className="card-list" aria-label={t('quarantine.waitingList')}>
          {items.map((item) => (
            <li key={item.id}>
              <WaitingCard item={item} now={now} onChoose={onChoose} />
            </li>
          ))}
        </ul>
      )}
      {items !== null && items.length > 0 && status !== 'waiting' && <DecidedTable items={items} />}
    </div>
  );
}

function WaitingCard({
  item,
  now,
  onChoose,
}: {
  item: QuarantinedObject;
  now: Date;
  onChoose: (item: QuarantinedObject, decision: QuarantineDecision) => void;
}) {
  const { t, locale } = useI18n();
  const headingId = `quarantined-${item.id}`;
  const whyId = `quarantined-${item.id}-why`;
  const explanation = reasonTextOf(item.code)?.explanation;
  return (
    <article className="quarantine-card" aria-labelledby={headingId}>
      <header className="quarantine-card__header">
        <h2 className="quarantine-card__title" id={headingId}>
          <ReasonCode code={item.code} />
        </h2>
        <time
          className="quarantine-card__time"
          dateTime={item.receivedAt.toISOString()}
          title={formatDateTime(item.receivedAt, locale)}
        >
          {t('quarantine.receivedAgo', { time: formatRelativeTime(item.receivedAt, now, locale) })}
        </time>
      </header>
      {explanation !== undefined && <p className="quarantine-card__explanation">{t(explanation)}</p>}
      <p className="quarantine-card__reason">
        <span className="quarantine-card__reason-label">{t('quarantine.engineSays')}</span> {item.reason}
      </p>
      <QuarantineFacts item={item} />
      <div className="quarantine-card__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!item.releasable}
          aria-describedby={item.releasable ? undefined : whyId}
          onClick={() => onChoose(item, 'release')}
        >
          {t('quarantine.release.open')}
        </button>
        <button
          type="button"
          className="button button--danger-quiet"
          onClick={() => onChoose(item, 'discard')}
        >
          {t('quarantine.discard.open')}
        </button>
        {!item.releasable && (
          <p className="quarantine-card__why" id={whyId}>
            {t('quarantine.notReleasable')}
          </p>
        )}
      </div>
    </article>
  );
}

function DecidedTable({ items }: { items: readonly QuarantinedObject[] }) {
  const { t, locale } = useI18n();
  return (
    <section className="panel">
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('quarantine.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quarantine.history.decided')}</th>
              <th scope="col">{t('quarantine.history.by')}</th>
              <th scope="col">{t('quarantine.history.note')}</th>
              <th scope="col">{t('quarantine.history.reason')}</th>
              <th scope="col">{t('quarantine.fact.modality')}</th>
              <th scope="col">{t('quarantine.fact.received')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  {item.decidedAt === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <time dateTime={item.decidedAt.toISOString()}>
                      {formatDateTime(item.decidedAt, locale)}
                    </time>
                  )}
                </td>
                <td>{item.decidedBy ?? <span className="muted">—</span>}</td>
                <td className="data-table__wrap">{item.decisionNote ?? <span className="muted">—</span>}</td>
                <td className="data-table__wrap">
                  <ReasonCode code={item.code} />
                </td>
                <td>{item.modality ?? <span className="muted">—</span>}</td>
                <td>
                  <time dateTime={item.receivedAt.toISOString()}>
                    {formatDateTime(item.receivedAt, locale)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
