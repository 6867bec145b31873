import { fetchCenterQuarantine } from '../quarantine/center-quarantine-client';
import { fetchStudies, fetchStudy } from './catalog-client';
import { noStudyFilters } from './study-filters';

const centerUrl = 'http://127.0.0.1:3000';
const study = {
  studyInstanceUid: '2.25.1001',
  pseudonym: 'P2ABCDEFGHJKMNPQRSTVWXYZ0123',
  site: 'node-a',
  studyDate: '20190314',
  studyDescription: 'CT CHEST',
  modalities: ['CT'],
  manufacturers: ['SIEMENS'],
  numberOfSeries: 1,
  numberOfInstances: 2,
  firstReceivedAt: '2026-05-02T08:15:00.000Z',
};
const provenance = {
  patientIdentityRemoved: 'YES',
  longitudinalTemporalInformationModified: 'MODIFIED',
  methods: ['LATTICE stage 1: research-default (PS3.15 2026d)'],
  codes: [{ value: '113100', scheme: 'DCM', meaning: 'Basic Application Confidentiality Profile' }],
};

function answering(response: Response) {
  return jest.fn<Promise<Response>, Parameters<typeof fetch>>(async () => response);
}

describe('the catalog client', () => {
  it('asks for one page of studies with the filters and reads the facets and total', async () => {
    const fetchImpl = answering(
      Response.json({
        total: 1,
        facets: { modality: { CT: 1 }, site: { 'node-a': 1 }, manufacturer: { SIEMENS: 1 } },
        studies: [{ ...study, studyDescription: null }],
      }),
    );
    const page = await fetchStudies(
      centerUrl,
      't',
      { ...noStudyFilters, modality: 'CT', from: '20190101', page: 2 },
      {
        fetchImpl,
      },
    );
    const url = new URL(String(fetchImpl.mock.calls[0]?.[0]));
    expect(url.pathname).toBe('/api/catalog/studies');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      modality: 'CT',
      from: '20190101',
      limit: '25',
      offset: '25',
    });
    expect(page.total).toBe(1);
    expect(page.facets.modality).toEqual({ CT: 1 });
    expect(page.studies[0]).toMatchObject({
      studyDescription: null,
      firstReceivedAt: new Date(study.firstReceivedAt),
    });
  });

  it('refuses a page whose facets are not counts', async () => {
    await expect(
      fetchStudies(centerUrl, 't', noStudyFilters, {
        fetchImpl: answering(
          Response.json({
            total: 1,
            facets: { modality: { CT: 'one' }, site: {}, manufacturer: {} },
            studies: [],
          }),
        ),
      }),
    ).rejects.toMatchObject({ service: 'center', code: 'INVALID_RESPONSE' });
  });

  it('fetches one study with series, instances and provenance', async () => {
    const fetchImpl = answering(
      Response.json({
        ...study,
        series: [
          {
            seriesInstanceUid: '2.25.2001',
            seriesNumber: null,
            modality: 'CT',
            bodyPart: 'CHEST',
            manufacturer: 'SIEMENS',
            model: 'SOMATOM',
            seriesDescription: 'Axial',
            numberOfInstances: 1,
            instances: [
              {
                sopInstanceUid: '2.25.3001',
                sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
                transferSyntaxUid: '1.2.840.10008.1.2.1',
                byteLength: 527_360,
                receivedAt: '2026-05-02T08:15:00.000Z',
              },
            ],
          },
        ],
        studyTime: '101500',
        provenance,
      }),
    );
    const detail = await fetchStudy(centerUrl, 't', '2.25.1001', { fetchImpl });
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('http://127.0.0.1:3000/api/catalog/studies/2.25.1001');
    expect(detail.series[0]?.seriesNumber).toBeNull();
    expect(detail.series[0]?.instances[0]).toMatchObject({
      instanceNumber: null,
      receivedAt: new Date('2026-05-02T08:15:00.000Z'),
    });
    expect(detail.provenance).toEqual({ ...provenance, stages: [] });
  });

  it('reports an unknown study as not found', async () => {
    await expect(
      fetchStudy(centerUrl, 't', '2.25.9', {
        fetchImpl: answering(Response.json({ code: 'STUDY_NOT_FOUND', message: 'x' }, { status: 404 })),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', details: { serviceCode: 'STUDY_NOT_FOUND' } });
  });

  it('lists the center quarantine with dates', async () => {
    const fetchImpl = answering(
      Response.json({
        total: 7,
        items: [
          {
            id: 'q1',
            site: 'node-a',
            receivedAt: '2026-05-03T09:12:00.000Z',
            code: 'RESIDUAL_PHI',
            reason: 'verification found an identifying value',
            sopClassUid: null,
            modality: 'SR',
            status: 'waiting',
            decidedBy: null,
            decidedAt: null,
          },
        ],
      }),
    );
    const { total, items } = await fetchCenterQuarantine(centerUrl, 't', { fetchImpl });
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('http://127.0.0.1:3000/api/quarantine?limit=500');
    expect(total).toBe(7);
    expect(items).toEqual([
      expect.objectContaining({
        code: 'RESIDUAL_PHI',
        receivedAt: new Date('2026-05-03T09:12:00.000Z'),
        decidedAt: null,
      }),
    ]);
  });
});
