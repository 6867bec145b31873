import { RequestErrorNotice } from '../api/RequestErrorNotice';
import type { ResourceState } from '../api/use-service-resource';
import { useI18n } from '../i18n/I18nProvider';
import { formatCount } from '../i18n/number-format';
import { Link } from '../routing/Link';
import { paths, studyPath } from '../routing/paths';
import type { CatalogStudy, StudyPage } from './catalog-client';
import { formatDicomDate } from './dicom-date';
import { StudyFilterPanel } from './StudyFilterPanel';
import {
  isFiltered,
  pageCountOf,
  searchOfStudyFilters,
  studiesPageSize,
  type StudyFilters,
} from './study-filters';

/** The catalog's studies: filters with counts beside, the total, one page of studies and paging. */
export function StudiesView({
  filters,
  state,
  centerUrl,
  onFiltersChange,
}: {
  filters: StudyFilters;
  state: ResourceState<StudyPage>;
  centerUrl: string;
  onFiltersChange: (next: StudyFilters) => void;
}) {
  const { t, locale } = useI18n();
  const { data, error, loading } = state;
  const first = data === null || data.total === 0 ? 0 : (filters.page - 1) * studiesPageSize + 1;
  const last = data === null ? 0 : Math.min(data.total, first + data.studies.length - 1);
  return (
    <div className="catalog-layout">
      <StudyFilterPanel filters={filters} facets={data?.facets ?? null} onChange={onFiltersChange} />
      <section
        className="panel catalog-layout__results"
        aria-labelledby="studies-results"
        aria-busy={loading}
      >
        <div className="panel__header">
          <div>
            <h2 id="studies-results" className="panel__title">
              {data === null
                ? t('studies.results')
                : t('studies.total', { count: formatCount(data.total, locale) })}
            </h2>
            {data !== null && data.total > 0 && (
              <p className="panel__meta">
                {t('studies.showing', {
                  first: formatCount(first, locale),
                  last: formatCount(last, locale),
                  total: formatCount(data.total, locale),
                })}
              </p>
            )}
          </div>
          {loading && data !== null && (
            <p className="panel__hint" role="status">
              {t('studies.updating')}
            </p>
          )}
        </div>
        {error !== null && (
          <RequestErrorNotice
            title={t('studies.error.title')}
            error={error}
            serviceUrl={centerUrl}
            staleSince={data ? state.fetchedAt : null}
          />
        )}
        {data === null && error === null && (
          <p className="panel__state" role="status">
            {t('studies.loading')}
          </p>
        )}
        {data !== null && data.studies.length === 0 && (
          <div className="panel__state">
            <p>{isFiltered(filters) ? t('studies.emptyFiltered') : t('studies.empty')}</p>
            {isFiltered(filters) && (
              <Link to={paths.studies} className="button button--secondary panel__state-action">
                {t('studies.clearFilters')}
              </Link>
            )}
          </div>
        )}
        {data !== null && data.studies.length > 0 && (
          <>
            <StudyTable studies={data.studies} />
            <Pagination filters={filters} total={data.total} />
          </>
        )}
      </section>
    </div>
  );
}

function StudyTable({ studies }: { studies: readonly CatalogStudy[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('studies.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('studies.column.date')}</th>
            <th scope="col">{t('studies.column.study')}</th>
            <th scope="col">{t('studies.column.site')}</th>
            <th scope="col">{t('studies.column.modalities')}</th>
            <th scope="col">{t('studies.column.manufacturers')}</th>
            <th scope="col" className="data-table__number">
              {t('studies.column.counts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {studies.map((study) => (
            <tr key={study.studyInstanceUid}>
              <td>
                {study.studyDate === null ? (
                  <span className="muted">—</span>
                ) : (
                  formatDicomDate(study.studyDate, locale)
                )}
              </td>
              <th scope="row" className="data-table__wrap">
                <Link to={studyPath(study.studyInstanceUid)}>
                  {study.studyDescription ?? t('study.untitled')}
                </Link>
                <span className="cell-note">
                  {t('studies.column.pseudonym')} <code className="pseudonym">{study.pseudonym}</code>
                </span>
              </th>
              <td>
                <code className="node-id">{study.site}</code>
              </td>
              <td>
                <ChipList values={study.modalities} />
              </td>
              <td className="data-table__wrap">
                {study.manufacturers.join(', ') || <span className="muted">—</span>}
              </td>
              <td className="data-table__number">
                {t('studies.counts', {
                  series: formatCount(study.numberOfSeries, locale),
                  instances: formatCount(study.numberOfInstances, locale),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Short values (modalities) as chips. */
export function ChipList({ values }: { values: readonly string[] }) {
  if (values.length === 0) return <span className="muted">—</span>;
  return (
    <span className="chips">
      {values.map((value) => (
        <span key={value} className="chip">
          {value}
        </span>
      ))}
    </span>
  );
}

function Pagination({ filters, total }: { filters: StudyFilters; total: number }) {
  const { t, locale } = useI18n();
  const pages = pageCountOf(total);
  if (pages <= 1) return null;
  const to = (page: number) => `${paths.studies}${searchOfStudyFilters({ ...filters, page })}`;
  return (
    <nav className="pagination" aria-label={t('studies.pagination')}>
      {filters.page > 1 ? (
        <Link to={to(filters.page - 1)} className="button button--secondary" rel="prev">
          {t('studies.previous')}
        </Link>
      ) : (
        <span className="button button--secondary" aria-disabled="true">
          {t('studies.previous')}
        </span>
      )}
      <span className="pagination__status">
        {t('studies.page', { page: formatCount(filters.page, locale), pages: formatCount(pages, locale) })}
      </span>
      {filters.page < pages ? (
        <Link to={to(filters.page + 1)} className="button button--secondary" rel="next">
          {t('studies.next')}
        </Link>
      ) : (
        <span className="button button--secondary" aria-disabled="true">
          {t('studies.next')}
        </span>
      )}
    </nav>
  );
}
