import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ServiceRequestError } from '../api/service-request';
import type { ResourceState } from '../api/use-service-resource';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import type { IngestActivity } from '../node-operator/node-client';
import { IngestActivityView } from './IngestActivityView';

const now = new Date('2026-05-04T10:00:00Z');
const nodeUrl = 'http://127.0.0.1:3101';
const activity: IngestActivity = {
  counts: {
    received: 1234,
    duplicate: 3,
    quarantined: 2,
    rejected: 0,
    excluded: 1,
    failed: 0,
    pending: 4,
    sent: 1,
    confirmed: 1200,
    withdrawn: 0,
    pushFailed: 5,
  },
  recent: [
    {
      occurredAt: new Date('2026-05-04T09:58:00Z'),
      outcome: 'rejected',
      receivedVia: 'stow',
      code: 'NOT_DICOM',
    },
    { occurredAt: new Date('2026-05-04T09:50:00Z'), outcome: 'stored', receivedVia: 'dimse', code: null },
    {
      occurredAt: new Date('2026-05-04T09:40:00Z'),
      outcome: 'rerouted',
      receivedVia: 'pigeon',
      code: 'NEW_CODE',
    },
  ],
};

function render(state: Partial<ResourceState<IngestActivity>>, locale: Locale = 'en'): string {
  const full = { data: null, fetchedAt: null, error: null, loading: false, ...state };
  const view: ReactElement = (
    <IngestActivityView state={full} now={now} nodeUrl={nodeUrl} onRefresh={() => undefined} />
  );
  return renderToStaticMarkup(<I18nProvider initialLocale={locale}>{view}</I18nProvider>);
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of one count tile. */
function tile(html: string, name: string): { tone: string; text: string } {
  const match = new RegExp(`<div class="stat" data-tone="([a-z]+)" data-count="${name}">(.*?)</div>`).exec(
    html,
  );
  if (match === null) throw new Error(`no tile ${name}`);
  return { tone: match[1] ?? '', text: textOf(match[2] ?? '') };
}

describe('IngestActivityView', () => {
  it('says it is loading before the first answer', () => {
    const html = render({ loading: true });
    expect(html).toContain('role="status"');
    expect(html).toContain('Loading ingest activity…');
    expect(html).not.toContain('<table');
  });

  it('shows every count with what it means, coloured only when something needs a look', () => {
    const html = render({ data: activity, fetchedAt: now });
    expect(tile(html, 'received')).toEqual({
      tone: 'neutral',
      text: 'Received 1,234 Objects that arrived over DICOM, DICOMweb or folder import.',
    });
    expect(tile(html, 'quarantined').tone).toBe('warning');
    expect(tile(html, 'quarantined').text).toContain('Review them');
    expect(html).toContain('href="/node/quarantine"');
    expect(tile(html, 'rejected').tone).toBe('neutral');
    expect(tile(html, 'pushFailed')).toMatchObject({ tone: 'error' });
    expect(tile(html, 'confirmed').tone).toBe('success');
    for (const name of ['duplicate', 'excluded', 'failed', 'pending', 'sent', 'withdrawn']) tile(html, name);
    expect(html).toContain('Refreshes every 10 seconds');
  });

  it('adds the quarantine decisions to the quarantined count when the node reports them', () => {
    const html = render({
      data: { ...activity, counts: { ...activity.counts, released: 4, discarded: 1 } },
      fetchedAt: now,
    });
    expect(tile(html, 'quarantined').text).toBe(
      'Quarantined 2 Held back for a person to review. Decided so far: 4 released, 1 discarded. Review them',
    );
    expect(render({ data: activity, fetchedAt: now })).not.toContain('Decided so far');
  });

  it('lists recent events with outcome, channel and the reason in words; unknown values as the node wrote them', () => {
    const html = textOf(render({ data: activity, fetchedAt: now }));
    expect(html).toContain('2 minutes ago Rejected DICOMweb (STOW-RS) Not DICOM NOT_DICOM');
    expect(html).toContain('10 minutes ago Stored DICOM (C-STORE) —');
    expect(html).toContain('20 minutes ago rerouted pigeon NEW_CODE');
  });

  it('says so when nothing has arrived', () => {
    expect(render({ data: { ...activity, recent: [] }, fetchedAt: now })).toContain(
      'Nothing has arrived yet.',
    );
  });

  it('keeps the last activity beside a failed refresh, with the node’s code and correlation id', () => {
    const error = new ServiceRequestError('node', 'FAILED', {
      status: 503,
      serviceCode: 'DATABASE_UNAVAILABLE',
      correlationId: 'corr-node-7',
    });
    const html = textOf(render({ data: activity, fetchedAt: new Date('2026-05-04T09:59:30Z'), error }));
    expect(html).toContain('The ingest activity is unavailable');
    expect(html).toContain('Your node could not answer (HTTP 503). It is retried automatically.');
    expect(html).toContain('Error code DATABASE_UNAVAILABLE');
    expect(html).toContain('Correlation ID corr-node-7');
    expect(html).toContain('Showing what was fetched at');
    expect(html).toContain('Received 1,234');
  });

  it('names the node’s address when it cannot be reached, in Traditional Chinese too', () => {
    const error = new ServiceRequestError('node', 'UNREACHABLE');
    expect(textOf(render({ error }))).toContain(`Your node could not be reached at ${nodeUrl}.`);
    const zh = textOf(render({ data: activity, fetchedAt: now }, 'zh-TW'));
    expect(zh).toContain('已接收 1,234');
    expect(zh).toContain('已拒收 DICOMweb 上傳（STOW-RS） 不是 DICOM NOT_DICOM');
  });
});
