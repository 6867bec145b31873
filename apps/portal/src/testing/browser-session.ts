import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createTranslate, type Translate } from '../i18n/translate';
import { en } from '../i18n/messages.en';
import type { SmokeStack } from './smoke-stack';

/** Debian's Chromium, or the one LATTICE_CHROMIUM names. */
export const chromiumPath = process.env['LATTICE_CHROMIUM'] ?? '/usr/bin/chromium';

/** Whether the browser tests can run here; they are skipped with a warning otherwise. */
export const chromiumFound = existsSync(chromiumPath);

/** The password of every demo user of the dev-idp. */
export const demoPassword = 'lattice';

/** How long each step waits for the browser. */
export const browserWaitMs = 20_000;

/** Starts headless Chromium with a fresh profile in `profileDir`. */
export function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1360, height: 900 },
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
}

/** Records script errors and CSP violations; Chromium also logs each non-2xx fetch, which tests provoke. */
export function watchPage(target: Page, problems: string[]): Page {
  target.setDefaultTimeout(browserWaitMs);
  target.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  target.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return target;
}

/** Fills the dev-idp's login form. */
export async function submitLoginForm(target: Page, username: string): Promise<void> {
  await target.locator('input[name="username"]').fill(username);
  await target.locator('input[name="password"]').fill(demoPassword);
  await target.locator('form button[type="submit"]').click();
}

/**
 * Signs a demo user in from the portal's sign-in page, in the language `t` speaks (English by default),
 * and waits for their home page.
 */
export async function signInAs(
  target: Page,
  stack: SmokeStack,
  username: string,
  t: Translate = createTranslate(en),
): Promise<void> {
  await target.goto(stack.portalUrl);
  await target.getByRole('heading', { name: t('signIn.title') }).waitFor();
  await target.getByRole('button', { name: t('signIn.button'), exact: true }).click();
  await target.waitForURL((url) => url.origin === stack.issuerOrigin);
  await submitLoginForm(target, username);
  await target.waitForURL(`${stack.portalUrl}/`);
  await target.getByRole('heading', { level: 1, name: t('home.welcome', { username }) }).waitFor();
}

/** Saves a full-page screenshot under LATTICE_SCREENSHOT_DIR, when it is set. */
export async function capture(target: Page, name: string): Promise<void> {
  const screenshotDir = process.env['LATTICE_SCREENSHOT_DIR'];
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  // From the top, so the sticky header is drawn where it belongs in the full-page picture.
  await target.evaluate(() => window.scrollTo(0, 0));
  await target.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Waits until `check` holds, asking every 200 ms; fails with `what` after `timeoutMs`. */
export async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = browserWaitMs,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
