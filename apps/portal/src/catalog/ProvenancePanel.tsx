import { useI18n } from '../i18n/I18nProvider';
import { formatCount } from '../i18n/number-format';
import type { PlainMessageKey } from '../i18n/translate';
import type { StudyProvenance } from './catalog-client';
import { cid7050Entry } from './cid-7050';
import { provenanceRunsOf, type ProvenanceRun } from './provenance';

const identityRemoved: Readonly<Record<string, PlainMessageKey>> = {
  YES: 'provenance.identityRemoved.YES',
  NO: 'provenance.identityRemoved.NO',
};

const temporalInformation: Readonly<Record<string, PlainMessageKey>> = {
  MODIFIED: 'provenance.temporal.MODIFIED',
  UNMODIFIED: 'provenance.temporal.UNMODIFIED',
  REMOVED: 'provenance.temporal.REMOVED',
  MIXED: 'provenance.temporal.MIXED',
};

/**
 * How a study's images were de-identified, as the center gathered it from the files: Patient Identity
 * Removed, Longitudinal Temporal Information Modified, and each run's methods and CID 7050 codes with
 * their meaning.
 */
export function ProvenancePanel({
  provenance,
  numberOfInstances,
}: {
  provenance: StudyProvenance;
  numberOfInstances: number;
}) {
  const { t, locale } = useI18n();
  const runs = provenanceRunsOf(provenance);
  return (
    <section className="panel" aria-labelledby="provenance-title">
      <div className="panel__header">
        <div>
          <h2 id="provenance-title" className="panel__title">
            {t('provenance.title')}
          </h2>
          <p className="panel__meta">{t('provenance.lead')}</p>
        </div>
      </div>
      <div className="provenance">
        <p className="provenance__share">
          {t('provenance.gathered', { count: formatCount(numberOfInstances, locale) })}
        </p>
        <dl className="provenance__flags">
          <div>
            <dt>
              {t('provenance.identityRemoved')} <span className="tag-ref">(0012,0062)</span>
            </dt>
            <dd>
              <RecordedValue value={provenance.patientIdentityRemoved} meanings={identityRemoved} />
            </dd>
          </div>
          <div>
            <dt>
              {t('provenance.temporal')} <span className="tag-ref">(0028,0303)</span>
            </dt>
            <dd>
              <RecordedValue
                value={provenance.longitudinalTemporalInformationModified}
                meanings={temporalInformation}
              />
            </dd>
          </div>
        </dl>
        {runs.length === 0 ? (
          <p className="provenance__share">{t('provenance.none')}</p>
        ) : (
          <ol className="provenance__runs">
            {runs.map((run, index) => (
              <li key={index}>
                <ProvenanceRunCard run={run} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function RecordedValue({
  value,
  meanings,
}: {
  value: string | null;
  meanings: Readonly<Record<string, PlainMessageKey>>;
}) {
  const { t } = useI18n();
  if (value === null) return <span className="muted">{t('provenance.notRecorded')}</span>;
  const meaning = Object.hasOwn(meanings, value) ? meanings[value] : undefined;
  return (
    <>
      <code>{value}</code>
      {meaning !== undefined && <span className="provenance__meaning"> {t(meaning)}</span>}
    </>
  );
}

function ProvenanceRunCard({ run }: { run: ProvenanceRun }) {
  const { t } = useI18n();
  const title =
    run.stage === null
      ? t('provenance.unattributed')
      : run.stage === 0
        ? t('provenance.beforeLattice')
        : run.stage === 1
          ? t('provenance.stage1')
          : run.stage === 2
            ? t('provenance.stage2')
            : t('provenance.stageN', { stage: run.stage });
  return (
    <article className="provenance-run">
      <h3 className="provenance-run__title">{title}</h3>
      {run.profile !== null && (
        <p className="provenance-run__profile">
          {t('provenance.profile', { profile: run.profile, edition: run.edition ?? '—' })}
        </p>
      )}
      {run.methods.length > 0 && (
        <div className="provenance-run__methods">
          <span className="provenance-run__label">
            {t('provenance.method')} <span className="tag-ref">(0012,0063)</span>
          </span>
          <ul>
            {run.methods.map((method, index) => (
              <li key={index}>
                <code>{method}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {run.codes.length > 0 && (
        <table className="data-table data-table--compact">
          <caption className="provenance-run__label">
            {t('provenance.codes')} <span className="tag-ref">(0012,0064)</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('provenance.code')}</th>
              <th scope="col">{t('provenance.codeMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {run.codes.map((code, index) => {
              const entry = cid7050Entry(code.scheme, code.value);
              return (
                <tr key={index}>
                  <td>
                    <code>
                      {code.scheme} {code.value}
                    </code>
                  </td>
                  <td className="data-table__wrap">
                    <span className="provenance-run__meaning">{code.meaning || entry?.meaning || '—'}</span>
                    {entry !== null && <span className="cell-note">{t(entry.explanation)}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </article>
  );
}
