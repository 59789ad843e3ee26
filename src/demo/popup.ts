/**
 * @file The popup driven in real Chromium, shared by the demo, the end-to-end tests, the screenshots script and the
 * popup benchmark: a page served in a new tab posing as its site, the example company's guidelines saved in the
 * extension's storage as the guidelines store saves them, and the popup opened for that tab and read back in any
 * interface language (score, step bars, the findings to fix). No test framework here, so scripts can use it too.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import type { StoredGuidelines } from '../storage/guidelines';
import type { Step } from '../guidelines/schema';
import { type ChromiumSession, tabIdOf } from './chromium';
import { EXAMPLE_GUIDELINES_PATH } from './paths';

/** The steps in the popup's order (src/ui/popup/popup-model.ts STEPS); the bars have the ids `step-<step>`. */
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

/** A page to open: its HTML served at the URL it poses as. */
export interface PageToOpen {
  url: string;
  body: string;
  /** How errors name it. */
  name: string;
}

/** Opens the page in a new tab posing as its site and waits until its content script answers. */
export async function openTab(
  session: ChromiumSession,
  helper: Page,
  page: PageToOpen,
): Promise<{ tab: Page; tabId: number }> {
  const tab = await session.context.newPage();
  await servedWhile(session, page.url, page.body, () => tab.goto(page.url));
  const tabId = await tabIdOf(helper, page.url);
  // The popup takes a content script that never answered for a tab opened before installation: wait for it.
  await waitFor(
    () => helper.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'snapshot' }), tabId),
    `the content script on ${page.name}`,
  );
  return { tab, tabId };
}

/** The stored item exactly as src/storage/guidelines.ts `saveUserGuidelines` writes it through WXT storage. */
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
 * src/storage/profile-history.ts), so a popup opens as on a first visit and the engine in Node, given no history,
 * must agree with it. The history itself is tested in test/storage/profile-history.test.ts.
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

/**
 * What the popup shows, read the way a screen reader would: meters' values and the findings' headings. The elements
 * are found by their ids and roles, never by their words, so this reads the popup in every interface language.
 */
export async function readPopup(popup: Page): Promise<PopupReading> {
  return (await popup.evaluate((steps) => {
    const gauge = document.querySelector('[role="meter"][aria-labelledby="score-title"]');
    const values: Record<string, number | null> = {};
    // Step bars are meters labelled by their step's name, whose element has the id step-<step>.
    for (const step of steps) {
      const meter = document.querySelector(`[role="meter"][aria-labelledby="step-${step}"]`);
      values[step] = meter ? Number(meter.getAttribute('aria-valuenow')) : null;
    }
    const top = document.querySelector('[aria-labelledby="findings-title"] article')?.querySelector('h1, h2, h3, h4, h5, h6');
    return {
      overall: gauge ? Number(gauge.getAttribute('aria-valuenow')) : null,
      steps: values,
      topTitle: top ? top.textContent : null,
    };
  }, STEPS)) as PopupReading;
}

export interface PopupFinding {
  ruleId: string;
  title: string;
  /** The points fixing it would recover, as the popup shows them (0 when it shows none). */
  points: number;
}

/**
 * The findings to fix, in the popup's order (grouped by step, the group with the most valuable finding first): neither
 * those marked done nor the snoozed ones. Language-independent: groups by their heading ids (`group-<step>`), points
 * by their digits.
 */
export async function readFindings(popup: Page): Promise<PopupFinding[]> {
  return popup.evaluate((steps) => {
    const groups = [...document.querySelectorAll('[aria-labelledby="findings-title"] section[aria-labelledby]')].filter(
      (group) => steps.some((step) => group.getAttribute('aria-labelledby') === `group-${step}`),
    );
    return groups.flatMap((group) =>
      [...group.querySelectorAll('li[data-rule]')].map((item) => ({
        ruleId: item.getAttribute('data-rule') ?? '',
        title: item.querySelector('article h4')?.textContent ?? '',
        points: Number(item.querySelector('.points')?.textContent?.match(/\d+/)?.[0] ?? 0),
      })),
    );
  }, STEPS);
}

/** The `count` findings worth the most points, as the popup shows them (ties in its order). */
export function worthMost<T extends { points: number }>(findings: readonly T[], count = 3): T[] {
  return [...findings].sort((a, b) => b.points - a.points).slice(0, count);
}
