import { renderToStaticMarkup } from 'react-dom/server';
import { ServiceRequestError } from '../api/service-request';
import type { ResourceState } from '../api/use-service-resource';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import type { CatalogStudy, StudyPage } from './catalog-client';
import { StudiesView } from './StudiesView';
import { noStudyFilters, type StudyFilters } from './study-filters';

const study = (index: number): CatalogStudy => ({
  studyInstanceUid: `2.25.${1000 + index}`,
  pseudonym: `P2ABCDEFGHJKMNPQRSTVWXYZ${String(index).padStart(4, '0')}`,
  site: index % 2 === 0 ? 'node-a' : 'node-b',
  studyDate: '20190314',
  studyDescription: index === 0 ? null : `CT CHEST ${index}`,
  modalities: ['CT', 'SR'],
  manufacturers: ['SIEMENS'],
  numberOfSeries: 2,
  numberOfInstances: 1400,
  firstReceivedAt: new Date('2026-05-02T08:15:00Z'),
});

const page: StudyPage = {
  total: 60,
  facets: {
    modality: { CT: 58, MR: 2 },
    site: { 'node-a': 30, 'node-b': 30 },
    manufacturer: { SIEMENS: 60 },
  },
  studies: Array.from({ length: 25 }, (_, index) => study(index)),
};

function render(
  filters: StudyFilters,
  state: Partial<ResourceState<StudyPage>>,
  locale: Locale = 'en',
): string {
  const full = { data: null, fetchedAt: null, error: null, loading: false, ...state };
  return renderToStaticMarkup(
    <I18nProvider initialLocale={locale}>
      <StudiesView
        filters={filters}
        state={full}
        centerUrl="http://127.0.0.1:3000"
        onFiltersChange={() => undefined}
      />
    </I18nProvider>,
  );
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('StudiesView', () => {
  it('offers each facet value with its count beside it, the chosen one checked', () => {
    const html = render({ ...noStudyFilters, modality: 'CT' }, { data: page });
    expect(textOf(html)).toContain('Modality Any modality CT 58 (58) MR 2 (2)');
    expect(html).toMatch(
      /<input type="radio" name="facet-modality" checked=""\/><span class="facet__label">CT</,
    );
    expect(html).toMatch(
      /<input type="radio" name="facet-site" checked=""\/><span class="facet__label">Any site</,
    );
    expect(html).toContain('<span class="visually-hidden">(58)</span>');
    expect(html).toContain('href="/studies">Clear filters</a>');
  });

  it('shows the total, the range on screen and a row per study with its facts', () => {
    const text = textOf(render({ ...noStudyFilters, page: 2 }, { data: page }));
    expect(text).toContain('Matching studies: 60');
    expect(text).toContain('Showing 26–50 of 60');
    expect(text).toContain(
      'Mar 14, 2019 CT CHEST 1 Pseudonym P2ABCDEFGHJKMNPQRSTVWXYZ0001 node-b CT SR SIEMENS 2 · 1,400',
    );
    expect(text).toContain('Untitled study');
  });

  it('links each study to its page and pages through the list keeping the filters', () => {
    const html = render({ ...noStudyFilters, site: 'node-a', page: 2 }, { data: page });
    expect(html).toContain('href="/studies/2.25.1001"');
    expect(html).toContain('rel="prev" href="/studies?site=node-a">Previous</a>');
    expect(html).toContain('rel="next" href="/studies?site=node-a&amp;page=3">Next</a>');
    expect(textOf(html)).toContain('Page 2 of 3');
    const last = render({ ...noStudyFilters, page: 3 }, { data: page });
    expect(last).toContain('<span class="button button--secondary" aria-disabled="true">Next</span>');
  });

  it('tells an empty catalog from filters that match nothing', () => {
    const empty = { total: 0, facets: { modality: {}, site: {}, manufacturer: {} }, studies: [] };
    expect(render(noStudyFilters, { data: empty })).toContain('The catalog has no studies yet.');
    const filtered = render({ ...noStudyFilters, manufacturer: 'Philips' }, { data: empty });
    expect(filtered).toContain('No study matches these filters.');
    expect(textOf(filtered)).toContain('Philips');
  });

  it('shows a refusal with the center’s code and correlation id', () => {
    const error = new ServiceRequestError('center', 'FORBIDDEN', {
      status: 403,
      serviceCode: 'FORBIDDEN',
      correlationId: 'c-403',
    });
    const text = textOf(render(noStudyFilters, { error }));
    expect(text).toContain('The studies are unavailable');
    expect(text).toContain('The center refused this request (403)');
    expect(text).toContain('Correlation ID c-403');
  });

  it('speaks Traditional Chinese', () => {
    const text = textOf(render(noStudyFilters, { data: page }, 'zh-TW'));
    expect(text).toContain('符合的影像檢查：60 筆');
    expect(text).toContain('檢查類型 全部檢查類型 CT 58 （58 筆）');
    expect(text).toContain('2019年3月14日');
  });
});
