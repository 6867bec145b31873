import { renderToStaticMarkup } from 'react-dom/server';
import type { ResourceState } from '../api/use-service-resource';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import { NodeContext, OperatorNodeNotice } from '../node-operator/OperatorNodeNotice';
import { OptOutReceiptNotice } from '../opt-outs/OptOutPage';
import type { CenterQuarantineItem, CenterQuarantineList } from './center-quarantine-client';
import { CenterQuarantineView } from './CenterQuarantineView';

const now = new Date('2026-05-04T10:00:00Z');
const item = (id: string, status: string, receivedAt: string, code: string): CenterQuarantineItem => ({
  id,
  site: 'node-a',
  receivedAt: new Date(receivedAt),
  code,
  reason: `engine reason ${id}`,
  sopClassUid: '1.2.840.10008.5.1.4.1.1.88.33',
  modality: 'SR',
  status,
  decidedBy: status === 'waiting' ? null : 'steward',
  decidedAt: status === 'waiting' ? null : new Date('2026-05-04T09:00:00Z'),
});

function inLocale(locale: Locale, element: React.ReactElement): string {
  return renderToStaticMarkup(<I18nProvider initialLocale={locale}>{element}</I18nProvider>);
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function render(state: Partial<ResourceState<CenterQuarantineList>>, locale: Locale = 'en'): string {
  const full = { data: null, fetchedAt: null, error: null, loading: false, ...state };
  return inLocale(
    locale,
    <CenterQuarantineView
      state={full}
      now={now}
      centerUrl="http://127.0.0.1:3000"
      onRefresh={() => undefined}
    />,
  );
}

describe('CenterQuarantineView', () => {
  const items = [
    item('old-decided', 'discarded', '2026-05-04T08:00:00Z', 'UNKNOWN_CHARACTER_SET'),
    item('waiting-1', 'waiting', '2026-05-03T08:00:00Z', 'RESIDUAL_PHI'),
    item('waiting-2', 'waiting', '2026-05-04T07:00:00Z', 'FUTURE_CODE'),
  ];

  it('counts what waits, lists waiting items first, and explains each reason', () => {
    const text = textOf(render({ data: { total: 3, items }, fetchedAt: now }));
    expect(text).toContain('2 waiting · 3 in all');
    expect(text).not.toContain('showing the newest');
    expect(text.indexOf('FUTURE_CODE')).toBeLessThan(text.indexOf('RESIDUAL_PHI'));
    expect(text.indexOf('RESIDUAL_PHI')).toBeLessThan(text.indexOf('UNKNOWN_CHARACTER_SET'));
    expect(text).toContain(
      'Identifying value left RESIDUAL_PHI The check after de-identification still found a value of the original in the result. engine reason waiting-1',
    );
    expect(text).toContain('Comprehensive SR Storage · SR');
    expect(text).toMatch(/Discarded May 4, 2026, 9:00:00 AM by steward/);
  });

  it('says when nothing was held back', () => {
    expect(render({ data: { total: 0, items: [] }, fetchedAt: now })).toContain(
      'Nothing has been held back at the center.',
    );
  });

  it('says when only the newest of more items are shown', () => {
    expect(textOf(render({ data: { total: 1200, items }, fetchedAt: now }))).toContain(
      '2 waiting · 1,200 in all · showing the newest 3, waiting counted among them',
    );
  });

  it('speaks Traditional Chinese', () => {
    expect(textOf(render({ data: { total: 3, items }, fetchedAt: now }, 'zh-TW'))).toContain(
      '待處理 2 筆 · 共 3 筆',
    );
  });
});

describe('the operator’s node notices', () => {
  it('tells an operator without a node, or with a node the portal has no address for, what to ask for', () => {
    expect(textOf(inLocale('en', <OperatorNodeNotice node={{ kind: 'no-node' }} />))).toContain(
      'Your account is not linked to a hospital node',
    );
    const noUrl = inLocale('en', <OperatorNodeNotice node={{ kind: 'no-url', nodeId: 'node-b' }} />);
    expect(noUrl).toContain('role="alert"');
    expect(textOf(noUrl)).toContain('The portal has no address for node node-b');
    expect(textOf(noUrl)).toContain('node-b=&lt;the node’s URL&gt; to NODE_URLS');
    expect(textOf(inLocale('zh-TW', <NodeContext nodeId="node-a" />))).toBe('節點 node-a');
  });

  it('says what recording an opt-out did, never naming the patient', () => {
    const submittedAt = new Date('2026-05-04T10:00:00Z');
    const receipt = (
      withdrawnPushItems: number | null,
      extra: { alreadyRecorded?: boolean; recordedAt?: Date } = {},
    ) =>
      textOf(
        inLocale(
          'en',
          <OptOutReceiptNotice
            receipt={{ withdrawnPushItems, alreadyRecorded: false, recordedAt: null, ...extra }}
            submittedAt={submittedAt}
          />,
        ),
      );
    expect(receipt(2)).toContain('Pending pushes of this patient withdrawn: 2.');
    expect(receipt(0)).toContain('No push of this patient was pending.');
    expect(receipt(null)).toContain('Any pending pushes of this patient were withdrawn.');
    expect(receipt(2)).toMatch(/^Opt-out recorded at May 4, 2026, 10:00:00 AM/);
    expect(receipt(0, { recordedAt: new Date('2026-05-04T09:59:58Z') })).toMatch(
      /^Opt-out recorded at May 4, 2026, 9:59:58 AM/,
    );
    expect(receipt(0, { alreadyRecorded: true })).toContain('This patient’s opt-out was already on record.');
  });
});
