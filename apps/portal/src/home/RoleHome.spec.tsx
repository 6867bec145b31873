import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Principal } from '../auth/principal';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import { RoleNavigation } from '../shell/RoleNavigation';
import type { PortalRole } from '../roles/portal-role';
import { RoleHome } from './RoleHome';

const principal = (roles: PortalRole[], extra: Partial<Principal> = {}): Principal => ({
  username: 'someone',
  roles,
  expiresAt: new Date('2026-05-04T10:05:00Z'),
  ...extra,
});

function inLocale(locale: Locale, element: ReactElement): string {
  return renderToStaticMarkup(<I18nProvider initialLocale={locale}>{element}</I18nProvider>);
}

function roleHome(role: PortalRole, locale: Locale = 'en', extra: Partial<Principal> = {}): string {
  return inLocale(
    locale,
    <RoleHome
      role={role}
      principal={principal([role], extra)}
      accessToken="t"
      centerUrl="http://127.0.0.1:3000"
    />,
  );
}

const anchors = (html: string) => [...html.matchAll(/<a [^>]*>(.*?)<\/a>/g)].map((match) => match[1]);
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1]);

describe('role homes', () => {
  it.each(['researcher', 'patient'] as const)(
    'the %s home says nothing is open yet and lists what is coming, without links',
    (role) => {
      const html = roleHome(role);
      expect(html).toContain('Nothing for this role is open yet.');
      expect(html).toContain('Coming next');
      expect(html).toContain('>Coming<');
      expect(anchors(html)).toEqual([]);
      expect(html).not.toContain('Hospital nodes');
    },
  );

  it('the node-operator home links to ingest activity, quarantine and opt-outs, and announces validation tasks', () => {
    const html = roleHome('node-operator', 'en', { nodeId: 'node-a' });
    expect(anchors(html)).toEqual(['Ingest activity', 'Quarantine', 'Record an opt-out']);
    expect(hrefs(html)).toEqual(['/node/ingest', '/node/quarantine', '/node/opt-outs']);
    expect(html).toContain('Validation tasks');
    expect(html.match(/>Coming</g)).toHaveLength(1);
    expect(html).not.toContain('Nothing for this role is open yet.');
  });

  it('the data-steward home links to the studies and the center quarantine, in both languages', () => {
    expect(anchors(roleHome('data-steward'))).toEqual(['Studies', 'Center quarantine']);
    expect(anchors(roleHome('data-steward', 'zh-TW'))).toEqual(['影像檢查', '中心隔離區']);
    expect(hrefs(roleHome('data-steward'))).toEqual(['/studies', '/center/quarantine']);
  });

  it('the patient home in Traditional Chinese names the patient capabilities as 即將推出', () => {
    const html = roleHome('patient', 'zh-TW', { nationalId: 'A123456780' });
    for (const title of ['書面告知', '使用目的', '退出', '使用紀錄']) expect(html).toContain(title);
    expect(html).toContain('即將推出');
    expect(html).toContain('假名');
    expect(html).not.toContain('A123456780');
  });

  it('tells a node operator which node they operate', () => {
    expect(roleHome('node-operator', 'en', { nodeId: 'node-b' })).toContain('You operate node node-b.');
    expect(roleHome('node-operator')).toContain('No hospital node is linked to your account yet.');
  });
});

describe('role navigation', () => {
  it('links only to what exists: home and, for administrators, the node list, studies and center quarantine', () => {
    const html = inLocale('en', <RoleNavigation roles={['center-admin', 'patient']} />);
    expect(anchors(html)).toEqual(['Home', 'Hospital nodes', 'Studies', 'Center quarantine']);
    expect(hrefs(html)).toEqual(['/', '/#nodes', '/studies', '/center/quarantine']);
    for (const coming of ['Keys', 'Audit trail', 'Platform settings', 'Written notice', 'Usage history']) {
      expect(html).toContain(`<span>${coming}</span>`);
    }
  });

  it('marks every coming entry in the chosen language', () => {
    const html = inLocale('zh-TW', <RoleNavigation roles={['researcher']} />);
    expect(html.match(/即將推出/g)).toHaveLength(4);
  });

  it('gives a node operator links to their node pages, with only validation tasks still coming', () => {
    const html = inLocale('en', <RoleNavigation roles={['node-operator']} />);
    expect(anchors(html)).toEqual(['Home', 'Ingest activity', 'Quarantine', 'Record an opt-out']);
    expect(html).toContain('<span>Validation tasks</span>');
    expect(html.match(/>Coming</g)).toHaveLength(1);
  });
});
