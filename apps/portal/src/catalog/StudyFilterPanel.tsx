import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatCount } from '../i18n/number-format';
import type { PlainMessageKey } from '../i18n/translate';
import { Link } from '../routing/Link';
import { paths } from '../routing/paths';
import type { StudyPage } from './catalog-client';
import { dicomDateOfInput, inputOfDicomDate } from './dicom-date';
import {
  facetNames,
  facetOptions,
  isFiltered,
  withDateRange,
  withFacet,
  type FacetName,
  type StudyFilters,
} from './study-filters';

const facetTitles: Readonly<Record<FacetName, { legend: PlainMessageKey; any: PlainMessageKey }>> = {
  modality: { legend: 'studies.facet.modality', any: 'studies.facet.modality.any' },
  site: { legend: 'studies.facet.site', any: 'studies.facet.site.any' },
  manufacturer: { legend: 'studies.facet.manufacturer', any: 'studies.facet.manufacturer.any' },
};

/**
 * The filters of the studies list: one choice per facet, each option with the number of studies it would
 * show, and a study date range. Every change is a navigation, so the browser's history keeps the filters.
 */
export function StudyFilterPanel({
  filters,
  facets,
  onChange,
}: {
  filters: StudyFilters;
  facets: StudyPage['facets'] | null;
  onChange: (next: StudyFilters) => void;
}) {
  const { t } = useI18n();
  return (
    <aside className="filter-panel" aria-label={t('studies.filters')}>
      <div className="filter-panel__header">
        <h2 className="filter-panel__title">{t('studies.filters')}</h2>
        {isFiltered(filters) && (
          <Link to={paths.studies} className="filter-panel__clear">
            {t('studies.clearFilters')}
          </Link>
        )}
      </div>
      {facetNames.map((facet) => (
        <FacetChoice
          key={facet}
          facet={facet}
          selected={filters[facet]}
          counts={facets?.[facet] ?? {}}
          onSelect={(value) => onChange(withFacet(filters, facet, value))}
        />
      ))}
      <DateRange
        key={`${filters.from ?? ''}-${filters.to ?? ''}`}
        filters={filters}
        onApply={(from, to) => onChange(withDateRange(filters, from, to))}
      />
    </aside>
  );
}

function FacetChoice({
  facet,
  selected,
  counts,
  onSelect,
}: {
  facet: FacetName;
  selected: string | null;
  counts: Readonly<Record<string, number>>;
  onSelect: (value: string | null) => void;
}) {
  const { t, locale } = useI18n();
  const name = `facet-${facet}`;
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{t(facetTitles[facet].legend)}</legend>
      <ul className="facet__options">
        <li>
          <label className="facet__option">
            <input type="radio" name={name} checked={selected === null} onChange={() => onSelect(null)} />
            <span className="facet__label">{t(facetTitles[facet].any)}</span>
          </label>
        </li>
        {facetOptions(counts, selected).map(({ value, count }) => (
          <li key={value}>
            <label className="facet__option">
              <input type="radio" name={name} checked={selected === value} onChange={() => onSelect(value)} />
              <span className="facet__label">{value}</span>
              {count !== null && (
                <span className="facet__count">
                  <span aria-hidden="true">{formatCount(count, locale)}</span>
                  <span className="visually-hidden">
                    {t('studies.facet.count', { count: formatCount(count, locale) })}
                  </span>
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function DateRange({
  filters,
  onApply,
}: {
  filters: StudyFilters;
  onApply: (from: string | null, to: string | null) => void;
}) {
  const { t } = useI18n();
  const ids = useId();
  const [from, setFrom] = useState(filters.from === null ? '' : inputOfDicomDate(filters.from));
  const [to, setTo] = useState(filters.to === null ? '' : inputOfDicomDate(filters.to));
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(dicomDateOfInput(from), dicomDateOfInput(to));
  };
  return (
    <form className="facet" onSubmit={apply} aria-labelledby={`${ids}-legend`}>
      <p className="facet__legend" id={`${ids}-legend`}>
        {t('studies.facet.studyDate')}
      </p>
      <div className="date-range">
        <label className="date-range__field">
          <span>{t('studies.facet.from')}</span>
          <input
            className="field__input"
            type="date"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </label>
        <label className="date-range__field">
          <span>{t('studies.facet.to')}</span>
          <input
            className="field__input"
            type="date"
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </label>
      </div>
      <p className="field__hint">{t('studies.facet.dateHint')}</p>
      <button type="submit" className="button button--secondary">
        {t('studies.facet.applyDates')}
      </button>
    </form>
  );
}
