/**
 * @file Shared by the popup's end-to-end test, the screenshots script and the popup benchmark: every fixture page
 * served as LinkedIn or X in one Chromium session, the example company's guidelines saved in the extension's storage
 * as the guidelines store saves them, and the popup opened for a fixture's tab and read back (score, step bars, the
 * finding on top). No test framework here, so the scripts can use it too.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import type { StoredGuidelines } from '../../../src/guidelines/store';
import type { Step } from '../../../src/guidelines/schema';
import { fixturePaths, loadFixture } from '../../helpers/fixtures';
import { EXAMPLE_GUIDELINES_PATH } from '../../helpers/guidelines';
import { type ChromiumSession, tabIdOf } from './chromium';
import { pageBody, type ServedPage } from './pages';

export interface FixturePage extends ServedPage {
  /** Path relative to test/fixtures, e.g. "linkedin/profile/2024-06-artdeco-en-self.html". */
  name: string;
}

/** Every fixture page, at the URL of its canonical link. Two may share a URL: each is served only while it opens. */
export function fixturePages(): FixturePage[] {
  return fixturePaths().map((path) => {
    const { name, url } = loadFixture(path);
    return { name, url, fixture: name };
  });
}

export const SELF_PROFILE = 'linkedin/profile/2024-06-artdeco-en-self.html';

/** The steps in the popup's order (src/ui/popup-model.ts STEPS); the bars have the ids `step-<step>`. */
export const STEPS: readonly Step[] = ['clean-up', 'plan-ahead', 'team-up', 'guidelines'];

/** Polls until `probe` gives something truthy; test-framework free so the scripts can wait too. */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Serves `body` at exactly `url` while `during` runs: routes added later win over the session's catch-all. */
export async function servedWhile<T>(session: ChromiumSession, url: string, body: string, during: () => Promise<T>): Promise<T> {
  const href = new URL(url).href;
  const matches = (requested: URL) => requested.href === href;
  const handler = (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await session.context.route(matches, handler);
  try {
    return await during();
  } finally {
    await session.context.unroute(matches, handler);
  }
}

/** Opens the fixture in a new tab posing as its site and waits until its content script answers. */
export async function openFixtureTab(
  session: ChromiumSession,
  helper: Page,
  page: FixturePage,
): Promise<{ tab: Page; tabId: number }> {
  const tab = await session.context.newPage();
  await servedWhile(session, page.url, pageBody(page), () => tab.goto(page.url));
  const tabId = await tabIdOf(helper, page.url);
  // The popup takes a content script that never answered for a tab opened before installation: wait for it.
  await waitFor(
    () => helper.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'snapshot' }), tabId),
    `the content script on ${page.name}`,
  );
  return { tab, tabId };
}

/** The stored item exactly as src/guidelines/store.ts `saveUserGuidelines` writes it through WXT storage. */
export function exampleGuidelinesItem(savedAt = new Date()): Record<string, unknown> {
  const value: StoredGuidelines = {
    text: readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8'),
    format: 'yaml',
    fileName: 'example-company.yaml',
    savedAt: savedAt.toISOString(),
  };
  // WXT keeps a versioned item's version beside it, under the key followed by "$".
  return { guidelines: value, guidelines$: { v: 1 } };
}

/** Saves the example company's guidelines as the person's own file, from an extension page. */
export async function saveExampleGuidelines(helper: Page): Promise<void> {
  await helper.evaluate((items) => chrome.storage.local.set(items), exampleGuidelinesItem());
}

/**
 * Forgets what the background remembers between checks (one's own profiles, since when each summary is unchanged:
 * src/messaging/profile-history.ts), so a popup opens as on a first visit and the engine in Node, given no history,
 * must agree with it. The history itself is tested in test/messaging/profile-history.test.ts.
 */
export async function forgetProfileHistory(helper: Page): Promise<void> {
  await helper.evaluate(() => chrome.storage.local.remove(['ownProfiles', 'ownProfiles$', 'summarySeen', 'summarySeen$']));
}

export async function removeSavedGuidelines(helper: Page): Promise<void> {
  await helper.evaluate(() => chrome.storage.local.remove(['guidelines', 'guidelines$']));
}

/** Opens the popup for a tab (as a page, `?tabId=N`) and waits until its score is shown. */
export async function openPopup(session: ChromiumSession, tabId: number, popup?: Page): Promise<Page> {
  const page = popup ?? (await session.context.newPage());
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await waitForScore(page);
  return page;
}

/** The band line is drawn only once a score has come back from the background (never in the placeholder). */
export async function waitForScore(popup: Page): Promise<void> {
  await popup.getByTestId('score-band').waitFor({ timeout: 15_000 });
}

export interface PopupReading {
  /** The gauge's value, or null when the popup says there is not enough data. */
  overall: number | null;
  steps: Record<Step, number | null>;
  /** The title of the first finding under "What to fix first", or null when nothing is to fix. */
  topTitle: string | null;
}

/** The top finding: the first article in the findings region. */
export function topFinding(popup: Page) {
  return popup.getByRole('region', { name: 'What to fix first' }).getByRole('article').first();
}

/** What the popup shows, read the way a screen reader would: meters' values and the findings' headings. */
export async function readPopup(popup: Page): Promise<PopupReading> {
  const gauge = popup.getByRole('meter', { name: 'Brand alignment' });
  const overall = (await gauge.count()) === 0 ? null : Number(await gauge.getAttribute('aria-valuenow'));
  // Step bars are meters labelled by their step's name; the ids keep this independent of the interface language.
  const steps = await popup.evaluate((steps) => {
    const values: Record<string, number | null> = {};
    for (const step of steps) {
      const meter = document.getElementById(`step-${step}`)?.parentElement?.querySelector('[role="meter"]');
      values[step] = meter ? Number(meter.getAttribute('aria-valuenow')) : null;
    }
    return values;
  }, STEPS);
  const top = topFinding(popup);
  const topTitle = (await top.count()) === 0 ? null : await top.getByRole('heading').first().textContent();
  return { overall, steps: steps as Record<Step, number | null>, topTitle };
}
