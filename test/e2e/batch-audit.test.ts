/**
 * @file The dashboard's batch audit service (entrypoints/dashboard/audit.ts) in an extension page of the built
 * extension in real Chromium: fixture profiles of LinkedIn and X read and checked as `npm run audit` checks them, and
 * a saved page carrying a script, an inline handler and images from the network audited without any of them running
 * or loading (the same image set in the live page, as a control, is requested). Then on the dashboard itself, as an
 * ambassador does it: three fixture pages uploaded through the file input, the notice ticked for each, three
 * colleagues and three sessions saved; the same pages again make a second session each, without a notice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../../src/cli/audit';
import type { BatchOutcome } from '../../src/coaching/batch';
import { DEFAULT_GUIDELINES } from '../../src/guidelines/presets/default';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { batchAuditFiles, BATCH_PAGE } from './support/batch-audit';
import { type ChromiumSession, launchChromium } from './support/chromium';

const PAGES = ['linkedin/profile/2025-05-sdui-en-other.html', 'linkedin/profile/2021-03-ember-en-other.html', 'x/profile/2025-02-fr-other.html'];
const page = (name: string) => ({ name: name.split('/').at(-1) as string, text: readFileSync(join(FIXTURES_DIR, name), 'utf8') });
/** Addresses no test serves: any request to them is recorded (and refused) by the session. */
const PIXEL = 'http://tracker.invalid/pixel.png';
const SECOND = 'https://media.licdn.com/dms/image/bait.jpg';

type Audit = (pages: Array<{ name: string; text: string }>) => Promise<{ ms: number; outcomes: BatchOutcome[] }>;

async function audit(tab: Page, pages: Array<{ name: string; text: string }>) {
  return tab.evaluate((input) => (globalThis as unknown as { profileCoachBatchAudit: Audit }).profileCoachBatchAudit(input), pages);
}

let session: ChromiumSession;
let tab: Page;

beforeAll(async () => {
  session = await launchChromium([], { extraFiles: await batchAuditFiles() });
  tab = await session.openExtensionPage(BATCH_PAGE);
  await tab.waitForFunction(() => 'profileCoachBatchAudit' in globalThis);
});

afterAll(async () => {
  await session?.close();
});

describe('batch audit service in Chromium', () => {
  it('reads and checks LinkedIn (today’s and the archived Ember layout) and X profiles as npm run audit does', async () => {
    const { outcomes } = await audit(tab, PAGES.map(page));
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true]);
    for (const [index, name] of PAGES.entries()) {
      const outcome = outcomes[index] as Extract<BatchOutcome, { ok: true }>;
      // With the built-in guidelines (none stored): the scores the engine gives in Node with the same guidelines.
      expect(outcome.result.guidelines.source).toBe('default');
      expect(outcome.file).toBe(name.split('/').at(-1));
      const inNode = auditPage(join(FIXTURES_DIR, name), { guidelines: DEFAULT_GUIDELINES, now: new Date() });
      expect(outcome.result.score).toEqual(inNode.score);
      expect(outcome.result.findings.map((finding) => [finding.ruleId, finding.status])).toEqual(
        inNode.findings.map((finding) => [finding.ruleId, finding.status]),
      );
    }
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.key : null))).toEqual([
      'linkedin:in/jonasbrenner',
      'linkedin:in/pieterjanwouters',
      'x:@jules_ml',
    ]);
  });

  it('runs no script of the saved page and loads none of its images', async () => {
    const before = session.extensionRequests.length;
    const { text } = page('x/profile/2025-02-fr-other.html');
    const hostile = text
      .replace(
        '</head>',
        `<script>globalThis.savedPageRan = true; fetch(${JSON.stringify(PIXEL)});</script><link rel="stylesheet" href="${PIXEL}?css"></head>`,
      )
      .replace('<body', `<body onload="globalThis.savedPageRan = true"`)
      .replace('</body>', `<img src="${PIXEL}" onerror="globalThis.savedPageRan = true"><img src="${SECOND}"><iframe src="${PIXEL}?frame"></iframe></body>`);
    const { outcomes } = await audit(tab, [{ name: 'hostile.html', text: hostile }]);
    expect(outcomes[0]).toMatchObject({ ok: true, key: 'x:@jules_ml' });
    // Give anything that might have started a moment to show.
    await tab.waitForTimeout(500);
    expect(await tab.evaluate(() => (globalThis as { savedPageRan?: boolean }).savedPageRan)).toBeUndefined();
    const made = session.extensionRequests.slice(before).map((request) => request.url);
    expect(made.filter((url) => url.includes('tracker.invalid') || url.includes('licdn.com'))).toEqual([]);

    // The control: the same image in the live page is requested, so the check above would have seen one.
    await tab.evaluate((src) => {
      const image = new Image();
      image.src = src;
      document.body.append(image);
    }, PIXEL);
    await expect.poll(() => session.extensionRequests.slice(before).some((request) => request.url === PIXEL), { timeout: 10_000 }).toBe(true);
  });

  it('says why a page gives nothing: an invitations page, a file that is not HTML, an empty file', async () => {
    const { outcomes } = await audit(tab, [
      page('linkedin/invitations/2024-10-artdeco-en-received.html'),
      { name: 'photo.png', text: '\u0089PNG\r\n\u001a\n\u0000\u0000' },
      { name: 'empty.html', text: '' },
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.reason))).toEqual(['not-a-profile', 'not-html', 'empty']);
  });
});

const DASHBOARD_PAGES = ['linkedin/profile/2025-07-sdui-de-other.html', 'linkedin/profile/2024-12-artdeco-fr-other.html', 'x/profile/2025-08-de-other.html'];
type Stored = Array<{ colleague: { name: string; profiles: Array<{ key: string }> }; sessions: Array<{ profileKey: string; audience?: unknown }> }>;
const stored = () => tab.evaluate(() => (globalThis as unknown as { profileCoachColleagues: () => Promise<Stored> }).profileCoachColleagues());

describe('batch audit on the dashboard in Chromium', () => {
  it('uploads three saved pages, asks the notice for each new colleague, and saves three sessions', async () => {
    const dashboard = await session.openExtensionPage('dashboard.html');
    await dashboard.getByRole('heading', { level: 2, name: 'Audit saved profile pages' }).waitFor();
    const batch = dashboard.getByRole('region', { name: 'Audit saved profile pages' });
    const invitations = join(FIXTURES_DIR, 'linkedin/invitations/2024-10-artdeco-en-received.html');
    await batch.getByLabel('Choose saved pages (.html)').setInputFiles([...DASHBOARD_PAGES.map((name) => join(FIXTURES_DIR, name)), invitations]);
    const notices = batch.getByRole('checkbox', { name: /^I told .* about this review/ });
    await notices.first().waitFor();
    expect(await notices.count()).toBe(3);
    expect(await batch.getByRole('region', { name: /^Not imported/ }).getByRole('listitem').allInnerTexts()).toEqual([
      '2024-10-artdeco-en-received.html: not a LinkedIn or X profile',
    ]);
    expect(await stored()).toEqual([]);
    // The review, its notices and its list of errors, as accessible as the rest of the dashboard.
    const axe = await new AxeBuilder({ page: dashboard }).include('.batch-audit').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    for (const box of await notices.all()) await box.check();
    await batch.getByRole('button', { name: 'Save 3 sessions' }).click();
    await batch.getByText('Sessions saved: 3. New colleagues recorded: 3.').waitFor();

    const first = await stored();
    expect(first.map((record) => record.colleague.profiles[0]?.key).sort()).toEqual(['linkedin:in/leafischer', 'linkedin:in/élodie-marchand-8a3f21b9', 'x:@katrin_wa']);
    expect(first.map((record) => record.sessions.length)).toEqual([1, 1, 1]);
    expect(first.every((record) => record.sessions[0]?.audience !== undefined)).toBe(true);
    // The dashboard read the record again: the colleagues are in its table.
    for (const { colleague } of first) await dashboard.getByRole('table', { name: 'Coached colleagues' }).getByText(colleague.name).waitFor();

    // A second round: colleagues recorded by page key get a new session each, without a notice.
    await batch.getByLabel('Choose saved pages (.html)').setInputFiles(DASHBOARD_PAGES.map((name) => join(FIXTURES_DIR, name)));
    await batch.getByRole('button', { name: 'Save 3 sessions' }).waitFor();
    expect(await batch.getByRole('checkbox').count()).toBe(0);
    await batch.getByRole('button', { name: 'Save 3 sessions' }).click();
    await batch.getByText('Sessions saved: 3. New colleagues recorded: 0.').waitFor();
    expect((await stored()).map((record) => record.sessions.length)).toEqual([2, 2, 2]);
    await dashboard.close();
  });
});
