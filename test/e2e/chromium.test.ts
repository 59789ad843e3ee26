/**
 * @file The built Chrome extension, loaded in real Chromium: the content scripts answer on pages posing as
 * LinkedIn and X, follow in-app navigation, and the popup opened for the tab says which page it is on and coaches
 * (the background checks the snapshot, the checklist answers are stored and come back, on one's own X profile
 * too), and the options page saves the example company's guidelines and reads them back. Last, after all of that: no extension page nor the service
 * worker made any request beyond the extension's own files, the Content Security Policy blocks a pixel injected into
 * the popup and a fetch from the service worker, and the extension's pages broke none of its rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINKEDIN_WORDS } from '../../src/snapshot/pages/linkedin-words';
import { loadFixture } from '../helpers/fixtures';
import { type ChromiumSession, launchChromium, tabIdOf } from './support/chromium';
import { E2E_PAGES } from './support/e2e-pages';
import { SCREENSHOTS } from './support/paths';
import { FIXTURES_DIR } from '../helpers/fixtures';

const { linkedinProfile, xProfile, xProfileEmoji, xProfileNoColumn, xFollowingNoLabel, linkedinFeed } = E2E_PAGES;

let session: ChromiumSession;
let helperPage: Page;

async function ask(tabId: number): Promise<unknown> {
  // With LinkedIn's phrase book, as the popup sends it (src/content/serve.ts); X's content script ignores it.
  return helperPage.evaluate(
    ([id, words]) => chrome.tabs.sendMessage(id, { type: 'snapshot', words }),
    [tabId, LINKEDIN_WORDS] as const,
  );
}

beforeAll(async () => {
  session = await launchChromium(Object.values(E2E_PAGES));
  helperPage = await session.openExtensionPage('options.html');
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

describe('Chrome extension in real Chromium', () => {
  it('answers a snapshot request on a LinkedIn profile', async () => {
    const page = await session.context.newPage();
    await page.goto(linkedinProfile.url);
    const tabId = await tabIdOf(helperPage, linkedinProfile.url);
    await expect
      .poll(() => ask(tabId).catch(() => null), { timeout: 10_000 })
      .toMatchObject({
        url: linkedinProfile.url,
        site: 'linkedin',
        pageType: 'linkedin-profile',
      });
  });

  for (const served of [linkedinProfile, xProfile, xProfileEmoji, xProfileNoColumn, xFollowingNoLabel]) {
    it(`reads ${served.fixture} in Chromium exactly as the unit tests read it`, async () => {
      const page = await session.context.newPage();
      await page.goto(served.url);
      const tabId = await tabIdOf(helperPage, served.url);
      const expected = loadFixture(join(FIXTURES_DIR, served.fixture)).expected;
      await expect.poll(() => ask(tabId).catch(() => null), { timeout: 10_000 }).toMatchObject({
        result: { snapshot: expected },
      });
    });
  }

  it('answers a snapshot request on an X profile', async () => {
    const page = await session.context.newPage();
    await page.goto(xProfile.url);
    const tabId = await tabIdOf(helperPage, xProfile.url);
    await expect
      .poll(() => ask(tabId).catch(() => null), { timeout: 10_000 })
      .toMatchObject({
        site: 'x',
        pageType: 'x-profile',
      });
  });

  it('shows the page type in the popup opened for the tab, and follows in-app navigation', async () => {
    const page = await session.context.newPage();
    await page.goto(linkedinProfile.url);
    const tabId = await tabIdOf(helperPage, linkedinProfile.url);
    await expect.poll(() => ask(tabId).catch(() => null), { timeout: 10_000 }).toBeTruthy();

    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('page-type').textContent()).toBe('LinkedIn profile');
    await popup.screenshot({ path: join(SCREENSHOTS, 'chromium-popup-linkedin-profile.png') });
    const before = await popup.getByTestId('read-summary').textContent();

    // A section that changes without navigation (lazy loading) is read again while the popup watches.
    await page.evaluate(() => document.querySelector('main')?.replaceChildren(document.createElement('section')));
    await expect.poll(() => popup.getByTestId('read-summary').textContent()).not.toBe(before);

    // LinkedIn is a single-page app: the URL and the main content change without a page load.
    await page.evaluate(() => {
      history.pushState({}, '', '/mynetwork/invitation-manager/sent/');
      document.querySelector('main')?.append(document.createElement('section'));
    });
    await expect.poll(() => ask(tabId)).toMatchObject({ pageType: 'linkedin-invitations-sent' });
    await expect.poll(() => popup.getByTestId('page-type').textContent()).toBe('LinkedIn invitations sent');
  });

  it('coaches on the profile: the background scores it, a ticked checklist item is stored and comes back', async () => {
    const page = await session.context.newPage();
    await page.goto(linkedinProfile.url);
    const tabId = await tabIdOf(helperPage, linkedinProfile.url);
    await expect.poll(() => ask(tabId).catch(() => null), { timeout: 10_000 }).toBeTruthy();

    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    const item = popup.getByRole('checkbox', { name: 'Booked time with your manager to talk about social media' });
    await item.waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('heading', { name: 'Brand alignment' }).count()).toBe(1);
    expect(await popup.getByRole('heading', { name: 'What to fix first' }).count()).toBe(1);
    await item.check();
    await expect.poll(() => popup.getByRole('meter', { name: 'Brand alignment' }).count()).toBe(1);
    expect(Number(await popup.getByRole('meter', { name: 'Team up' }).getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await popup.screenshot({ path: join(SCREENSHOTS, 'chromium-popup-linkedin-coach.png'), fullPage: true });

    await popup.reload();
    const again = popup.getByRole('checkbox', { name: 'Booked time with your manager to talk about social media' });
    await again.waitFor({ timeout: 10_000 });
    expect(await again.isChecked()).toBe(true);

    // The answer is the person's, not the page's: ticked on their own LinkedIn profile, ticked on their own X profile.
    const xPage = await session.context.newPage();
    await xPage.goto(xProfile.url);
    const xTabId = await tabIdOf(helperPage, xProfile.url);
    await expect.poll(() => ask(xTabId).catch(() => null), { timeout: 10_000 }).toBeTruthy();
    const xPopup = await session.openExtensionPage(`popup.html?tabId=${xTabId}`);
    await expect.poll(() => xPopup.getByTestId('page-type').textContent()).toBe('X profile');
    const onX = xPopup.getByRole('checkbox', { name: 'Booked time with your manager to talk about social media' });
    await onX.waitFor({ timeout: 10_000 });
    expect(await onX.isChecked()).toBe(true);
  });

  it('lists the pages it works on when the tab shows another LinkedIn page', async () => {
    const page = await session.context.newPage();
    await page.goto(linkedinFeed.url);
    const tabId = await tabIdOf(helperPage, linkedinFeed.url);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByText('Profile Coach works on these pages:').count()).toBe(1);
    expect(await popup.getByRole('link').count()).toBeGreaterThanOrEqual(4);
  });
});

describe('options page in real Chromium', () => {
  it('loads the example company, saves it, and reads it back after a reload', async () => {
    const options = await session.openExtensionPage('options.html');
    try {
      await options.getByRole('button', { name: 'Load the example company' }).click();
      // The page at its fullest (every form group filled), in the dark theme: no accessibility violation of any impact.
      await options.emulateMedia({ colorScheme: 'dark' });
      const axe = await new AxeBuilder({ page: options }).analyze();
      expect(axe.violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await options.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => options.getByTestId('in-force').textContent()).toMatch(/^In force: your file example-company\.yaml/);
      await options.screenshot({ path: join(SCREENSHOTS, 'chromium-options.png') });
      await options.reload();
      await expect.poll(() => options.getByLabel('Company name').inputValue()).toBe('Brightwave Systems');
      const stored = (await options.evaluate(() => chrome.storage.local.get('guidelines'))) as { guidelines?: { text?: string } };
      expect(stored.guidelines?.text).toContain('name: Brightwave Systems');
    } finally {
      // The other tests of this file expect the built-in defaults.
      await options.evaluate(() => chrome.storage.local.remove(['guidelines', 'guidelines$']));
      await options.close();
    }
  });
});

describe('options page imports in real Chromium', () => {
  it('says why a file was refused, asks before an import replaces unsaved edits, and the keyboard keeps them', async () => {
    const options = await session.openExtensionPage('options.html');
    try {
      const editor = options.getByLabel('The guidelines file (YAML or JSON)');
      await expect.poll(() => editor.inputValue()).toContain('version: 1');
      const edited = 'version: 1\n# my unsaved note\n';
      await editor.fill(edited);
      const picker = options.getByLabel('Import a file…');
      // Latin-1 "é": refused, the reason beside the button, the edits untouched.
      await picker.setInputFiles({ name: 'latin1.yaml', mimeType: 'application/yaml', buffer: Buffer.from([0x62, 0x3a, 0x20, 0xe9, 0x0a]) });
      await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/^Couldn't import latin1\.yaml: .*not saved as UTF-8.*Nothing was changed/);
      expect(await editor.inputValue()).toBe(edited);
      await picker.setInputFiles({ name: 'mine.yaml', mimeType: 'application/yaml', buffer: Buffer.from('brand:\n  name: Acme\n') });
      const question = options.getByRole('group', { name: /mine\.yaml replaces your unsaved changes/ });
      await expect.poll(() => question.count()).toBe(1);
      const axe = await new AxeBuilder({ page: options }).analyze();
      expect(axe.violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      // The safe answer has the focus: Enter keeps the edits.
      await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Keep my changes');
      await options.keyboard.press('Enter');
      await expect.poll(() => question.count()).toBe(0);
      expect(await editor.inputValue()).toBe(edited);
    } finally {
      await options.close();
    }
  });
});

// Last, so that it covers every page the tests above opened.
describe('privacy', () => {
  /** Takes the requests to `host` out of the session's record (a test's own probe is not the extension's doing). */
  const takeRequestsTo = (host: string) => {
    const taken = session.extensionRequests.filter((request) => new URL(request.url).host === host);
    session.extensionRequests.splice(0, Infinity, ...session.extensionRequests.filter((request) => !taken.includes(request)));
    return taken;
  };

  it('an image pixel injected into the popup is told as the popup\'s request, and blocked by the Content Security Policy', async () => {
    const popup = await session.openExtensionPage('popup.html');
    try {
      const violation = await popup.evaluate(
        () =>
          new Promise<{ directive: string; blocked: string }>((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) =>
              resolve({ directive: event.effectiveDirective, blocked: event.blockedURI }),
            );
            const pixel = document.createElement('img');
            pixel.src = 'https://pixel.example/p.gif?from=popup';
            document.body.append(pixel);
          }),
      );
      expect(violation).toEqual({ directive: 'img-src', blocked: 'https://pixel.example/p.gif?from=popup' });
      // Told by the frame that made it, not by its type (an image, which the old check let through), and blocked.
      await expect
        .poll(() => session.extensionRequests.filter((request) => request.url.includes('pixel.example')))
        .toEqual([{ by: popup.url(), type: 'image', url: 'https://pixel.example/p.gif?from=popup', failure: expect.stringMatching(/csp/i) }]);
    } finally {
      await popup.close();
      takeRequestsTo('pixel.example');
      session.cspViolations.splice(0, Infinity, ...session.cspViolations.filter((text) => !text.includes('pixel.example')));
    }
  });

  it('a fetch from the service worker is told as the worker\'s request, and blocked by the Content Security Policy', async () => {
    try {
      const outcome = await session.worker.evaluate(() =>
        fetch('https://pixel.example/p.gif?from=worker').then(
          () => 'fetched',
          (error: unknown) => `refused: ${String(error)}`,
        ),
      );
      expect(outcome).toMatch(/^refused: /);
      const made = session.extensionRequests.filter((request) => request.url.includes('pixel.example'));
      // Chromium may refuse it before it is a request at all; if it reports one, it is the worker's, and blocked.
      for (const request of made) expect(request).toMatchObject({ by: session.worker.url(), failure: expect.stringMatching(/csp/i) });
    } finally {
      takeRequestsTo('pixel.example');
    }
  });

  it('tells a request no CSP stops (an extension page navigating itself away) as that page\'s', async () => {
    const page = await session.openExtensionPage('options.html');
    const options = page.url();
    try {
      await page.evaluate(() => {
        location.href = 'https://tracker.example/pixel?from=options';
      });
      await expect
        .poll(() => session.extensionRequests.filter((request) => request.url.includes('tracker.example')), { timeout: 10_000 })
        .toMatchObject([{ by: options, type: 'document', url: 'https://tracker.example/pixel?from=options' }]);
    } finally {
      await page.close();
      takeRequestsTo('tracker.example');
    }
  });

  it('no extension page nor the service worker made a request beyond the extension\'s own files', () => {
    expect(session.extensionRequests).toEqual([]);
  });

  it('the extension\'s pages broke no rule of the Content Security Policy (no inline style or script)', () => {
    expect(session.cspViolations).toEqual([]);
  });

  it('nothing else was refused but the fixture pages\' images and the like', () => {
    const own = session.refused.filter(([type]) => !['image', 'stylesheet', 'font', 'media'].includes(type));
    expect(own.filter(([, url]) => new URL(url).host !== 'tracker.example')).toEqual([]);
  });
});
