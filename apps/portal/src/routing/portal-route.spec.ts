import { studyPath } from './paths';
import { resolveRoute } from './portal-route';

describe('resolveRoute', () => {
  it.each([
    ['/', { page: 'home' }],
    ['/node/ingest', { page: 'ingest' }],
    ['/node/ingest/', { page: 'ingest' }],
    ['/node/quarantine', { page: 'nodeQuarantine' }],
    ['/node/opt-outs', { page: 'optOuts' }],
    ['/studies', { page: 'studies' }],
    ['/center/quarantine', { page: 'centerQuarantine' }],
    ['/studies/2.25.123456789', { page: 'study', studyInstanceUid: '2.25.123456789' }],
    ['/studies/1.2.840.10008.1', { page: 'study', studyInstanceUid: '1.2.840.10008.1' }],
  ])('%s is %j', (path, route) => {
    expect(resolveRoute(path)).toEqual(route);
  });

  it.each([
    '/nodes',
    '/node',
    '/studies/not-a-uid',
    '/studies/2.25.01',
    '/studies/2..25',
    '/studies/%E0%A4%A',
    `/studies/2.25.${'1'.repeat(60)}`,
    '/studies/2.25.1/series',
  ])('%s is not found', (path) => {
    expect(resolveRoute(path)).toEqual({ page: 'notFound' });
  });

  it('reads back the study paths it builds', () => {
    expect(resolveRoute(studyPath('2.25.98765'))).toEqual({ page: 'study', studyInstanceUid: '2.25.98765' });
  });
});
