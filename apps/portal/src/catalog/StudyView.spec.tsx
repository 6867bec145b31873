import { renderToStaticMarkup } from 'react-dom/server';
import { ServiceRequestError } from '../api/service-request';
import type { ResourceState } from '../api/use-service-resource';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import type { StudyDetail, StudyProvenance } from './catalog-client';
import { StudyView } from './StudyView';

const basic = { value: '113100', scheme: 'DCM', meaning: 'Basic Application Confidentiality Profile' };
const modifiedDates = {
  value: '113107',
  scheme: 'DCM',
  meaning: 'Retain Longitudinal Temporal Information Modified Dates Option',
};
const cleanPixels = { value: '113101', scheme: 'DCM', meaning: 'Clean Pixel Data Option' };
const methods = [
  'LATTICE stage 1: research-default (PS3.15 2026d)',
  'LATTICE stage 2: research-default (PS3.15 2026d)',
];
const provenance: StudyProvenance = {
  patientIdentityRemoved: 'YES',
  longitudinalTemporalInformationModified: 'MODIFIED',
  methods,
  codes: [basic, modifiedDates, cleanPixels],
  stages: [
    { stage: 1, methods: [methods[0] ?? ''], codes: [basic, modifiedDates, cleanPixels] },
    { stage: 2, methods: [methods[1] ?? ''], codes: [basic, modifiedDates] },
  ],
};

const study: StudyDetail = {
  studyInstanceUid: '2.25.1001',
  pseudonym: 'P2ABCDEFGHJKMNPQRSTVWXYZ0123',
  site: 'node-b',
  studyDate: '20221108',
  studyDescription: 'US ABDOMEN',
  modalities: ['US'],
  manufacturers: ['GE Healthcare'],
  numberOfSeries: 1,
  numberOfInstances: 5,
  firstReceivedAt: new Date('2026-05-02T08:15:00Z'),
  series: [
    {
      seriesInstanceUid: '2.25.2001',
      seriesNumber: 1,
      modality: 'US',
      bodyPart: 'ABDOMEN',
      manufacturer: 'GE Healthcare',
      model: 'LOGIQ E9',
      seriesDescription: null,
      numberOfInstances: 5,
      instances: [],
    },
  ],
  provenance,
};

function render(state: Partial<ResourceState<StudyDetail>>, locale: Locale = 'en'): string {
  const full = { data: null, fetchedAt: null, error: null, loading: false, ...state };
  return renderToStaticMarkup(
    <I18nProvider initialLocale={locale}>
      <StudyView state={full} centerUrl="http://127.0.0.1:3000" />
    </I18nProvider>,
  );
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('StudyView', () => {
  it('shows the study’s facts with its stage-2 identifiers', () => {
    const text = textOf(render({ data: study }));
    expect(text).toContain('Study date Nov 8, 2022');
    expect(text).toContain('Site node-b');
    expect(text).toContain('Instances 5');
    expect(text).toContain('Pseudonym P2ABCDEFGHJKMNPQRSTVWXYZ0123');
    expect(text).toContain('Study Instance UID 2.25.1001');
  });

  it('shows both stages with their methods, codes and what they mean, and the flags the files carry', () => {
    const html = render({ data: study });
    const text = textOf(html);
    expect(text).toContain('Gathered from the study’s 5 instances.');
    expect(text).toContain(
      'Patient Identity Removed (0012,0062) YES Identifying attributes were removed or replaced.',
    );
    expect(text).toContain(
      'Longitudinal Temporal Information Modified (0028,0303) MODIFIED Dates were shifted per patient; intervals between them are kept.',
    );
    expect(text).toContain(
      'Stage 1 · at the hospital node Profile research-default, built from DICOM PS3.15 2026d',
    );
    expect(text).toContain('Stage 2 · at the center');
    expect(text).toContain(
      'DCM 113107 Retain Longitudinal Temporal Information Modified Dates Option Dates were shifted by a per-patient offset, so intervals survive.',
    );
    const stage2 = text.slice(text.indexOf('Stage 2 · at the center'));
    expect(text.indexOf('DCM 113101')).toBeLessThan(text.indexOf('Stage 2 · at the center'));
    expect(stage2).not.toContain('113101');
    expect(html.match(/<article class="provenance-run">/g)).toHaveLength(2);
  });

  it('explains mixed and missing flags, and a record without runs or codes', () => {
    const mixed = textOf(
      render({
        data: {
          ...study,
          provenance: {
            ...provenance,
            patientIdentityRemoved: 'NO',
            longitudinalTemporalInformationModified: 'MIXED',
          },
        },
      }),
    );
    expect(mixed).toContain('NO Not every instance records that identity was removed: review them.');
    expect(mixed).toContain('MIXED The instances differ in how their dates were treated: review them.');
    const bare = textOf(
      render({
        data: {
          ...study,
          provenance: {
            patientIdentityRemoved: null,
            longitudinalTemporalInformationModified: null,
            methods: [],
            codes: [],
            stages: [],
          },
        },
      }),
    );
    expect(bare).toContain('Patient Identity Removed (0012,0062) Not recorded');
    expect(bare).toContain('The files record no de-identification method or code.');
  });

  it('lists the series with body part and device, each able to show its instances', () => {
    const html = render({ data: study });
    expect(textOf(html)).toContain('1 No description US ABDOMEN GE Healthcare · LOGIQ E9 Show 5');
    expect(html).toMatch(/<button type="button" class="disclosure" aria-expanded="false">/);
  });

  it('names a study the center does not have', () => {
    const error = new ServiceRequestError('center', 'NOT_FOUND', {
      status: 404,
      serviceCode: 'STUDY_NOT_FOUND',
    });
    const text = textOf(render({ error }));
    expect(text).toContain('There is no such study');
    expect(text).toContain('The center has no such record (404).');
  });

  it('speaks Traditional Chinese, keeping the standard’s own terms', () => {
    const text = textOf(render({ data: study }, 'zh-TW'));
    expect(text).toContain('第一階段 · 醫院節點');
    expect(text).toContain('第二階段 · 中心');
    expect(text).toContain('日期依每位病人的位移量平移，因此間隔得以保留。');
    expect(text).toContain('Retain Longitudinal Temporal Information Modified Dates Option');
  });
});
