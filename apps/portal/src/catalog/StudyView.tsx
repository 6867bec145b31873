import { RequestErrorNotice } from '../api/RequestErrorNotice';
import type { ResourceState } from '../api/use-service-resource';
import { useI18n } from '../i18n/I18nProvider';
import { formatCount } from '../i18n/number-format';
import { formatDateTime } from '../i18n/time-format';
import type { StudyDetail } from './catalog-client';
import { formatDicomDate } from './dicom-date';
import { ProvenancePanel } from './ProvenancePanel';
import { SeriesTable } from './SeriesTable';
import { ChipList } from './StudiesView';

/** One study: its facts, its de-identification provenance, and its series with their instances. */
export function StudyView({ state, centerUrl }: { state: ResourceState<StudyDetail>; centerUrl: string }) {
  const { t } = useI18n();
  const { data: study, error, loading } = state;
  return (
    <div className="page-sections" aria-busy={loading}>
      {error !== null && (
        <RequestErrorNotice
          title={error.code === 'NOT_FOUND' ? t('study.error.notFound') : t('study.error.title')}
          error={error}
          serviceUrl={centerUrl}
        />
      )}
      {study === null && error === null && (
        <p className="panel panel__state" role="status">
          {t('study.loading')}
        </p>
      )}
      {study !== null && (
        <>
          <StudyFacts study={study} />
          <ProvenancePanel provenance={study.provenance} numberOfInstances={study.numberOfInstances} />
          <SeriesTable series={study.series} />
        </>
      )}
    </div>
  );
}

function StudyFacts({ study }: { study: StudyDetail }) {
  const { t, locale } = useI18n();
  return (
    <section className="panel panel--padded" aria-labelledby="study-facts">
      <h2 id="study-facts" className="visually-hidden">
        {t('study.facts')}
      </h2>
      <dl className="fact-grid">
        <div>
          <dt>{t('study.fact.date')}</dt>
          <dd>{study.studyDate === null ? '—' : formatDicomDate(study.studyDate, locale)}</dd>
        </div>
        <div>
          <dt>{t('study.fact.site')}</dt>
          <dd>
            <code className="node-id">{study.site}</code>
          </dd>
        </div>
        <div>
          <dt>{t('study.fact.modalities')}</dt>
          <dd>
            <ChipList values={study.modalities} />
          </dd>
        </div>
        <div>
          <dt>{t('study.fact.manufacturers')}</dt>
          <dd>{study.manufacturers.join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('study.fact.series')}</dt>
          <dd>{formatCount(study.numberOfSeries, locale)}</dd>
        </div>
        <div>
          <dt>{t('study.fact.instances')}</dt>
          <dd>{formatCount(study.numberOfInstances, locale)}</dd>
        </div>
        <div>
          <dt>{t('study.fact.firstReceived')}</dt>
          <dd>
            <time dateTime={study.firstReceivedAt.toISOString()}>
              {formatDateTime(study.firstReceivedAt, locale)}
            </time>
          </dd>
        </div>
        <div className="fact-grid__wide">
          <dt>{t('study.fact.pseudonym')}</dt>
          <dd>
            <code className="pseudonym">{study.pseudonym}</code>
          </dd>
        </div>
        <div className="fact-grid__wide">
          <dt>{t('study.fact.uid')}</dt>
          <dd>
            <code className="uid">{study.studyInstanceUid}</code>
          </dd>
        </div>
      </dl>
      <p className="field__hint">{t('study.fact.shiftedNote')}</p>
    </section>
  );
}
