/**
 * @file `npm run screenshots`: the popup on every fixture page, light and dark, in real Chromium with the example
 * company's guidelines saved, into screenshots/ (ignored by git): `<site>-<page>-<variant>-<scheme>.png` at the size
 * Chrome gives the popup (380 px wide, at most 600 px high, as the person sees it first) and `…-full.png` with the
 * whole list. `--docs` also writes the self profile's pair to docs/popup-light.png and docs/popup-dark.png, the two
 * shown in the README: down to the end of the top finding, its buttons included, rather than cut mid-line at 600 px.
 * Needs a build (the npm script builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './support/chromium';
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
  const session = await launchChromium([]);
  try {
    const helper = await session.openExtensionPage('options.html');
    await saveExampleGuidelines(helper);
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

await main();
