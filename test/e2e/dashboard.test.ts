/**
 * @file The team dashboard in real Chromium with the built extension, over the real IndexedDB store and the example
 * company's guidelines: three colleagues whose two rounds of sessions were made from fixture profiles checked by the
 * engine (test/e2e/support/team-seed.ts). The team's size and the view cost are entered on the page; the figures,
 * the table and the charts' tables then equal `teamFigures` and `colleagueRows` computed in Node on the same records;
 * the CSV download is `teamCsv` of those rows; axe-core finds no violation, light and dark; printed, the figures and
 * the charts' tables show, and no control nor any colleague's row.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamCsv } from '../../src/coaching/report-csv';
import { stagesOf } from '../../src/coaching/stages';
import { memberOf } from '../../src/coaching/summary';
import { colleagueRows, teamFigures } from '../../src/coaching/team';
import type { ColleagueRecord, TeamFigures, TeamInput } from '../../src/coaching/team-types';
import { calendarDay } from '../../src/engine/dates';
import { saveExampleGuidelines } from '../../src/demo/popup';
import { makeGuidelines } from '../helpers/guidelines';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { seedFiles, seedTeam } from './support/colleague-seed';
import { fixtureTeam } from './support/team-seed';

let session: ChromiumSession;
let page: Page;
let team: ColleagueRecord[];
let input: TeamInput;
let figures: TeamFigures;

const NOW = new Date();
const TODAY = calendarDay(NOW);
const SIZE_FROM = calendarDay(new Date(NOW.getTime() - 60 * 86_400_000));
const decimal = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value);
const signed = (value: number) => (value > 0 ? `+${decimal(value)}` : value < 0 ? `−${decimal(-value)}` : '0');

beforeAll(async () => {
  session = await launchChromium([], { extraFiles: await seedFiles() });
  const helper = await session.openExtensionPage('options.html');
  await saveExampleGuidelines(helper);
  await helper.close();
  team = fixtureTeam(NOW);
  await seedTeam(session, team);
  page = await session.openExtensionPage('dashboard.html');
  await page.getByRole('heading', { level: 2, name: 'Team figures' }).waitFor();
  // The team's size from two months ago, and the view cost, entered as the ambassador would.
  await page.getByRole('spinbutton', { name: 'Team size' }).fill('6');
  await page.getByLabel('From', { exact: true }).fill(SIZE_FROM);
  await page.getByRole('button', { name: 'Add this size' }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill('12');
  await page.getByRole('textbox', { name: 'Currency (ISO code)' }).fill('EUR');
  await page.getByRole('button', { name: 'Save the cost' }).click();
  await page.getByRole('button', { name: 'Remove the cost' }).waitFor();
  input = {
    team: team.map(memberOf),
    teamSizes: [{ from: SIZE_FROM, size: 6 }],
    viewCost: { perThousand: 12, currency: 'EUR' },
    onboardingScore: makeGuidelines().checklist.onboardingScore,
    stages: stagesOf(makeGuidelines()),
    today: TODAY,
  };
  figures = teamFigures(input);
});

afterAll(async () => {
  await session?.close();
});

const figureValue = (name: string) => page.getByRole('region', { name, exact: true }).locator('.figure-value').innerText();
const tableRows = async (name: string) =>
  page
    .getByRole('table', { name, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));

describe('the team dashboard in Chromium', () => {
  it('lists the three colleagues by name, with the rows computed in Node', async () => {
    const rows = colleagueRows(input, 'en');
    const shown = await tableRows('Coached colleagues');
    expect(shown.map((row) => row[0])).toEqual(rows.map((row) => row.name));
    expect(shown.map((row) => [row[1], row[2], row[5], row[6]])).toEqual(
      rows.map((row) => [String(row.latest?.overall), row.change === null ? '–no earlier session to compare' : signed(row.change), String(row.overdueActions), String(row.sessions)]),
    );
    expect(await page.getByRole('link', { name: rows[0]?.name }).getAttribute('href')).toBe(`./coaching.html#${rows[0]?.id}`);
  });

  it('shows the figures teamFigures computes on the same records', async () => {
    const { onboarded, alignment, visibility, value } = figures;
    expect(onboarded.size).toBe(6);
    expect(await figureValue('Onboarded')).toBe(`${onboarded.count} of 6 (${decimal((onboarded.share ?? 0) * 100)} %)`);
    expect(alignment.count).toBe(3);
    const points = new Intl.PluralRules('en').select(alignment.median ?? 0) === 'one' ? 'point' : 'points';
    expect(await figureValue('Alignment gained')).toBe(`${signed(alignment.median ?? 0)} ${points} (median)`);
    expect(visibility.linkedinFollowers.count).toBe(3);
    const shownVisibility = await figureValue('Visibility');
    expect(shownVisibility).toContain(`${signed(visibility.linkedinFollowers.median ?? 0)} % (n = 3)`);
    expect(shownVisibility).toContain('X followers\nNot enough sessions yet (n = 0)');
    const gaps = await page.getByRole('region', { name: 'Where the training should go' }).getByRole('listitem').allInnerTexts();
    expect(gaps.map((gap) => gap.match(/\((\d+) colleagues?\)$/)?.[1])).toEqual(figures.gaps.map((gap) => String(gap.colleagues)));
    expect(value).not.toBeNull();
    expect(await figureValue('Value (an estimate)')).toBe(
      `€${value?.amount.toFixed(2)}\ncounting each follower or connection gained as one view, at €12.00 per thousand views (${value?.audienceGained} gained)`,
    );
    // How it was computed, one click away.
    const onboardedFigure = page.getByRole('region', { name: 'Onboarded', exact: true });
    await onboardedFigure.getByText('How it was computed').click();
    await expect.poll(() => onboardedFigure.innerText()).toContain(`It stands on ${onboarded.count} colleague`);
  });

  it("shows the charts' tables with the same numbers", async () => {
    const distribution = await tableRows('Latest scores');
    const expected = figures.distribution.map((bin) => String(bin.count));
    expect(distribution.slice(0, 10).map((row) => row[1])).toEqual(expected);
    const funnel = await tableRows('Stages');
    expect(funnel.slice(1, 4).map((row) => row[1])).toEqual(figures.stages.map((stage) => String(stage.count)));
  });

  it('downloads the team CSV: the same text as teamCsv of the rows computed in Node', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the team (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`team-${TODAY}.csv`);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text).toBe(teamCsv(colleagueRows(input, 'en')));
    expect(text).toContain('Jonas Brenner');
  });

  it('exports all coaching data as a JSON bundle, and importing it again adds nothing', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all coaching data (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`coaching-${TODAY}.json`);
    const path = (await download.path()) as string;
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as { version: number; outcomes: unknown[]; colleagues: unknown[]; sessions: { outcomes: unknown[] }[]; settings?: { teamSizes: unknown[] } };
    expect([bundle.colleagues.length, bundle.sessions.length]).toEqual([3, 6]);
    // Version 2: each distinct outcome listed once, each session's by place in that list.
    expect(bundle.version).toBe(2);
    expect(bundle.sessions.every((session) => session.outcomes.every((place) => Number.isInteger(place)))).toBe(true);
    expect(bundle.outcomes.length).toBeLessThan(bundle.sessions.reduce((sum, session) => sum + session.outcomes.length, 0));
    expect(bundle.settings?.teamSizes).toEqual([{ from: SIZE_FROM, size: 6 }]);
    await page.getByLabel('Import coaching data (JSON)').setInputFiles(path);
    await page.getByText('Imported: 0 colleagues and 0 sessions added').waitFor();
    expect(await page.getByText('Sessions already here, skipped: 6.').count()).toBe(1);
    // A file that is not a bundle: its errors, and nothing changed.
    await page.getByLabel('Import coaching data (JSON)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
    await page.getByText('Nothing was imported:').waitFor();
    expect(await page.locator('.import-errors li').count()).toBeGreaterThan(0);
    expect(await tableRows('Coached colleagues')).toHaveLength(3);
  });

  it("keeps the team's size and the view cost in the coaching settings: the same figures after a reload", async () => {
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Team figures' }).waitFor();
    expect(await figureValue('Onboarded')).toContain('of 6 (');
    expect(await page.getByRole('table', { name: 'Sizes entered' }).innerText()).toContain('6');
    expect(await figureValue('Value (an estimate)')).toContain('at €12.00 per thousand views');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no accessibility violation (axe-core), ${colorScheme}`, async () => {
      await page.emulateMedia({ colorScheme, media: 'screen' });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  it("prints the figures and the charts' tables, black on white, with no control and no colleague's row", async () => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const shownControls = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, summary, svg, .team-table')]
        .filter((element) => (element as HTMLElement).checkVisibility?.() ?? true)
        .map((element) => element.outerHTML.slice(0, 60)),
    );
    expect(shownControls).toEqual([]);
    expect(await page.getByRole('region', { name: 'Onboarded', exact: true }).isVisible()).toBe(true);
    // How each figure was computed prints beside it, disclosure open or not.
    expect(await page.getByRole('region', { name: 'Alignment gained', exact: true }).locator('.how-body').isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Latest scores' }).isVisible()).toBe(true);
    expect(await page.getByText('Jonas Brenner').first().isVisible()).toBe(false);
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('h1') as Element).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  });
});
