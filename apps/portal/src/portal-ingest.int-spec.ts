import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Locale } from './i18n/locale';
import { en } from './i18n/messages.en';
import { zhTW } from './i18n/messages.zh-TW';
import { createTranslate, type Messages } from './i18n/translate';
import {
  capture,
  chromiumFound,
  chromiumPath,
  eventually,
  launchChromium,
  signInAs,
  watchPage,
} from './testing/browser-session';
import { buildForSmokeTest, type SmokeBuild } from './testing/smoke-build';
import { startSmokeStack, type SmokeStack } from './testing/smoke-stack';
import { startStandInCenter, type StandInCenter } from './testing/stand-in-center';
import {
  standInPatientWithPendingPushes,
  standInQuarantineIds,
  startStandInNode,
  type StandInNode,
} from './testing/stand-in-node';

// Browser journeys of the node operator and the data steward, in both languages: the built dev-idp and
// portal server, Debian's Chromium, and stand-ins for node-a's operator API and the center's catalog that
// answer exactly the shapes of docs/ingest.md and verify the issuer's tokens as the services do.

const root = path.resolve(__dirname, '../../..');
const dictionaries: Readonly<Record<Locale, Messages>> = { en, 'zh-TW': zhTW };

jest.setTimeout(90_000);

if (!chromiumFound) {
  console.warn(`portal journeys skipped: Chromium not found at ${chromiumPath} (set LATTICE_CHROMIUM)`);
}
const describeWithChromium = chromiumFound ? describe : describe.skip;

describeWithChromium(
  `portal pages for node operators and data stewards in Chromium (${chromiumFound ? chromiumPath : 'skipped: Chromium not found'})`,
  () => {
    let buildDir: string;
    let build: SmokeBuild;

    beforeAll(() => {
      mkdirSync(path.join(root, 'tmp'), { recursive: true });
      buildDir = mkdtempSync(path.join(root, 'tmp', 'portal-journeys-build-'));
      build = buildForSmokeTest(root, buildDir);
    }, 180_000);

    afterAll(() => {
      if (buildDir) rmSync(buildDir, { recursive: true, force: true });
    });

    describe.each(['en', 'zh-TW'] as const)('in %s', (locale) => {
      const t = createTranslate(dictionaries[locale]);
      let workDir: string;
      let stack: SmokeStack;
      let center: StandInCenter;
      let node: StandInNode;
      let context: BrowserContext;
      let page: Page;
      const problems: string[] = [];

      beforeAll(async () => {
        workDir = mkdtempSync(path.join(tmpdir(), 'portal-journeys-'));
        stack = await startSmokeStack({
          root,
          build,
          workDir,
          services: async (urls) => {
            center = await startStandInCenter(urls);
            node = await startStandInNode({ nodeId: 'node-a', ...urls });
            // node-b is left out on purpose: its operator must be told the portal cannot reach it.
            return { centerUrl: center.url, nodeUrls: { 'node-a': node.url } };
          },
        });
        context = await launchChromium(path.join(workDir, 'profile'));
        page = watchPage(context.pages()[0] ?? (await context.newPage()), problems);
        if (locale === 'zh-TW') {
          // The language is chosen on the sign-in page and kept for the rest of the visit.
          await page.goto(stack.portalUrl);
          await page.getByRole('button', { name: '繁體中文' }).click();
        }
      }, 120_000);

      afterAll(async () => {
        await context?.close();
        await Promise.all([stack?.stop(), center?.close(), node?.close()]);
        if (workDir) rmSync(workDir, { recursive: true, force: true });
      });

      const main = () => page.getByRole('main');
      const navigation = () => page.getByRole('navigation', { name: t('nav.label') });
      const heading = (name: string) => page.getByRole('heading', { level: 1, name });
      const waitingItem = (text: string): Locator =>
        main()
          .getByRole('listitem')
          .filter({ has: page.getByRole('article') })
          .filter({ hasText: text });

      async function signOut(): Promise<void> {
        await Promise.all([
          page.waitForURL((url) => url.origin === stack.issuerOrigin, { waitUntil: 'commit' }),
          page.getByRole('button', { name: t('header.signOut') }).click(),
        ]);
        await page.getByRole('heading', { name: t('signIn.title') }).waitFor();
      }

      it('shows the node operator the ingest activity of their node, refreshed on its own', async () => {
        await signInAs(page, stack, 'operator-a', t);
        await capture(page, `operator-home-${locale}`);
        expect(await navigation().getByRole('link').allTextContents()).toEqual([
          t('nav.home'),
          t('capability.ingest.title'),
          t('capability.quarantine.title'),
          t('capability.recordOptOut.title'),
        ]);
        await navigation()
          .getByRole('link', { name: t('capability.ingest.title') })
          .click();
        await heading(t('ingest.title')).waitFor();
        expect(await main().textContent()).toContain('node-a');

        const received = main().locator('[data-count="received"]');
        await received.getByText('148', { exact: true }).waitFor();
        expect(await received.textContent()).toContain(t('ingest.count.received'));
        expect(await main().locator('[data-count="quarantined"]').getAttribute('data-tone')).toBe('warning');
        expect(await main().locator('[data-count="confirmed"] .stat__value').textContent()).toBe('136');

        const rejectedRow = main().getByRole('row').filter({ hasText: 'NOT_DICOM' });
        expect(await rejectedRow.textContent()).toContain(t('ingest.outcome.rejected'));
        expect(await rejectedRow.textContent()).toContain(t('reason.NOT_DICOM.title'));
        expect(await rejectedRow.textContent()).toContain(t('ingest.via.stow'));

        if (locale === 'en') {
          // Every 10 seconds the page asks the node again, with the operator's verified token.
          const activityCalls = () => node.calls.filter((call) => call.path === '/api/ingest/activity');
          await eventually('a second activity request', () => activityCalls().length >= 2, 15_000);
          expect(activityCalls().every((call) => call.verified && call.username === 'operator-a')).toBe(true);
        }
        await capture(page, `operator-ingest-${locale}`);
      });

      it('lets the operator release one quarantined image and discard another, each with a note', async () => {
        await main()
          .getByRole('link', { name: t('ingest.count.quarantined.review') })
          .click();
        await heading(t('quarantine.title')).waitFor();
        await eventually(
          'three waiting items',
          async () => (await main().getByRole('article').count()) === 3,
        );

        // The PDF cannot be settled by looking: release is disabled and the page says why.
        const pdf = waitingItem('Encapsulated PDF Storage');
        expect(await pdf.getByRole('button', { name: t('quarantine.release.open') }).isDisabled()).toBe(true);
        expect(await pdf.textContent()).toContain(t('quarantine.notReleasable'));
        expect(await pdf.textContent()).toContain(t('reason.ENCAPSULATED_DOCUMENT.title'));

        const ultrasound = waitingItem('LOGIQ E9');
        expect(await ultrasound.textContent()).toContain(t('reason.BURNED_IN_PIXELS_UNVERIFIED.explanation'));
        expect(await ultrasound.textContent()).toContain('Ultrasound Image Storage');
        expect(await ultrasound.textContent()).toContain('STORESCU');
        await ultrasound.getByRole('button', { name: t('quarantine.release.open') }).click();

        const releaseDialog = page.getByRole('dialog', { name: t('quarantine.release.title') });
        await releaseDialog.waitFor();
        const release = releaseDialog.getByRole('button', {
          name: t('quarantine.release.submit'),
          exact: true,
        });
        expect(await release.isDisabled()).toBe(true);
        const releaseNote = `Viewed every frame (${locale}): no text in the image.`;
        await releaseDialog.getByRole('textbox', { name: t('quarantine.note.label') }).fill(releaseNote);
        expect(await release.isDisabled()).toBe(true);
        await releaseDialog.getByRole('checkbox', { name: t('quarantine.release.confirm') }).check();
        await capture(page, `operator-release-dialog-${locale}`);
        await release.click();
        await releaseDialog.waitFor({ state: 'detached' });
        await ultrasound.waitFor({ state: 'detached' });
        const receipt = (await main().getByRole('status').textContent()) ?? '';
        for (const part of dictionaries[locale]['quarantine.released'].split('{time}'))
          expect(receipt).toContain(part);

        const capture2 = waitingItem('IntelliSpace Portal');
        await capture2.getByRole('button', { name: t('quarantine.discard.open') }).click();
        const discardDialog = page.getByRole('dialog', { name: t('quarantine.discard.title') });
        await discardDialog.waitFor();
        const discardNote = `Screen capture showing a name (${locale}).`;
        await discardDialog.getByRole('textbox', { name: t('quarantine.note.label') }).fill(discardNote);
        await discardDialog.getByRole('checkbox', { name: t('quarantine.discard.confirm') }).check();
        await discardDialog
          .getByRole('button', { name: t('quarantine.discard.submit'), exact: true })
          .click();
        await capture2.waitFor({ state: 'detached' });
        expect(await main().getByRole('article').count()).toBe(1);

        // The node received both decisions with the notes, from operator-a's verified token.
        expect(node.decisions).toEqual([
          {
            id: standInQuarantineIds.ultrasound,
            decision: 'release',
            note: releaseNote,
            username: 'operator-a',
          },
          {
            id: standInQuarantineIds.secondaryCapture,
            decision: 'discard',
            note: discardNote,
            username: 'operator-a',
          },
        ]);

        await main()
          .getByRole('link', { name: t('quarantine.status.released') })
          .click();
        const releasedRow = main().getByRole('row').filter({ hasText: releaseNote });
        await releasedRow.waitFor();
        expect(await releasedRow.textContent()).toContain('operator-a');
        await main()
          .getByRole('link', { name: t('quarantine.status.discarded') })
          .click();
        await main().getByRole('row').filter({ hasText: discardNote }).waitFor();
        await main()
          .getByRole('link', { name: t('quarantine.status.waiting') })
          .click();
        await main().getByRole('article').first().waitFor();
        await capture(page, `operator-quarantine-${locale}`);
      });

      it('records an opt-out at the node without keeping the patient id anywhere in the browser', async () => {
        await navigation()
          .getByRole('link', { name: t('capability.recordOptOut.title') })
          .click();
        await heading(t('optOut.title')).waitFor();
        const patientId = main().getByRole('textbox', { name: t('optOut.patientId.label') });
        const submit = main().getByRole('button', { name: t('optOut.submit') });
        await patientId.fill(standInPatientWithPendingPushes);
        expect(await submit.isDisabled()).toBe(true);
        await main()
          .getByRole('checkbox', { name: t('optOut.confirm') })
          .check();
        await submit.click();

        await main()
          .getByText(t('optOut.recorded.withdrawn', { count: '2' }))
          .waitFor();
        expect(await patientId.inputValue()).toBe('');
        expect(node.optOutDigests).toEqual([
          createHash('sha256').update(standInPatientWithPendingPushes).digest('hex'),
        ]);
        const traces = await page.evaluate(() => ({
          url: window.location.href,
          body: document.body.innerText,
          stored: JSON.stringify({ ...window.localStorage, ...window.sessionStorage }),
        }));
        expect(JSON.stringify(traces)).not.toContain(standInPatientWithPendingPushes);
        await capture(page, `operator-opt-out-${locale}`);

        // The activity now counts the withdrawn pushes.
        await navigation()
          .getByRole('link', { name: t('capability.ingest.title') })
          .click();
        await main().locator('[data-count="withdrawn"]').getByText('2', { exact: true }).waitFor();
        // The node's quarantine decisions are counted too: one released before and one now, one discarded now.
        expect(await main().locator('[data-count="quarantined"]').textContent()).toContain(
          t('ingest.count.quarantined.decided', { released: '2', discarded: '1' }),
        );
        await signOut();
      });

      it('walks the steward through filtering the studies, one study and its provenance', async () => {
        await signInAs(page, stack, 'steward', t);
        await navigation()
          .getByRole('link', { name: t('capability.studies.title') })
          .click();
        await heading(t('studies.title')).waitFor();
        const results = main().getByRole('region', { name: t('studies.total', { count: '30' }) });
        await results.waitFor();
        expect(await results.textContent()).toContain(
          t('studies.showing', { first: '1', last: '25', total: '30' }),
        );
        expect(
          await results.getByRole('navigation', { name: t('studies.pagination') }).textContent(),
        ).toContain(t('studies.page', { page: '1', pages: '2' }));
        await capture(page, `steward-studies-all-${locale}`);

        const filters = main().getByRole('complementary', { name: t('studies.filters') });
        const facet = (legend: string) => filters.getByRole('group', { name: legend });
        const option = (legend: string, value: string, count: string) =>
          facet(legend).getByRole('radio', { name: `${value} ${t('studies.facet.count', { count })}` });

        // Counts beside each option: 27 CT, 2 MR, 1 US among the 30 studies.
        expect(await option(t('studies.facet.modality'), 'MR', '2').count()).toBe(1);
        expect(await option(t('studies.facet.modality'), 'US', '1').count()).toBe(1);
        await option(t('studies.facet.modality'), 'CT', '27').check();
        await main()
          .getByRole('region', { name: t('studies.total', { count: '27' }) })
          .waitFor();
        expect(new URL(page.url()).search).toBe('?modality=CT');

        await option(t('studies.facet.site'), 'node-a', '26').check();
        await main()
          .getByRole('region', { name: t('studies.total', { count: '26' }) })
          .waitFor();

        const dates = main().getByRole('form', { name: t('studies.facet.studyDate') });
        await dates.getByLabel(t('studies.facet.from')).fill('2019-01-01');
        await dates.getByLabel(t('studies.facet.to')).fill('2023-12-31');
        await dates.getByRole('button', { name: t('studies.facet.applyDates') }).click();
        const narrowed = main().getByRole('region', { name: t('studies.total', { count: '2' }) });
        await narrowed.waitFor();
        expect(new URL(page.url()).searchParams.get('from')).toBe('20190101');
        const rows = narrowed.getByRole('row');
        expect(await rows.count()).toBe(3);
        const chestRow = rows.filter({ hasText: 'CT CHEST WITHOUT CONTRAST' });
        expect(await chestRow.textContent()).toContain('SIEMENS');
        expect(await chestRow.textContent()).toMatch(/P2[0-9A-Z]{26}/);
        await capture(page, `steward-studies-${locale}`);

        await chestRow.getByRole('link', { name: 'CT CHEST WITHOUT CONTRAST' }).click();
        await heading('CT CHEST WITHOUT CONTRAST').waitFor();
        const series = main().getByRole('region', { name: t('study.series.title') });
        const axial = series.getByRole('row').filter({ hasText: 'Axial 1.0 mm' });
        expect(await axial.textContent()).toContain('SOMATOM Definition AS');
        expect(await axial.textContent()).toContain('CHEST');
        await axial.getByRole('button', { name: t('study.series.showInstances', { count: '12' }) }).click();
        const instances = series.getByRole('table', { name: t('study.instances.caption') });
        await instances.waitFor();
        expect(await instances.getByRole('row').filter({ hasText: 'CT Image Storage' }).count()).toBe(12);

        const provenance = main().getByRole('region', { name: t('provenance.title') });
        const provenanceText = (await provenance.textContent()) ?? '';
        for (const expected of [
          t('provenance.stage1'),
          t('provenance.stage2'),
          'LATTICE stage 1: research-default (PS3.15 2026d)',
          'LATTICE stage 2: research-default (PS3.15 2026d)',
          'DCM 113107',
          'Retain Longitudinal Temporal Information Modified Dates Option',
          t('cid7050.113107'),
          t('provenance.identityRemoved.YES'),
          t('provenance.temporal.MODIFIED'),
          t('provenance.gathered', { count: '14' }),
        ]) {
          expect(provenanceText).toContain(expected);
        }
        expect(await provenance.getByRole('article').count()).toBe(2);
        await capture(page, `steward-study-${locale}`);

        // Back to the list with the filters as they were.
        await main()
          .getByRole('link', { name: t('study.back') })
          .click();
        await main()
          .getByRole('region', { name: t('studies.total', { count: '2' }) })
          .waitFor();
        expect(
          center.calls
            .filter((call) => call.path.startsWith('/api/catalog'))
            .every((call) => call.verified && call.username === 'steward' && call.status === 200),
        ).toBe(true);
      });

      it('shows the steward what the center held back, with reasons in plain words', async () => {
        await navigation()
          .getByRole('link', { name: t('capability.centerQuarantine.title') })
          .click();
        await heading(t('centerQuarantine.title')).waitFor();
        await main()
          .getByText(t('centerQuarantine.summary', { waiting: '2', total: '3' }))
          .waitFor();
        const residual = main().getByRole('row').filter({ hasText: 'RESIDUAL_PHI' });
        expect(await residual.textContent()).toContain(t('reason.RESIDUAL_PHI.title'));
        expect(await residual.textContent()).toContain(t('centerQuarantine.status.waiting'));
        expect(await residual.textContent()).toContain('Comprehensive SR Storage');
        await capture(page, `steward-center-quarantine-${locale}`);
      });

      if (locale === 'en') {
        it('tells the steward that node pages are not theirs, and an operator whose node the portal cannot reach why', async () => {
          await page.goto(`${stack.portalUrl}/node/quarantine`);
          await heading(t('roleRequired.title')).waitFor();
          expect(await main().textContent()).toContain(t('role.node-operator'));
          await signOut();

          await signInAs(page, stack, 'operator-b', t);
          await navigation()
            .getByRole('link', { name: t('capability.ingest.title') })
            .click();
          await page
            .getByRole('alert')
            .getByText(t('operator.noUrl.title', { nodeId: 'node-b' }))
            .waitFor();
          expect(node.calls.some((call) => call.username === 'operator-b')).toBe(false);
          await capture(page, 'operator-without-node-url-en');
          await signOut();
        });
      }

      it('ran without script errors or content-security-policy violations', () => {
        expect(problems).toEqual([]);
      });
    });
  },
);
