import { RequestErrorNotice } from '../api/RequestErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime, formatRelativeTime } from '../i18n/time-format';
import type { HospitalNode, NodeStatus } from './center-client';
import { nodeListRefreshMs, type NodeListState } from './use-node-list';

/** The center's hospital nodes with their status, plus loading, empty and error states. */
export function NodeTable({
  state,
  now,
  centerUrl,
  onRefresh,
}: {
  state: NodeListState;
  now: Date;
  centerUrl: string;
  onRefresh: () => void;
}) {
  const { t, locale } = useI18n();
  const { data: nodes, fetchedAt, error, loading } = state;
  const online = nodes?.filter((node) => node.status === 'online').length ?? 0;

  return (
    <section id="nodes" className="panel" aria-labelledby="nodes-title" aria-busy={loading}>
      <div className="panel__header">
        <div>
          <h4 id="nodes-title" className="panel__title">
            {t('nodes.title')}
          </h4>
          {nodes !== null && fetchedAt !== null && (
            <p className="panel__meta">
              <span className="panel__summary">{t('nodes.summary', { online, total: nodes.length })}</span>
              <span aria-hidden="true"> · </span>
              <time dateTime={fetchedAt.toISOString()} title={formatDateTime(fetchedAt, locale)}>
                {t('request.updated', { time: formatRelativeTime(fetchedAt, now, locale) })}
              </time>
            </p>
          )}
        </div>
        <div className="panel__actions">
          <span className="panel__hint">
            {t('request.autoRefresh', { seconds: nodeListRefreshMs / 1000 })}
          </span>
          <button type="button" className="button button--secondary" onClick={onRefresh} disabled={loading}>
            {t('request.refresh')}
          </button>
        </div>
      </div>

      {error !== null && (
        <RequestErrorNotice
          title={t('nodes.error.title')}
          error={error}
          serviceUrl={centerUrl}
          staleSince={nodes ? fetchedAt : null}
          retrying
        />
      )}

      {nodes === null && error === null && (
        <p className="panel__state" role="status">
          {t('nodes.loading')}
        </p>
      )}

      {nodes !== null && nodes.length === 0 && <p className="panel__state">{t('nodes.empty')}</p>}

      {nodes !== null && nodes.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('nodes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('nodes.column.id')}</th>
                <th scope="col">{t('nodes.column.name')}</th>
                <th scope="col">{t('nodes.column.hospital')}</th>
                <th scope="col">{t('nodes.column.status')}</th>
                <th scope="col">{t('nodes.column.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {[...nodes]
                .sort((a, b) => a.id.localeCompare(b.id))
                .map((node) => (
                  <NodeRow key={node.id} node={node} now={now} />
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function NodeRow({ node, now }: { node: HospitalNode; now: Date }) {
  const { t, locale } = useI18n();
  return (
    <tr>
      <th scope="row">
        <code className="node-id">{node.id}</code>
      </th>
      <td>{node.displayName}</td>
      <td className="data-table__wrap">{node.hospital}</td>
      <td>
        <StatusBadge status={node.status} />
      </td>
      <td>
        {node.lastSeenAt === null ? (
          <span className="muted">{t('nodes.neverSeen')}</span>
        ) : (
          <time dateTime={node.lastSeenAt.toISOString()} title={formatDateTime(node.lastSeenAt, locale)}>
            {formatRelativeTime(node.lastSeenAt, now, locale)}
          </time>
        )}
      </td>
    </tr>
  );
}

function StatusBadge({ status }: { status: NodeStatus }) {
  const { t } = useI18n();
  return (
    <span className="status-badge" data-status={status}>
      <span className="status-badge__dot" aria-hidden="true" />
      {status === 'online' ? t('nodes.status.online') : t('nodes.status.offline')}
    </span>
  );
}
