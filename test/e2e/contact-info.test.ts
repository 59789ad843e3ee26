/**
 * @file In real Chromium: on a LinkedIn profile whose website is only under Contact info, the popup says so (not
 * "couldn't read", no diagnostics to copy), and when the person opens Contact info while the popup is open, the
 * content script reads the website from the dialog and the popup follows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrl, FIXTURES_DIR, loadFixture } from '../helpers/fixtures';
import { type ChromiumSession, launchChromium, tabIdOf } from './support/chromium';
import { pageBody } from './support/pages';

const FIXTURE = 'linkedin/profile/2024-12-artdeco-fr-other.html';
const profile = { fixture: FIXTURE, url: canonicalUrl(pageBody({ url: '', fixture: FIXTURE })) as string };
const WITH_DIALOG = loadFixture(join(FIXTURES_DIR, 'linkedin/profile/2024-12-artdeco-fr-other-contact-info.html'));
/** The dialog LinkedIn adds when the person clicks "Coordonnées", as the contact-info fixture shows it. */
const DIALOG = /<div id="artdeco-modal-outlet"[\s\S]*?\n<\/div>\n/.exec(readFileSync(WITH_DIALOG.path, 'utf8'))?.[0] ?? '';

let session: ChromiumSession;
let helperPage: Page;

beforeAll(async () => {
  session = await launchChromium([profile]);
  helperPage = await session.openExtensionPage('options.html');
});

afterAll(async () => {
  await session?.close();
});

describe('the website under Contact info, in real Chromium', () => {
  it('says where LinkedIn shows the website, then reads it once the person opens Contact info with the popup open', async () => {
    expect(DIALOG).toContain('role="dialog"');
    const page = await session.context.newPage();
    await page.goto(profile.url);
    const tabId = await tabIdOf(helperPage, profile.url);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    const hint = popup.getByText('LinkedIn shows the website only under Contact info: open it, then check again.');
    await hint.waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('button', { name: 'Copy diagnostics' }).count()).toBe(0);
    expect(await popup.getByText(/may have changed its page/).count()).toBe(0);

    // LinkedIn moves to the overlay's route and adds the dialog; the popup stays open.
    await page.evaluate((html) => {
      history.pushState({}, '', 'overlay/contact-info/');
      document.body.insertAdjacentHTML('beforeend', html);
    }, DIALOG);
    // The popup reads the page again as it changes (the route, then the dialog): what counts is where it settles.
    const unread = popup.getByRole('region', { name: "What Profile Coach couldn't read" });
    await expect.poll(async () => [await hint.count(), await unread.count()], { timeout: 10_000 }).toEqual([0, 0]);
  });
});
