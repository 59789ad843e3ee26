/**
 * @file `npm run screenshots`: the popup on every fixture page, light and dark, in real Chromium with the example
 * company's guidelines saved, into screenshots/ (ignored by git): `<site>-<page>-<variant>-<scheme>.png` at the size
 * Chrome gives the popup (380 px wide, at most 600 px high, as the person sees it first) and `…-full.png` with the
 * whole list. `--docs` also writes the self profile's pair to docs/popup-light.png and docs/popup-dark.png, the two
 * shown in the README: down to the end of the top finding, its buttons included, rather than cut mid-line at 600 px;
 * and the team dashboard over a small invented team to docs/dashboard.png.
 * Needs a build (the npm script builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChromiumSession } from './support/chromium';
import { launchChromium } from './support/chromium';
import { seedFiles, seedTeam } from './support/colleague-seed';
import { fixtureTeam } from './support/team-seed';
import { fixturePages, openFixtureTab, openPopup, saveExampleGuidelines, SELF_PROFILE, topFinding } from './support/popup';
import { ROOT } from './support/paths';

const OUT = join(ROOT, 'screenshots');
const DOCS = join(ROOT, 'docs');
/** Chrome's largest popup is 800 × 600; ours is 380 px wide (entrypoints/popup/style.css). */
const POPUP_WIDTH = 380;
const POPUP_MAX_HEIGHT = 600;

const fileNameOf = (fixture: string) => fixture.replace(/\.html$/, '').replaceAll('/', '-');

async function main() {
  const docs = process.argv.includes('--docs');
  mkdirSync(OUT, { recursive: true });
  if (docs) mkdirSync(DOCS, { recursive: true });
  const session = await launchChromium([], docs ? { extraFiles: await seedFiles() } : {});
  try {
    const helper = await session.openExtensionPage('options.html');
    await saveExampleGuidelines(helper);
    if (docs) await dashboardShot(session);
    for (const page of fixturePages()) {
      const { tab, tabId } = await openFixtureTab(session, helper, page);
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
      await openPopup(session, tabId, popup);
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        // The popup is as tall as its content (the page's own height is at least the viewport's).
        const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        const base = join(OUT, `${fileNameOf(page.name)}-${colorScheme}`);
        await popup.screenshot({
          path: `${base}.png`,
          clip: { x: 0, y: 0, width: POPUP_WIDTH, height: Math.min(height, POPUP_MAX_HEIGHT) },
        });
        await popup.screenshot({ path: `${base}-full.png`, fullPage: true });
        console.log(`${base}.png`);
        if (docs && page.name === SELF_PROFILE) {
          const box = await topFinding(popup).boundingBox();
          const bottom = box ? Math.ceil(box.y + box.height) + 12 : POPUP_MAX_HEIGHT;
          const path = join(DOCS, `popup-${colorScheme}.png`);
          await popup.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: POPUP_WIDTH, height: Math.min(height, bottom) } });
          console.log(path);
        }
      }
      await popup.close();
      await tab.close();
    }
  } finally {
    await session.close();
  }
}

/**
 * docs/dashboard.png: the team dashboard, light, over a small invented team (three fixture colleagues in two rounds,
 * test/e2e/support/team-seed.ts), with a team size and a view cost entered.
 */
async function dashboardShot(session: ChromiumSession): Promise<void> {
  await seedTeam(session, fixtureTeam(new Date()));
  const page = await session.openExtensionPage('dashboard.html');
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('heading', { level: 2, name: 'Team figures' }).waitFor();
  const from = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  await page.getByRole('spinbutton', { name: 'Team size' }).fill('6');
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByRole('button', { name: 'Add this size' }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill('12');
  await page.getByRole('button', { name: 'Save the cost' }).click();
  await page.getByRole('button', { name: 'Remove the cost' }).waitFor();
  // The figures, the charts and the colleagues' table: down to the table's end.
  const bottom = await page.evaluate(() => {
    window.scrollTo(0, 0);
    const table = document.querySelector('.team-table')?.getBoundingClientRect();
    return table ? Math.ceil(table.bottom + window.scrollY) + 16 : 1600;
  });
  const path = join(DOCS, 'dashboard.png');
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1200, height: bottom } });
  console.log(path);
  await page.close();
}

await main();
