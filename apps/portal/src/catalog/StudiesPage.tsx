import { useCallback, useEffect } from 'react';
import { useServiceResource } from '../api/use-service-resource';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { paths } from '../routing/paths';
import { navigate, useSearch } from '../routing/router';
import { PageHeading } from '../shell/PageHeading';
import { fetchStudies } from './catalog-client';
import { rememberStudiesSearch } from './studies-location';
import { StudiesView } from './StudiesView';
import { parseStudyFilters, searchOfStudyFilters } from './study-filters';

/** The data steward's view of the center's catalog; the filters live in the address, so they can be shared. */
export function StudiesPage({ centerUrl, accessToken }: { centerUrl: string; accessToken: string }) {
  const { t } = useI18n();
  const { markExpired } = useAuth();
  const search = useSearch();
  const filters = parseStudyFilters(search);
  // The filters in their canonical form: one key per distinct list, whatever the order in the address.
  const filtersKey = searchOfStudyFilters(filters);
  const load = useCallback(
    (signal: AbortSignal) => fetchStudies(centerUrl, accessToken, parseStudyFilters(filtersKey), { signal }),
    [centerUrl, accessToken, filtersKey],
  );
  const state = useServiceResource(`${centerUrl}/api/catalog/studies${filtersKey}`, load, {
    service: 'center',
    onUnauthenticated: markExpired,
  });

  useEffect(() => rememberStudiesSearch(search), [search]);

  return (
    <div className="page page--wide">
      <PageHeading title={t('studies.title')} lead={t('studies.lead')} context={t('studies.context')} />
      <StudiesView
        filters={filters}
        state={state}
        centerUrl={centerUrl}
        onFiltersChange={(next) => navigate(`${paths.studies}${searchOfStudyFilters(next)}`)}
      />
    </div>
  );
}
