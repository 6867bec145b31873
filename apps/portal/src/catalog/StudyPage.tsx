import { useCallback } from 'react';
import { useServiceResource } from '../api/use-service-resource';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { paths } from '../routing/paths';
import { PageHeading } from '../shell/PageHeading';
import { fetchStudy } from './catalog-client';
import { rememberedStudiesSearch } from './studies-location';
import { StudyView } from './StudyView';

/** A study of the center's catalog, for data stewards and center administrators. */
export function StudyPage({
  studyInstanceUid,
  centerUrl,
  accessToken,
}: {
  studyInstanceUid: string;
  centerUrl: string;
  accessToken: string;
}) {
  const { t } = useI18n();
  const { markExpired } = useAuth();
  const load = useCallback(
    (signal: AbortSignal) => fetchStudy(centerUrl, accessToken, studyInstanceUid, { signal }),
    [centerUrl, accessToken, studyInstanceUid],
  );
  const state = useServiceResource(`${centerUrl}/api/catalog/studies/${studyInstanceUid}`, load, {
    service: 'center',
    onUnauthenticated: markExpired,
  });
  const study = state.data;
  return (
    <div className="page page--wide">
      <Link to={`${paths.studies}${rememberedStudiesSearch()}`} className="back-link">
        {t('study.back')}
      </Link>
      <PageHeading
        title={study === null ? t('study.title') : (study.studyDescription ?? t('study.untitled'))}
        context={t('study.context')}
        lead={t('study.lead')}
      />
      <StudyView state={state} centerUrl={centerUrl} />
    </div>
  );
}
