import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  capture,
  chromiumFound,
  chromiumPath,
  launchChromium,
  signInAs as signInOn,
  submitLoginForm,
  watchPage,
} from './testing/browser-session';
import { buildForSmokeTest, type SmokeBuild } from './testing/smoke-build';
import { startSmokeStack, type SmokeStack } from './testing/smoke-stack';
import { standInCorrelationId, startStandInCenter, type StandInCenter } from './testing/stand-in-center';

// Browser smoke test: the built dev-idp and portal server as processes, Debian's Chromium through
// playwright-core, and a stand-in for the center's node list that verifies the tokens it receives.

const root = path.resolve(__dirname, '../../..');

// Each step waits up to 20 s for the browser; the whole step gets room for several such waits.
jest.setTimeout(60_000);

if (!chromiumFound) {
  console.warn(
    `portal browser smoke test skipped: Chromium not found at ${chromiumPath} (set LATTICE_CHROMIUM)`,
  );
}
const describeWithChromium = chromiumFound ? describe : describe.skip;

describeWithChromium(
  `portal in Chromium (${chromiumFound ? chromiumPath : 'skipped: Chromium not found'})`,
  () => {
    let workDir: string;
    let buildDir: string;
    let build: SmokeBuild;
    let stack: SmokeStack;
    let center: StandInCenter;
    let context: BrowserContext;
    let page: Page;
    const browserProblems: string[] = [];

    beforeAll(async () => {
      workDir = mkdtempSync(path.join(tmpdir(), 'portal-smoke-'));
      mkdirSync(path.join(root, 'tmp'), { recursive: true });
      buildDir = mkdtempSync(path.join(root, 'tmp', 'portal-smoke-build-'));
      build = buildForSmokeTest(root, buildDir);
      stack = await startSmokeStack({
        root,
        build,
        workDir,
        services: async (urls) => {
          center = await startStandInCenter(urls);
          return { centerUrl: center.url };
        },
      });

      context = await launchChromium(path.join(workDir, 'profile'));
      page = watched(context.pages()[0] ?? (await context.newPage()));
    }, 180_000);

    afterAll(async () => {
      await context?.close();
      await Promise.all([stack?.stop(), center?.close()]);
      if (workDir) rmSync(workDir, { recursive: true, force: true });
      if (buildDir) rmSync(buildDir, { recursive: true, force: true });
    });

    const watched = (target: Page) => watchPage(target, browserProblems);

    const signInAs = (username: string, on: { page: Page; stack: SmokeStack } = { page, stack }) =>
      signInOn(on.page, on.stack, username);

    /** After "Sign in again" the issuer may still hold a session (straight back) or show its form. */
    async function signInAgain(target: Page, on: SmokeStack, username: string): Promise<void> {
      await target.getByRole('button', { name: 'Sign in again' }).click();
      const welcome = target.getByRole('heading', { level: 1, name: `Welcome, ${username}` });
      await welcome.or(target.locator('input[name="username"]')).waitFor();
      if (new URL(target.url()).origin === on.issuerOrigin) await submitLoginForm(target, username);
      await welcome.waitFor();
    }

    const nodeRow = (nodeId: string) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: nodeId, exact: true }) });

    it('signs admin in through the issuer and shows node-a and node-b online', async () => {
      await signInAs('admin');

      const header = page.getByRole('banner');
      expect(await header.getByTestId('signed-in-user').textContent()).toBe('admin');
      expect(await header.textContent()).toContain('Center administrator');

      await nodeRow('node-a').getByText('Online').waitFor();
      await nodeRow('node-b').getByText('Online').waitFor();
      expect(await nodeRow('node-a').textContent()).toContain('Hospital A');
      expect(await page.getByRole('region', { name: 'Hospital nodes' }).textContent()).toContain(
        '2 of 2 online',
      );

      const navigation = page.getByRole('navigation', { name: 'Main navigation' });
      expect(await navigation.getByRole('link').allTextContents()).toEqual([
        'Home',
        'Hospital nodes',
        'Studies',
        'Center quarantine',
      ]);
      expect(await navigation.getByText('Coming', { exact: true }).count()).toBe(3);

      // The center received the issuer's real token for admin, and accepted it.
      expect(center.calls).toContainEqual({
        username: 'admin',
        verified: true,
        status: 200,
        path: '/api/nodes',
      });
      await capture(page, 'admin-home');
    });

    it('shows a failed refresh with the center correlation id, keeping the last list', async () => {
      center.mode = 'failing';
      await page.getByRole('button', { name: 'Refresh' }).click();
      const alert = page.getByRole('alert');
      await alert.getByText(standInCorrelationId).waitFor();
      expect(await alert.textContent()).toContain('The center could not answer (HTTP 500).');
      expect(await nodeRow('node-a').textContent()).toContain('Online');

      center.mode = 'serving';
      await page.getByRole('button', { name: 'Refresh' }).click();
      await alert.waitFor({ state: 'detached' });
    });

    it('switches to 繁體中文, keeps it across a reload, and switches back', async () => {
      await page.getByRole('button', { name: '繁體中文' }).click();
      await page.getByRole('heading', { level: 1, name: '歡迎，admin' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
      expect(await page.getByRole('button', { name: '繁體中文' }).getAttribute('aria-pressed')).toBe('true');
      await nodeRow('node-a').getByText('在線').waitFor();
      expect(
        await page
          .getByRole('navigation', { name: '主要導覽' })
          .getByText('即將推出', { exact: true })
          .count(),
      ).toBe(3);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: '歡迎，admin' }).waitFor();

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Welcome, admin' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });

    it('asks to sign in again when the center rejects the token, instead of a blank page', async () => {
      center.mode = 'rejecting-token';
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.getByRole('heading', { name: 'Your session has ended' }).waitFor();
      center.mode = 'serving';

      await signInAgain(page, stack, 'admin');
      await nodeRow('node-b').getByText('Online').waitFor();
    });

    it('signs out through the issuer and forgets the session', async () => {
      await Promise.all([
        page.waitForURL((url) => url.origin === stack.issuerOrigin, { waitUntil: 'commit' }),
        page.getByRole('button', { name: 'Sign out' }).click(),
      ]);
      await page.waitForURL(`${stack.portalUrl}/`);
      await page.getByRole('heading', { name: 'Sign in to Lattice' }).waitFor();
      const storedUsers = await page.evaluate(() =>
        Object.keys(sessionStorage).filter((key) => key.startsWith('oidc.user')),
      );
      expect(storedUsers).toEqual([]);
    });

    it('signs patient1 in (a fresh login: the issuer session ended) to the patient home without the node table', async () => {
      const callsBefore = center.calls.length;
      await signInAs('patient1');
      expect(await page.getByRole('banner').textContent()).toContain('Patient');
      await page.getByRole('heading', { level: 2, name: 'Patient' }).first().waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await page.getByText('Hospital nodes').count()).toBe(0);
      expect(
        await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents(),
      ).toEqual(['Home']);

      await page.getByRole('button', { name: '繁體中文' }).click();
      await page.getByRole('heading', { level: 1, name: '歡迎，patient1' }).waitFor();
      for (const title of ['書面告知', '使用目的', '使用紀錄']) {
        expect(await page.getByRole('main').getByText(title, { exact: true }).count()).toBeGreaterThan(0);
      }
      expect(await page.getByRole('main').getByText('即將推出', { exact: true }).count()).toBe(4);
      await capture(page, 'patient-home-zh-TW');
      await page.getByRole('button', { name: 'English' }).click();

      expect(center.calls.length).toBe(callsBefore);
    });

    it('renews an expiring token quietly, and asks to sign in again once it cannot, not a blank page', async () => {
      const shortLived = await startSmokeStack({
        root,
        build,
        workDir,
        accessTokenTtlSeconds: 4,
        // Researchers never call the center; a closed port makes any call visible as an error.
        services: async () => ({ centerUrl: 'http://127.0.0.1:9' }),
      });
      const expiring = watched(await context.newPage());
      try {
        await signInAs('researcher', { page: expiring, stack: shortLived });
        const welcome = expiring.getByRole('heading', { level: 1, name: 'Welcome, researcher' });
        // Two token lifetimes later the refresh token has kept the session alive.
        await expiring.waitForTimeout(9_000);
        expect(await welcome.isVisible()).toBe(true);
        expect(await expiring.getByRole('heading', { name: 'Your session has ended' }).count()).toBe(0);
        // With the issuer gone nothing can renew the token: when it expires the user is told so.
        await shortLived.devIdp.stop();
        await expiring.getByRole('heading', { name: 'Your session has ended' }).waitFor();
        await expiring.getByRole('button', { name: 'Sign in again' }).waitFor();
      } finally {
        await expiring.close();
        await shortLived.stop();
      }
    });

    it('ran without script errors or content-security-policy violations', () => {
      expect(browserProblems).toEqual([]);
    });

    it('stops the portal server cleanly on SIGTERM', async () => {
      expect(await stack.portal.stop()).toBe(0);
      expect(stack.portal.output.map((line) => JSON.parse(line).event)).toEqual(['ready', 'stopping']);
    });

    it('refuses to start the portal server without its settings, naming the variable', () => {
      const result = spawnSync(process.execPath, [build.portalServerMain], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', CENTER_URL: 'http://127.0.0.1:9' },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('OIDC_ISSUER_URL: is required but not set');
    });
  },
);
