/**
 * @file German end to end, in real Chromium with its interface in German (`--lang=de`): a German LinkedIn profile
 * (2025 layout) and a German X profile, read by the built content scripts, give the popup the engine's score and top
 * finding for the same snapshot, in the words of assets/_locales/de (read from the file here, never written out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTranslation } from '../../src/cli/locale';
import { checkSnapshot } from '../../src/engine';
import { parseGuidelines } from '../../src/guidelines/parse';
import { RULES } from '../../src/rules';
import { SnapshotSchema } from '../../src/snapshot';
import { FIXTURES_DIR, loadFixture } from '../helpers/fixtures';
import { EXAMPLE_GUIDELINES_PATH } from '../helpers/guidelines';
import { readMessages } from '../helpers/i18n';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { type FixturePage, fixturePages, openFixtureTab, openPopup, readPopup, saveExampleGuidelines } from './support/popup';

const GERMAN_PAGES = ['linkedin/profile/2025-07-sdui-de-other.html', 'x/profile/2025-08-de-other.html'];
const PAGES = fixturePages().filter((page) => GERMAN_PAGES.includes(page.name));
const de = readMessages('de');
const german = readTranslation('de');

let session: ChromiumSession;
let options: Page;

beforeAll(async () => {
  session = await launchChromium([], { lang: 'de' });
  options = await session.openExtensionPage('options.html');
  await saveExampleGuidelines(options);
});

afterAll(async () => {
  await session?.close();
});

/** The engine in Node, in German, for the fixture's expected snapshot. */
function engineSays(page: FixturePage) {
  const parsed = parseGuidelines(readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8'), { rules: RULES, format: 'yaml' });
  if (!parsed.ok) throw new Error('the example guidelines do not parse');
  const snapshot = SnapshotSchema.parse(loadFixture(join(FIXTURES_DIR, page.fixture)).expected);
  const { findings, score } = checkSnapshot(snapshot, { guidelines: parsed.guidelines, now: new Date(), answers: {}, translate: german });
  return { score, top: findings.find((finding) => finding.status === 'fail' && !finding.ruleId.startsWith('manual:')) };
}

describe('German pages in a German browser', () => {
  it('serves both German fixtures', () => {
    expect(PAGES.map((page) => page.name).sort()).toEqual([...GERMAN_PAGES].sort());
  });

  for (const page of PAGES) {
    it(`${page.name}: the popup speaks German and shows the engine's score and top finding`, async () => {
      const expected = engineSays(page);
      const { tab, tabId } = await openFixtureTab(session, options, page);
      const popup = await openPopup(session, tabId);
      try {
        expect(await readPopup(popup)).toEqual({
          overall: expected.score.overall,
          steps: expected.score.steps,
          topTitle: expected.top?.title ?? null,
        });
        expect(expected.score.overall).not.toBeNull();
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(de.lang?.message);
        expect(de.lang?.message).toBe('de');
        const pageType = page.name.startsWith('linkedin') ? 'pageLinkedinProfile' : 'pageXProfile';
        expect(await popup.getByTestId('page-type').textContent()).toBe(de[pageType]?.message);
        expect(await popup.getByTestId('read-summary').textContent()).toBe(de.readAll?.message);
      } finally {
        await popup.close();
        await tab.close();
      }
    });
  }
});
