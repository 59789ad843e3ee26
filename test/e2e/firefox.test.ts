/**
 * @file The built Firefox extension, installed in real Firefox ESR: the content scripts run on pages posing as
 * LinkedIn and X (served over local HTTPS) and answer, and the popup opened for the tab says which page it is on and
 * shows the coach (scored by the background); a coaching session saved from the popup is listed on the colleagues' page
 * and on the team dashboard.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, loadFixture } from '../helpers/fixtures';
import { E2E_PAGES } from './support/e2e-pages';
import { type FirefoxSession, launchFirefox } from './support/firefox';
import { type FixtureServer, startFixtureServer } from './support/https-server';
import { SCREENSHOTS } from './support/paths';

const { linkedinProfile, xProfile, linkedinColleague } = E2E_PAGES;

let server: FixtureServer;
let session: FirefoxSession;
let helperPage: Page;

/** Runs in an extension page, where Firefox's `browser` namespace exists. */
function askFromExtension(page: Page, url: string): Promise<unknown> {
  return page.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === wanted);
    if (tab?.id === undefined) return { error: `no tab shows ${wanted}` };
    return api.tabs.sendMessage(tab.id, { type: 'snapshot' }).then(
      (answer) => ({ tabId: tab.id, answer }),
      (error: unknown) => ({ error: String(error) }),
    );
  }, url);
}

beforeAll(async () => {
  server = await startFixtureServer(Object.values(E2E_PAGES));
  session = await launchFirefox();
  helperPage = await session.openExtensionPage('options.html');
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox extension in real Firefox ESR', () => {
  it('runs the LinkedIn content script, which answers with the page type', async () => {
    const page = await session.browser.newPage();
    await page.goto(linkedinProfile.url);
    await expect
      .poll(() => askFromExtension(helperPage, linkedinProfile.url), { timeout: 15_000 })
      .toMatchObject({ answer: { url: linkedinProfile.url, site: 'linkedin', pageType: 'linkedin-profile' } });
    // Gecko's DOM gives the same snapshot as the unit tests' DOM.
    const expected = loadFixture(join(FIXTURES_DIR, linkedinProfile.fixture)).expected;
    expect(await askFromExtension(helperPage, linkedinProfile.url)).toMatchObject({ answer: { result: { snapshot: expected } } });
  });

  it('runs the X content script, and the popup for that tab names the page', async () => {
    const page = await session.browser.newPage();
    await page.goto(xProfile.url);
    await expect
      .poll(() => askFromExtension(helperPage, xProfile.url), { timeout: 15_000 })
      .toMatchObject({ answer: { site: 'x', pageType: 'x-profile' } });
    const { tabId } = (await askFromExtension(helperPage, xProfile.url)) as { tabId: number };
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('[data-testid="page-type"]')?.textContent ?? null))
      .toBe('X profile');
    // The background (an event page in Firefox) checks the snapshot: the score card and the checklist appear.
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('#checklist-title')?.textContent ?? null), { timeout: 10_000 })
      .toBe('Your checklist');
    expect(await popup.evaluate(() => document.querySelector('#score-title')?.textContent ?? null)).toBe('Brand alignment');
    await popup.screenshot({ path: join(SCREENSHOTS, 'firefox-popup-x-profile.png') });
  });

  it("saves a coaching session from the popup on a colleague's profile, and lists it on the colleagues' page", async () => {
    const page = await session.browser.newPage();
    await page.goto(linkedinColleague.url);
    await expect
      .poll(() => askFromExtension(helperPage, linkedinColleague.url), { timeout: 15_000 })
      .toMatchObject({ answer: { pageType: 'linkedin-profile' } });
    const { tabId } = (await askFromExtension(helperPage, linkedinColleague.url)) as { tabId: number };
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    /** Clicks the first element of `selector` whose text (or label's text) matches, once it is there. */
    const click = (selector: string, text: string) =>
      expect
        .poll(
          () =>
            popup.evaluate(
              (wanted, css) => {
                const target = [...document.querySelectorAll<HTMLElement>(css)].find((element) =>
                  (element.closest('label')?.textContent ?? element.textContent ?? '').includes(wanted),
                );
                target?.click();
                return target !== undefined;
              },
              text,
              selector,
            ),
          { timeout: 15_000 },
        )
        .toBe(true);
    await click('button', 'Start a coaching session');
    await click('input[type="checkbox"]', 'I told Jonas Brenner about this review');
    await click('button', 'Save the session');
    // Saved in Firefox's IndexedDB for the extension, and listed on the colleagues' page.
    const list = await session.openExtensionPage('coaching.html');
    await expect
      .poll(() => list.evaluate(() => document.body.innerText), { timeout: 15_000 })
      .toMatch(/Jonas Brenner[\s\S]*1 session/);
  });

  it('opens the team dashboard, which lists the colleague just coached under the team figures', async () => {
    // The colleague the case above recorded: the dashboard reads the same IndexedDB record.
    const dashboard = await session.openExtensionPage('dashboard.html');
    await expect
      .poll(() => dashboard.evaluate(() => document.body.innerText), { timeout: 15_000 })
      .toMatch(/Team figures[\s\S]*Onboarded[\s\S]*Jonas Brenner/);
    const row = await dashboard.evaluate(() => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('.team-table a')].find((a) => a.textContent === 'Jonas Brenner');
      return { href: link?.getAttribute('href') ?? null, cells: [...(link?.closest('tr')?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent) };
    });
    expect(row.href).toMatch(/^\.\/coaching\.html#/);
    // One session: a score, no change yet, one session.
    expect(row.cells[0]).toMatch(/^\d+$/);
    expect(row.cells.at(-1)).toBe('1');
  });
});
