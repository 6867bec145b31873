import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

// The newcomer's first look, in a real browser against the real platform (started by the same
// launcher as `npm start`): the admin signs in and sees both hospital nodes online, in two languages.

const chromiumPath = process.env.LATTICE_CHROMIUM ?? '/usr/bin/chromium';
const chromiumFound = existsSync(chromiumPath);
if (!chromiumFound)
  console.warn(`portal journey SKIPPED: Chromium not found at ${chromiumPath} (set LATTICE_CHROMIUM)`);
const describeInBrowser = chromiumFound ? describe : describe.skip;

describeInBrowser(
  `the portal in Chromium (${chromiumFound ? chromiumPath : 'SKIPPED: Chromium not found'})`,
  () => {
    let platform: TestPlatform;
    let profile: string;
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      platform = await startTestPlatform();
      profile = mkdtempSync(path.join(tmpdir(), 'lattice-browser-'));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        headless: true,
        locale: 'en-US',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (error) => problems.push(error.message));
    }, 180_000);

    afterAll(async () => {
      await context?.close();
      await platform?.destroy();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    const nodeRow = (nodeId: string) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: nodeId, exact: true }) });

    it('signs the admin in through the issuer and shows node-a and node-b online', async () => {
      await page.goto(platform.urls.portal);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => url.href.startsWith(platform.urls.issuer));
      await page.locator('input[name="username"]').fill('admin');
      await page.locator('input[name="password"]').fill('lattice');
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('heading', { level: 1, name: 'Welcome, admin' }).waitFor();
      // The heartbeats, not the enrollment, make a node online: wait for the real status.
      await nodeRow('node-a').locator('[data-status="online"]').waitFor();
      await nodeRow('node-b').locator('[data-status="online"]').waitFor();
      expect(await nodeRow('node-a').textContent()).toContain('Demo Hospital A');
      expect(await nodeRow('node-b').textContent()).toContain('Demo Hospital B');
    });

    it('switches to Traditional Chinese and back', async () => {
      await page.getByRole('button', { name: '繁體中文' }).click();
      await page.getByRole('heading', { level: 1, name: '歡迎，admin' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
      await nodeRow('node-a').getByText('在線').waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Welcome, admin' }).waitFor();
      await nodeRow('node-b').getByText('Online').waitFor();
      expect(problems).toEqual([]);
    });
  },
);
