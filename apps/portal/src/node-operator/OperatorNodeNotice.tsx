import { useI18n } from '../i18n/I18nProvider';
import type { OperatorNode } from './operator-node';

/** Why an operator's node pages cannot work: no node on the account, or a node the portal has no address for. */
export function OperatorNodeNotice({ node }: { node: Exclude<OperatorNode, { kind: 'ready' }> }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--warning" role="alert">
      {node.kind === 'no-node' ? (
        <>
          <p className="notice__title">{t('operator.noNode.title')}</p>
          <p>{t('operator.noNode.body')}</p>
        </>
      ) : (
        <>
          <p className="notice__title">{t('operator.noUrl.title', { nodeId: node.nodeId })}</p>
          <p>{t('operator.noUrl.body', { nodeId: node.nodeId })}</p>
        </>
      )}
    </div>
  );
}

/** The line above an operator page's title naming the node it shows. */
export function NodeContext({ nodeId }: { nodeId: string }) {
  const { t } = useI18n();
  return (
    <>
      {t('operator.nodeContext')} <code className="node-id">{nodeId}</code>
    </>
  );
}
