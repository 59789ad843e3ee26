/**
 * @file Shared by the popup's end-to-end test, the screenshots script and the popup benchmark: every fixture page
 * served as LinkedIn or X in one Chromium session and opened in a tab. Driving the popup itself is shared with the
 * demo (src/demo/popup.ts). No test framework here, so the scripts can use it too.
 */
import type { Page } from 'playwright-core';
import { openTab } from '../../../src/demo/popup';
import { fixturePaths, loadFixture } from '../../helpers/fixtures';
import type { ChromiumSession } from './chromium';
import { pageBody, type ServedPage } from './pages';

export {
  exampleGuidelinesItem,
  forgetProfileHistory,
  openPopup,
  type PopupReading,
  readPopup,
  removeSavedGuidelines,
  saveExampleGuidelines,
  servedWhile,
  STEPS,
  waitFor,
  waitForScore,
} from '../../../src/demo/popup';

export interface FixturePage extends ServedPage {
  /** Path relative to test/fixtures, e.g. "linkedin/profile/2024-06-artdeco-en-self.html". */
  name: string;
}

/** Every fixture page, at the URL of its canonical link. Two may share a URL: each is served only while it opens. */
/**
 * Fixtures of markup generations the sites no longer serve: the content script leaves their strategies out (only
 * the command line reads them, src/extract/index.ts), so in the browser these pages read as unreadable, never as
 * their expected snapshot. test/content/archived.test.ts checks what the content script says of them.
 */
export const ARCHIVED_FIXTURES = ['linkedin/profile/2021-03-ember-en-other.html'];

/** Every fixture page the live extension reads (not the archived ones). */
export function fixturePages(): FixturePage[] {
  return fixturePaths()
    .map((path) => {
      const { name, url } = loadFixture(path);
      return { name, url, fixture: name };
    })
    .filter((page) => !ARCHIVED_FIXTURES.includes(page.fixture));
}

export const SELF_PROFILE = 'linkedin/profile/2024-06-artdeco-en-self.html';

/** Opens the fixture in a new tab posing as its site and waits until its content script answers. */
export function openFixtureTab(
  session: ChromiumSession,
  helper: Page,
  page: FixturePage,
): Promise<{ tab: Page; tabId: number }> {
  return openTab(session, helper, { url: page.url, body: pageBody(page), name: page.name });
}

/** The top finding: the first article in the findings region (its English name). */
export function topFinding(popup: Page) {
  return popup.getByRole('region', { name: 'What to fix first' }).getByRole('article').first();
}
