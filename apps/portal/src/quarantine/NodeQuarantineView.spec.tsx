import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ResourceState } from '../api/use-service-resource';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import type { QuarantinedObject, QuarantineStatus } from '../node-operator/node-client';
import { DecisionDialog } from './DecisionDialog';
import { NodeQuarantineView, type DecisionReceipt } from './NodeQuarantineView';

const now = new Date('2026-05-04T10:00:00Z');
const ultrasound: QuarantinedObject = {
  id: 'q-us',
  receivedAt: new Date('2026-05-04T09:18:00Z'),
  receivedVia: 'dimse',
  callingAeTitle: 'STORESCU',
  code: 'BURNED_IN_PIXELS_UNVERIFIED',
  reason: 'ultrasound from GE Healthcare LOGIQ E9: no redaction rule matches',
  sopClassUid: '1.2.840.10008.5.1.4.1.1.6.1',
  modality: 'US',
  manufacturer: 'GE Healthcare',
  byteLength: 1_572_864,
  status: 'waiting',
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  releasable: true,
};
const pdf: QuarantinedObject = {
  ...ultrasound,
  id: 'q-pdf',
  receivedVia: 'import',
  callingAeTitle: null,
  code: 'ENCAPSULATED_DOCUMENT',
  reason: 'document content cannot be cleaned',
  sopClassUid: '1.2.840.10008.5.1.4.1.1.104.1',
  modality: 'DOC',
  manufacturer: null,
  releasable: false,
};

function inLocale(locale: Locale, element: ReactElement): string {
  return renderToStaticMarkup(<I18nProvider initialLocale={locale}>{element}</I18nProvider>);
}

function render(
  status: QuarantineStatus,
  state: Partial<ResourceState<readonly QuarantinedObject[]>>,
  options: { locale?: Locale; receipt?: DecisionReceipt } = {},
): string {
  const full = { data: null, fetchedAt: null, error: null, loading: false, ...state };
  return inLocale(
    options.locale ?? 'en',
    <NodeQuarantineView
      status={status}
      state={full}
      now={now}
      nodeUrl="http://127.0.0.1:3101"
      receipt={options.receipt ?? null}
      onRefresh={() => undefined}
      onChoose={() => undefined}
    />,
  );
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The markup of the card whose heading id names the item. */
function card(html: string, id: string): string {
  const start = html.indexOf(`<article class="quarantine-card" aria-labelledby="quarantined-${id}">`);
  if (start < 0) throw new Error(`no card ${id}`);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('NodeQuarantineView', () => {
  it('explains a waiting item in plain words with the engine’s reason and its facts', () => {
    const html = render('waiting', { data: [ultrasound, pdf], fetchedAt: now });
    const text = textOf(card(html, 'q-us'));
    expect(text).toContain('Possible burned-in text BURNED_IN_PIXELS_UNVERIFIED');
    expect(text).toContain('Received 42 minutes ago');
    expect(text).toContain('no redaction rule covers this device');
    expect(text).toContain('Check result: ultrasound from GE Healthcare LOGIQ E9: no redaction rule matches');
    expect(text).toContain('Received via DICOM (C-STORE) from STORESCU');
    expect(text).toContain('SOP class Ultrasound Image Storage');
    expect(text).toContain('Modality US');
    expect(text).toContain('Manufacturer GE Healthcare');
    expect(text).toContain('Size 1.6 MB');
    expect(card(html, 'q-us')).not.toMatch(/<button[^>]*disabled[^>]*>Release…/);
  });

  it('disables release for an item no one can settle by looking, and says why', () => {
    const markup = card(render('waiting', { data: [ultrasound, pdf], fetchedAt: now }), 'q-pdf');
    expect(markup).toMatch(
      /<button type="button" class="button button--primary" disabled="" aria-describedby="quarantined-q-pdf-why">Release…<\/button>/,
    );
    expect(markup).toContain('id="quarantined-q-pdf-why"');
    expect(textOf(markup)).toContain('Release is not possible for this reason');
    expect(textOf(markup)).toContain('Discard…');
    expect(textOf(markup)).toContain('Manufacturer —');
  });

  it('lists decided items with who decided and their note, with the list marked in the navigation', () => {
    const released = {
      ...ultrasound,
      status: 'released' as const,
      decidedBy: 'operator-a',
      decidedAt: new Date('2026-05-04T09:30:00Z'),
      decisionNote: 'Viewed every frame: no text.',
    };
    const html = render('released', { data: [released], fetchedAt: now });
    expect(html).toContain('aria-current="page" href="/node/quarantine?status=released">Released</a>');
    expect(html).not.toContain('<article');
    const row = textOf(html.slice(html.indexOf('<tbody>')));
    expect(row).toContain(
      'operator-a Viewed every frame: no text. Possible burned-in text BURNED_IN_PIXELS_UNVERIFIED US',
    );
  });

  it.each([
    ['waiting', 'Nothing is waiting for review.'],
    ['released', 'Nothing has been released yet.'],
    ['discarded', 'Nothing has been discarded yet.'],
  ] as const)('says so when the %s list is empty', (status, message) => {
    expect(render(status, { data: [], fetchedAt: now })).toContain(message);
  });

  it('confirms the last decision in a status message', () => {
    const html = render(
      'waiting',
      { data: [], fetchedAt: now },
      { receipt: { decision: 'discard', decidedAt: now } },
    );
    expect(html).toMatch(/role="status">Discarded at .*: the encrypted original was destroyed\./);
  });

  it('speaks Traditional Chinese', () => {
    const text = textOf(render('waiting', { data: [pdf], fetchedAt: now }, { locale: 'zh-TW' }));
    expect(text).toContain('內嵌文件 ENCAPSULATED_DOCUMENT');
    expect(text).toContain('42 分鐘前接收');
    expect(text).toContain('此原因無法放行');
  });
});

describe('DecisionDialog', () => {
  const dialog = (decision: 'release' | 'discard', locale: Locale = 'en') =>
    inLocale(
      locale,
      <DecisionDialog
        item={ultrasound}
        decision={decision}
        nodeUrl="http://127.0.0.1:3101"
        decide={async () => undefined}
        onDecided={() => undefined}
        onClose={() => undefined}
      />,
    );

  it('asks for a release with its consequence, a required note and a confirmation, sending nothing yet', () => {
    const html = dialog('release');
    const text = textOf(html);
    expect(text).toContain('Release this image?');
    expect(text).toContain('It will be de-identified again with your review recorded in its provenance');
    expect(html).toMatch(/<textarea[^>]*required=""[^>]*aria-required="true"/);
    expect(text).toContain('I have looked at this image and it shows no identifying text.');
    expect(html).toMatch(
      /<button type="submit" class="button button--primary" disabled="">Release<\/button>/,
    );
  });

  it('warns that a discard destroys the original, in both languages', () => {
    expect(textOf(dialog('discard'))).toContain(
      'Its encrypted original will be destroyed. This cannot be undone.',
    );
    expect(dialog('discard')).toMatch(
      /<button type="submit" class="button button--danger" disabled="">Discard<\/button>/,
    );
    expect(textOf(dialog('discard', 'zh-TW'))).toContain('其加密的原始檔案將被銷毀，且無法復原。');
  });
});
