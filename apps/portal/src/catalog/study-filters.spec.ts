import {
  catalogQueryOf,
  facetOptions,
  isFiltered,
  noStudyFilters,
  pageCountOf,
  parseStudyFilters,
  searchOfStudyFilters,
  withDateRange,
  withFacet,
} from './study-filters';

describe('study filters', () => {
  it('reads every filter and the page from the address, and writes them back the same way', () => {
    const search =
      '?modality=CT&site=node-a&manufacturer=GE+MEDICAL+SYSTEMS&from=20190101&to=20231231&page=3';
    const filters = parseStudyFilters(search);
    expect(filters).toEqual({
      modality: 'CT',
      site: 'node-a',
      manufacturer: 'GE MEDICAL SYSTEMS',
      from: '20190101',
      to: '20231231',
      page: 3,
    });
    expect(searchOfStudyFilters(filters)).toBe(search);
    expect(searchOfStudyFilters(noStudyFilters)).toBe('');
  });

  it('ignores malformed values instead of sending them to the center', () => {
    expect(parseStudyFilters('?modality=%20%20&from=2019-01-01&to=20230230&page=-2')).toEqual(noStudyFilters);
    expect(parseStudyFilters('?page=2.5').page).toBe(1);
  });

  it('asks the catalog API for one page with limit and offset', () => {
    const query = new URLSearchParams(catalogQueryOf({ ...noStudyFilters, modality: 'MR', page: 3 }, 25));
    expect(Object.fromEntries(query)).toEqual({ modality: 'MR', limit: '25', offset: '50' });
  });

  it('goes back to the first page when a filter changes, and puts the dates in order', () => {
    const onPage4 = { ...noStudyFilters, page: 4 };
    expect(withFacet(onPage4, 'site', 'node-b')).toEqual({ ...noStudyFilters, site: 'node-b', page: 1 });
    expect(withFacet({ ...onPage4, site: 'node-b' }, 'site', null).site).toBeNull();
    expect(withDateRange(onPage4, '20240101', '20190101')).toMatchObject({
      from: '20190101',
      to: '20240101',
      page: 1,
    });
    expect(withDateRange(onPage4, null, '20190101')).toMatchObject({ from: null, to: '20190101' });
  });

  it('knows whether anything narrows the list', () => {
    expect(isFiltered(noStudyFilters)).toBe(false);
    expect(isFiltered({ ...noStudyFilters, page: 3 })).toBe(false);
    expect(isFiltered({ ...noStudyFilters, to: '20200101' })).toBe(true);
  });

  it('offers facet options with most studies first and keeps the chosen one even without a count', () => {
    expect(facetOptions({ MR: 2, CT: 27, US: 2 }, null)).toEqual([
      { value: 'CT', count: 27 },
      { value: 'MR', count: 2 },
      { value: 'US', count: 2 },
    ]);
    expect(facetOptions({ CT: 27 }, 'PT')).toEqual([
      { value: 'CT', count: 27 },
      { value: 'PT', count: null },
    ]);
    expect(facetOptions({ constructor: 1 }, 'constructor')).toEqual([{ value: 'constructor', count: 1 }]);
  });

  it('counts pages, at least one', () => {
    expect([pageCountOf(0), pageCountOf(25), pageCountOf(26), pageCountOf(30, 10)]).toEqual([1, 1, 2, 3]);
  });
});
