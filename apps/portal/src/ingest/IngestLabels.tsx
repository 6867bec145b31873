import { useI18n } from '../i18n/I18nProvider';
import { channelLabelOf, outcomeLabelOf } from './ingest-labels';

/** An ingest outcome as a coloured label; an outcome the portal does not know is shown as the node wrote it. */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const { t } = useI18n();
  const known = outcomeLabelOf(outcome);
  return (
    <span className="tone-badge" data-tone={known?.tone ?? 'neutral'}>
      {known === null ? outcome : t(known.label)}
    </span>
  );
}

/** How an object arrived, in words. */
export function Channel({ receivedVia }: { receivedVia: string }) {
  const { t } = useI18n();
  const label = channelLabelOf(receivedVia);
  return <>{label === null ? receivedVia : t(label)}</>;
}
