import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import { formatClockTime } from '../i18n/time-format';
import { ServiceRequestError } from '../api/service-request';
import type { HospitalNode } from './center-client';
import { NodeTable } from './NodeTable';
import type { NodeListState } from './use-node-list';

const now = new Date('2026-05-04T10:00:00Z');
const centerUrl = 'http://127.0.0.1:3000';

const node = (
  id: string,
  status: HospitalNode['status'],
  lastSeenSecondsAgo: number | null,
): HospitalNode => ({
  id,
  displayName: `Display ${id}`,
  hospital: `Hospital of ${id}`,
  status,
  lastSeenAt: lastSeenSecondsAgo === null ? null : new Date(now.getTime() - lastSeenSecondsAgo * 1000),
  enrolledAt: new Date('2026-05-01T00:00:00Z'),
  keyId: `${id}-key`,
});

function render(state: Partial<NodeListState>, locale: Locale = 'en'): string {
  const full: NodeListState = { data: null, fetchedAt: null, error: null, loading: false, ...state };
  return renderToStaticMarkup(
    <I18nProvider initialLocale={locale}>
      <NodeTable state={full} now={now} centerUrl={centerUrl} onRefresh={() => undefined} />
    </I18nProvider>,
  );
}

/** The text of the table row whose row header is the node id (how a person and the browser test find it). */
function rowOf(html: string, nodeId: string): string {
  const row = html
    .split('<tr>')
    .find((part) => part.includes(`<th scope="row"><code class="node-id">${nodeId}</code>`));
  if (row === undefined) throw new Error(`no row for ${nodeId}`);
  return row
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('NodeTable', () => {
  it('shows a loading status before the first answer', () => {
    const html = render({ loading: true });
    expect(html).toContain('role="status"');
    expect(html).toContain('Loading nodes…');
    expect(html).not.toContain('<table');
  });

  it('lists each node with its name, hospital, status and last contact', () => {
    const html = render({
      data: [node('node-b', 'offline', null), node('node-a', 'online', 5)],
      fetchedAt: now,
    });
    expect(rowOf(html, 'node-a')).toBe('node-a Display node-a Hospital of node-a Online 5 seconds ago');
    expect(rowOf(html, 'node-b')).toBe('node-b Display node-b Hospital of node-b Offline Never');
    expect(html.indexOf('node-a')).toBeLessThan(html.indexOf('node-b'));
    expect(html).toContain('1 of 2 online');
    expect(html).toMatch(/<th scope="col">Status<\/th>/);
    expect(html).toContain('data-status="online"');
  });

  it('speaks Traditional Chinese when asked', () => {
    const html = render({ data: [node('node-a', 'online', 120)], fetchedAt: now }, 'zh-TW');
    expect(rowOf(html, 'node-a')).toContain('在線 2 分鐘前');
    expect(html).toContain('最後連線');
  });

  it('says so when no node is enrolled', () => {
    const html = render({ data: [], fetchedAt: now });
    expect(html).toContain('No hospital nodes are enrolled yet.');
    expect(html).not.toContain('<table');
  });

  it('names the unreachable center', () => {
    const html = render({ error: new ServiceRequestError('center', 'UNREACHABLE') });
    expect(html).toContain('role="alert"');
    expect(html).toContain(`The center could not be reached at ${centerUrl}. It is retried automatically.`);
  });

  it('explains a 403 and shows the correlation id the center gave', () => {
    const error = new ServiceRequestError('center', 'FORBIDDEN', {
      status: 403,
      serviceCode: 'FORBIDDEN',
      correlationId: 'corr-7f3a',
    });
    const html = render({ error });
    expect(html).toContain('The node list is unavailable');
    expect(html).toContain('The center refused this request (403)');
    expect(html).toContain('Correlation ID');
    expect(html).toContain('corr-7f3a');
    expect(html).toContain('FORBIDDEN');
  });

  it('keeps the last list visible beside a failed refresh and says how old it is', () => {
    const fetchedAt = new Date(now.getTime() - 30_000);
    const error = new ServiceRequestError('center', 'FAILED', { status: 500 });
    const html = render({ data: [node('node-a', 'online', 31)], fetchedAt, error });
    expect(html).toContain('The center could not answer (HTTP 500).');
    expect(html).toContain(`Showing what was fetched at ${formatClockTime(fetchedAt, 'en')}.`);
    expect(rowOf(html, 'node-a')).toContain('Online');
  });
});
