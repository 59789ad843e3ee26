/**
 * @file The colleague's page in real Chromium with the built extension, over the real IndexedDB store: a colleague
 * with twelve sessions shown; axe-core finds no violation, light and dark; printed (print media), only the coaching
 * sheet shows, black on white, on one page, with none of the page's controls. The page loads no rule and no zod
 * before its record (titles and Fix labels come from messages.json), which kept it over 100 ms to paint.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSizes } from '../bench/bundle-size';
import { makeColleague, typicalSession } from '../storage/coaching/records';
import { CHROME_BUILD } from './support/paths';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { seedColleague, seedFiles } from './support/colleague-seed';

let session: ChromiumSession;
let page: Page;
const ID = 'e2e-colleague';

beforeAll(async () => {
  session = await launchChromium([], { extraFiles: await seedFiles() });
  const colleague = makeColleague({ id: ID, name: 'Ada Vermeulen' });
  const sessions = Array.from({ length: 12 }, (_, month) => typicalSession(colleague, `s${month}`, new Date(Date.UTC(2026, month, 10, 10))));
  await seedColleague(session, colleague, sessions);
  page = await session.openExtensionPage(`coaching.html#${ID}`);
  await page.getByRole('heading', { level: 1, name: 'Ada Vermeulen' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('the colleague page in Chromium', () => {
  it('shows the twelve sessions as a line and a table', async () => {
    expect(await page.locator('svg circle').count()).toBe(12);
    expect(await page.getByRole('table', { name: 'Overall score by session' }).getByRole('row').count()).toBe(13);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no accessibility violation (axe-core), ${colorScheme}`, async () => {
      await page.emulateMedia({ colorScheme, media: 'screen' });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  it('prints the coaching sheet alone: no control of the page, black on white, one page', async () => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const shownControls = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, input, select, textarea, nav, svg, [tabindex]')]
        .filter((element) => (element as HTMLElement).checkVisibility?.() ?? true)
        .map((element) => element.outerHTML.slice(0, 60)),
    );
    expect(shownControls).toEqual([]);
    const sheet = page.locator('.coaching-sheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await sheet.textContent()).toContain('Coaching sheet: Ada Vermeulen');
    const colours = await page.evaluate(() => {
      const heading = document.querySelector('.coaching-sheet h1') as Element;
      return { text: getComputedStyle(heading).color, background: getComputedStyle(document.body).backgroundColor };
    });
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    // One page: the PDF Chromium prints has a single page (A4 and Letter).
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
    }
  });
});

describe('weight', () => {
  it('the colleague page loads under 35 KB gzipped before it reads the record (its scripts, their chunks, its style sheet)', () => {
    const page = bundleSizes('chrome', CHROME_BUILD).find((size) => size.entry === 'coaching');
    console.log(`coaching: ${page?.gzipBytes} B gzipped (${page?.files.join(', ')})`);
    expect(page?.gzipBytes).toBeLessThan(35 * 1024);
  });
});
