/**
 * @file A whole coaching session in real Chromium, as an ambassador runs it with the example company's guidelines:
 * on a colleague's fixture profile the popup names them and offers "Copy the suggestion" instead of Fix; the notice is
 * confirmed and a session started; on the colleague's page a note and two agreed actions are written. The profile is
 * then served changed (the headline now names a theme of the season and a banned term) and a second session started:
 * the colleague's page shows one finding fixed, one new, the rest still open, and one action done. The coaching sheet
 * prints without the page's controls; "Forget this colleague" leaves nothing of them in any storage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTab } from '../../src/demo/popup';
import { ruleKey } from '../../src/engine/message-keys';
import { profileKeyOfUrl } from '../../src/snapshot/page-key';
import { FIXTURES_DIR, loadFixture } from '../helpers/fixtures';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { everythingStored } from './support/stored';
import { openPopup, saveExampleGuidelines, waitFor } from './support/popup';
import { pageBody } from './support/pages';

// A colleague's profile in a generation LinkedIn serves (the content script no longer reads the Ember era).
const FIXTURE = 'linkedin/profile/2024-03-artdeco-en-sparse.html';
const { url } = loadFixture(join(FIXTURES_DIR, FIXTURE));
const NAME = 'Kobe Lemmens';
const KEY = profileKeyOfUrl(url) as string;
const SLUG = KEY.replace(/^linkedin:in\//, '');
const HEADLINE = 'Warehouse Associate at Brightwave Systems';
const ORIGINAL = pageBody({ url, fixture: FIXTURE });
/** A month later: the headline names a theme of the season (fixed) and a banned term (a new problem). */
const CHANGED = ORIGINAL.replace(HEADLINE, `${HEADLINE} | energy transition with guaranteed returns`);

/** What the engine says of the fixture with the example guidelines (written by `npm run audit`, checked by a unit test). */
const FAILED_FIRST: string[] = (
  JSON.parse(readFileSync(join(FIXTURES_DIR, FIXTURE.replace(/\.html$/, '.findings.json')), 'utf8')) as {
    findings: Array<{ ruleId: string; status: string }>;
  }
).findings
  .filter((finding) => finding.status === 'fail')
  .map((finding) => finding.ruleId);

const ENGLISH = JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
/** A finding's title on the colleague's page: the rule's colleague wording where it has one (src/ui/coaching/finding-title.ts). */
function titleOf(ruleId: string, part: 'title' | 'failureTitle' = 'failureTitle'): string {
  const colleague = ENGLISH[ruleKey(ruleId, part, 'colleague')]?.message;
  const own = ENGLISH[ruleKey(ruleId, part)]?.message;
  if (!own) throw new Error(`no English ${part} for ${ruleId}`);
  return colleague ?? own;
}

let session: ChromiumSession;
let helper: Page;

beforeAll(async () => {
  session = await launchChromium([]);
  helper = await session.openExtensionPage('options.html');
  await saveExampleGuidelines(helper);
});

afterAll(async () => {
  await session?.close();
});

/** Opens the profile (as `body`), its popup, and starts a session there; returns the colleague's page it opens. */
async function startSession(body: string, first: boolean): Promise<Page> {
  const { tab, tabId } = await openTab(session, helper, { url, body, name: FIXTURE });
  const popup = await openPopup(session, tabId);
  try {
    await popup.getByRole('heading', { level: 2, name: `Coaching: ${NAME}` }).waitFor({ timeout: 15_000 });
    // The colleague's edit page is theirs alone: no Fix, a suggestion to copy, Show on page stays.
    expect(await popup.getByRole('button', { name: 'Fix', exact: true }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Copy the suggestion' }).count()).toBeGreaterThan(0);
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Start a coaching session' }).click();
    if (first) {
      // Nothing is stored before the notice is confirmed.
      await popup.getByRole('button', { name: 'Save the session' }).click();
      await popup.getByText('Tick the notice first: nothing is stored before.').waitFor();
      expect(await everythingStored(helper)).not.toContain(SLUG);
      await popup.getByRole('checkbox', { name: new RegExp(`I told ${NAME} about this review`) }).check();
      await popup.getByRole('button', { name: 'Save the session' }).click();
    }
    const page = await opened;
    await page.waitForLoadState();
    await page.getByRole('heading', { name: NAME }).first().waitFor({ timeout: 15_000 });
    return page;
  } finally {
    await popup.close();
    await tab.close();
  }
}

describe('a coaching session with a colleague, and the next one', () => {
  it('keeps two sessions, shows what changed and which action is done, prints the sheet, and forgets them', async () => {
    expect(FAILED_FIRST).toContain('headline-keywords');
    expect(FAILED_FIRST).not.toContain('banned-terms');
    expect(CHANGED).not.toBe(ORIGINAL);

    // First session: a note for the colleague and two agreed actions.
    const first = await startSession(ORIGINAL, true);
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await first.getByLabel('Note for the colleague (printed on the coaching sheet)').fill('Name the energy transition in your headline.');
    await first.getByLabel(`Due date for: ${titleOf('headline-keywords')}`).fill(due);
    await first.getByLabel(`Due date for: ${titleOf('about-length')}`).fill(due);
    await first.getByRole('button', { name: 'Save', exact: true }).click();
    await first.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await first.close();

    // A month later (as far as the page goes): the profile changed, a second session.
    const page = await startSession(CHANGED, false);
    const section = (name: string) => page.getByRole('region', { name, exact: true });
    const items = async (name: string) => (await section(name).getByRole('listitem').allTextContents()).map((text) => text.trim());
    await section('Fixed').waitFor();
    const fixed = await items('Fixed');
    expect(fixed).toHaveLength(1);
    expect(fixed[0]).toContain(titleOf('headline-keywords', 'title'));
    const added = await items('New');
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(titleOf('banned-terms'));
    const open = await items('Still open');
    const stillOpen = FAILED_FIRST.filter((ruleId) => ruleId !== 'headline-keywords');
    expect(open).toHaveLength(stillOpen.length);
    for (const ruleId of stillOpen) expect(open.some((text) => text.includes(titleOf(ruleId)))).toBe(true);

    // The headline's action is done (the later session shows it passed); the About's is still open.
    const actions = page.getByRole('table', { name: 'Agreed actions' });
    const row = (ruleId: string) => actions.getByRole('row').filter({ hasText: titleOf(ruleId) });
    await expect.poll(() => row('headline-keywords').textContent()).toMatch(/Done \(seen /);
    expect(await row('about-length').textContent()).toMatch(/Open$/);
    expect(await page.getByText('Name the energy transition in your headline.').count()).toBeGreaterThan(0);

    // Printed, the sheet stands alone: not one of the page's controls shows.
    await page.emulateMedia({ media: 'print' });
    const controls = await page.locator('button, input, select, textarea, a[href]').evaluateAll(
      (elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0).length,
    );
    expect(controls).toBe(0);
    // The sheet itself prints: the colleague's name and the latest score's heading, none of the page's words.
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain(NAME);
    expect(printed).not.toContain('Print the coaching sheet');
    expect(printed).not.toContain('What changed');
    await page.emulateMedia({ media: 'screen' });
    await page.close();

    // Forget them, from the options page: nothing of them is left anywhere, only the date of the forgetting.
    expect(await everythingStored(helper)).toContain(SLUG);
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Forget this colleague…' }).click();
    await options.getByRole('button', { name: `Forget ${NAME}` }).click();
    await waitFor(async () => ((await everythingStored(options)).includes(SLUG) ? null : true), 'the colleague forgotten');
    const left = await everythingStored(options);
    for (const trace of [SLUG, NAME, 'Lemmens', 'Warehouse Associate', 'energy transition in your headline']) expect(left).not.toContain(trace);
    expect(left).toMatch(/"forgotten":\[\{"at":"[^"]+"\}\]/);
    await options.close();
  });
});
