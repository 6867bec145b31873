import { parseDicomDate } from './dicom-date';

/** The catalog facets a steward filters studies by. */
export const facetNames = ['modality', 'site', 'manufacturer'] as const;

/** One facet of the catalog. */
export type FacetName = (typeof facetNames)[number];

/** What the studies page shows: one value per facet (or any), a study date range, and a page. */
export interface StudyFilters {
  readonly modality: string | null;
  readonly site: string | null;
  readonly manufacturer: string | null;
  /** First study date, DICOM `YYYYMMDD`, inclusive. */
  readonly from: string | null;
  /** Last study date, DICOM `YYYYMMDD`, inclusive. */
  readonly to: string | null;
  /** 1-based. */
  readonly page: number;
}

/** How many studies one page lists. */
export const studiesPageSize = 25;

/** No filter: every study, first page. */
export const noStudyFilters: StudyFilters = {
  modality: null,
  site: null,
  manufacturer: null,
  from: null,
  to: null,
  page: 1,
};

/** Reads the filters from the page's query string; malformed values are ignored, never sent on. */
export function parseStudyFilters(search: string): StudyFilters {
  const query = new URLSearchParams(search);
  const text = (name: string) => {
    const value = query.get(name)?.trim();
    return value ? value.slice(0, 64) : null;
  };
  const date = (name: string) => {
    const value = query.get(name);
    return value !== null && parseDicomDate(value) !== null ? value : null;
  };
  const page = Number(query.get('page'));
  return {
    modality: text('modality'),
    site: text('site'),
    manufacturer: text('manufacturer'),
    from: date('from'),
    to: date('to'),
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string that shows these filters (empty for none), so the browser's history and links keep them. */
export function searchOfStudyFilters(filters: StudyFilters): string {
  const query = new URLSearchParams();
  for (const name of [...facetNames, 'from', 'to'] as const) {
    const value = filters[name];
    if (value !== null) query.set(name, value);
  }
  if (filters.page > 1) query.set('page', String(filters.page));
  const search = query.toString();
  return search === '' ? '' : `?${search}`;
}

/** The catalog API's query for these filters (`GET /api/catalog/studies?…`), with limit and offset. */
export function catalogQueryOf(filters: StudyFilters, pageSize = studiesPageSize): string {
  const query = new URLSearchParams();
  for (const name of [...facetNames, 'from', 'to'] as const) {
    const value = filters[name];
    if (value !== null) query.set(name, value);
  }
  query.set('limit', String(pageSize));
  query.set('offset', String((filters.page - 1) * pageSize));
  return query.toString();
}

/** The filters with one facet set (or cleared with null), back on the first page. */
export function withFacet(filters: StudyFilters, facet: FacetName, value: string | null): StudyFilters {
  return { ...filters, [facet]: value, page: 1 };
}

/** The filters with a new date range, back on the first page; the bounds are put in order. */
export function withDateRange(filters: StudyFilters, from: string | null, to: string | null): StudyFilters {
  const [first, last] = from !== null && to !== null && from > to ? [to, from] : [from, to];
  return { ...filters, from: first, to: last, page: 1 };
}

/** Whether any filter narrows the list. */
export function isFiltered(filters: StudyFilters): boolean {
  return [...facetNames, 'from', 'to'].some((name) => filters[name as keyof StudyFilters] !== null);
}

/** One choice of a facet with the number of studies it would show, null when the catalog gave none. */
export interface FacetOption {
  readonly value: string;
  readonly count: number | null;
}

/**
 * The choices of a facet, most studies first (then by name), from the catalog's counts. The selected
 * value is always offered, even when the catalog counted nothing for it, so it can be seen and cleared.
 */
export function facetOptions(
  counts: Readonly<Record<string, number>>,
  selected: string | null,
): FacetOption[] {
  const options: FacetOption[] = Object.entries(counts).map(([value, count]) => ({ value, count }));
  if (selected !== null && !Object.hasOwn(counts, selected)) options.push({ value: selected, count: null });
  return options.sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.value.localeCompare(b.value));
}

/** How many pages a total makes (at least one, so an empty result still has a page to show). */
export function pageCountOf(total: number, pageSize = studiesPageSize): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
