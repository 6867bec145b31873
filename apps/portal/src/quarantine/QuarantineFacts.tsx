import { SopClass } from '../dicom/SopClass';
import { useI18n } from '../i18n/I18nProvider';
import { formatByteSize } from '../i18n/number-format';
import { formatDateTime } from '../i18n/time-format';
import { Channel } from '../ingest/IngestLabels';
import type { QuarantinedObject } from '../node-operator/node-client';

/** The non-identifying facts of a quarantined object: how and when it came, what it is, how big. */
export function QuarantineFacts({ item, compact = false }: { item: QuarantinedObject; compact?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <dl className={compact ? 'fact-list fact-list--compact' : 'fact-list'}>
      <div>
        <dt>{t('quarantine.fact.received')}</dt>
        <dd>
          <time dateTime={item.receivedAt.toISOString()}>{formatDateTime(item.receivedAt, locale)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('quarantine.fact.via')}</dt>
        <dd>
          <Channel receivedVia={item.receivedVia} />
          {item.callingAeTitle !== null && (
            <>
              {' '}
              <span className="muted">{t('quarantine.fact.from', { aeTitle: item.callingAeTitle })}</span>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('quarantine.fact.sopClass')}</dt>
        <dd>
          <SopClass uid={item.sopClassUid} />
        </dd>
      </div>
      <div>
        <dt>{t('quarantine.fact.modality')}</dt>
        <dd>{item.modality ?? <span className="muted">—</span>}</dd>
      </div>
      <div>
        <dt>{t('quarantine.fact.manufacturer')}</dt>
        <dd>{item.manufacturer ?? <span className="muted">—</span>}</dd>
      </div>
      <div>
        <dt>{t('quarantine.fact.size')}</dt>
        <dd>{formatByteSize(item.byteLength, locale)}</dd>
      </div>
    </dl>
  );
}
