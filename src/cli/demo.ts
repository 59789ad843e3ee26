/**
 * @file `npm run demo [-- --lang <en|fr|nl|de>] [--headless]`: the coach at work without LinkedIn or X. It starts Debian's
 * Chromium with the built extension, serves the bundled demo pages (src/demo/pages: invented people of the example
 * company) in place of linkedin.com and x.com, refuses every other request, and imports the example company's
 * guidelines as the person's own file. With a display: a real window on the demo employee's own profile, the popup
 * beside it, and a short guide here, until the browser is closed or Ctrl+C. Without one (CI, a server): headless, it
 * opens the popup on each demo page and prints the score, the step scores and the three findings worth most, with a
 * screenshot of each popup in demo-output/. It changes nothing outside its own temporary browser profile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type ChromiumSession, launchChromium } from '../demo/chromium';
import { DEMO_OWN_PROFILE, DEMO_PAGES, demoPageBody, demoResponse } from '../demo/pages';
import { CHROME_BUILD, EXAMPLE_GUIDELINES_PATH, requireChromium, ROOT } from '../demo/paths';
import {
  forgetProfileHistory,
  openPopup,
  openTab,
  readFindings,
  readPopup,
  saveExampleGuidelines,
  STEPS,
  worthMost,
} from '../demo/popup';
import { LANGUAGES } from './audit';
import { scoreText, STEP_NAMES } from './summary';

export const DEMO_OUTPUT = join(ROOT, 'demo-output');
/** Chrome's popup is 380 px wide here (entrypoints/popup/style.css) and at most 600 px high. */
const POPUP_SIZE = { width: 380, height: 600 };

const GUIDELINES = relative(ROOT, EXAMPLE_GUIDELINES_PATH);
const COACHING_NOTE =
  'The demo shows one person’s own pages. Coaching colleagues (the colleague view, sessions, the colleague’s page) is not in it yet: a small demo team comes with the team dashboard.';

export interface DemoOptions {
  lang?: string;
  headless: boolean;
  /** Where the screenshots go (headless). */
  out: string;
  log(line: string): void;
}

/** A real window only with a display and outside CI (CI=true, as .ci/run sets it, means headless). */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return !ci && Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Builds the Chrome extension when there is no build yet (a few seconds), so the demo works on a fresh clone. */
function ensureBuild(log: (line: string) => void): void {
  if (existsSync(join(CHROME_BUILD, 'manifest.json'))) return;
  log('No build in .output/chrome-mv3 yet: building the Chrome extension first (npx wxt build)…');
  const run = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('the build failed: run `npm run build` and look at its errors');
}

function launch(options: DemoOptions): Promise<ChromiumSession> {
  return launchChromium({
    serve: demoResponse,
    headless: options.headless,
    // A real window follows the system's light or dark theme; screenshots are light.
    colorScheme: options.headless ? 'light' : null,
    lang: options.lang,
  });
}

/** Headless: each demo page, its popup read back and photographed. */
export async function runHeadless(options: DemoOptions): Promise<void> {
  const { log } = options;
  mkdirSync(options.out, { recursive: true });
  const session = await launch(options);
  try {
    const helper = await session.openExtensionPage('options.html');
    await saveExampleGuidelines(helper);
    log(`Profile Coach demo, headless: the popup on ${DEMO_PAGES.length} demo pages, with the guidelines of Brightwave Systems (${GUIDELINES}) imported as the person's own file.`);
    log('The pages are served from src/demo/pages in place of LinkedIn and X; no request leaves this machine.');
    for (const page of DEMO_PAGES) {
      // Each page judged as on a first visit, so the figures are those `npm run audit` gives for the same page.
      await forgetProfileHistory(helper);
      const { tab, tabId } = await openTab(session, helper, { url: page.url, body: demoPageBody(page), name: page.file });
      const popup = await session.context.newPage();
      await popup.setViewportSize(POPUP_SIZE);
      await openPopup(session, tabId, popup);
      const reading = await readPopup(popup);
      const findings = worthMost(await readFindings(popup));
      const suffix = options.lang ? `.${options.lang}` : '';
      const screenshot = join(options.out, `${page.id}${suffix}.png`);
      await popup.screenshot({ path: screenshot, fullPage: true });
      log('');
      log(`== ${page.title}: ${page.url}`);
      log(`Brand alignment: ${scoreText(reading.overall)}`);
      log(STEPS.map((step) => `${STEP_NAMES[step]}: ${scoreText(reading.steps[step])}`).join(' · '));
      log(findings.length === 0 ? 'Nothing to fix.' : 'Worth most:');
      for (const [index, finding] of findings.entries()) {
        log(`  ${index + 1}. ${finding.title} (+${finding.points} points)  [${finding.ruleId}]`);
      }
      log(`Popup: ${relative(process.cwd(), screenshot) || screenshot}`);
      await popup.close();
      await tab.close();
    }
    log('');
    log(COACHING_NOTE);
    const elsewhere = new Set(session.refused.map(([, url]) => new URL(url).host));
    if (elsewhere.size > 0) {
      log(`Refused ${session.refused.length} request(s) the pages make to other hosts (${[...elsewhere].sort().join(', ')}): nothing left this machine.`);
    }
  } finally {
    await session.close();
  }
}

/** With a display: the own profile in a real window, the popup in a small window beside it, until the browser closes. */
export async function runHeaded(options: DemoOptions): Promise<void> {
  const { log } = options;
  const session = await launch(options);
  try {
    const helper = await session.openExtensionPage('options.html');
    await saveExampleGuidelines(helper);
    const { tab, tabId } = await openTab(session, helper, {
      url: DEMO_OWN_PROFILE.url,
      body: demoPageBody(DEMO_OWN_PROFILE),
      name: DEMO_OWN_PROFILE.file,
    });
    await helper.close();
    // The persistent context starts with an empty tab: keep only the profile.
    for (const page of session.context.pages()) if (page.url() === 'about:blank') await page.close();
    const popupUrl = `chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`;
    // The popup's own size (380 px wide, at most 600 high, plus the window's frame), at the right of the screen.
    const screenWidth = await tab.evaluate(() => screen.availWidth).catch(() => 1280);
    await session.worker.evaluate(
      ({ url, left }) => chrome.windows.create({ url, type: 'popup', width: 400, height: 640, left, top: 0 }),
      { url: popupUrl, left: Math.max(0, screenWidth - 400) },
    );
    log('Profile Coach demo: a Chromium window with the extension, on the demo pages of Brightwave Systems, an invented company.');
    log(`Its guidelines (${GUIDELINES}) are imported as the person's own file; the pages come from src/demo/pages, nothing reaches LinkedIn or X.`);
    log('');
    log('What to try:');
    log('  - The small window beside the profile is the popup for Lotte’s own profile: the score, then what to fix first.');
    log('    Try Show on page, Fix (opens a local "not part of the demo" page), Done and Snooze.');
    log('  - Open the popup from the toolbar on any page: the puzzle piece (Extensions), then Profile Coach (pin it to keep it in view).');
    log('  - Visit the other demo pages in the address bar, then open the popup again:');
    for (const page of DEMO_PAGES) log(`      ${page.url}   ${page.title}`);
    log('  - Right-click the toolbar button, Options: the guidelines in force, the rules, the preview, your data.');
    log(`  ${COACHING_NOTE}`);
    log('');
    log('Close the browser window (or press Ctrl+C here) to end the demo.');
    await new Promise<void>((done) => {
      session.context.on('close', () => done());
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
  } finally {
    await session.close();
  }
}

export async function main(argv: string[], log: (line: string) => void = console.log): Promise<number> {
  let values: { lang?: string; headless?: boolean; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        lang: { type: 'string' },
        headless: { type: 'boolean' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`demo: ${(error as Error).message}`);
    return 2;
  }
  if (values.help) {
    console.error(`usage: npm run demo [-- --lang <${LANGUAGES.join('|')}>] [--headless] [--out <folder for the screenshots>]`);
    return 0;
  }
  if (values.lang !== undefined && !(LANGUAGES as readonly string[]).includes(values.lang)) {
    console.error(`demo: --lang ${values.lang}: must be one of ${LANGUAGES.join(', ')}`);
    return 2;
  }
  const options: DemoOptions = {
    lang: values.lang,
    headless: values.headless === true || !hasDisplay(),
    out: resolve(values.out ?? DEMO_OUTPUT),
    log,
  };
  try {
    requireChromium();
    ensureBuild(log);
    await (options.headless ? runHeadless(options) : runHeaded(options));
    return 0;
  } catch (error) {
    console.error(`demo: ${(error as Error).message}`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
