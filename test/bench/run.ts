/**
 * @file `npm run bench`: builds the extension, then prints one JSON line per measurement on stdout:
 * bundle sizes, then reader timings in real Chromium, then the popup's time to its score in real Chromium, then the
 * colleague's page with 12 sessions painted in real Chromium, then the rules engine's timings (Node), then the
 * guidelines parser's on hostile files (Node), then the coaching record's storage (bytes per session, 500 colleagues
 * × 12 sessions, saving and listing: over fake-indexeddb in Node, then in real Chromium).
 * `npm run bench -- --rules` runs only the rules part (no build, no browser); `-- --popup` only the bundle sizes and
 * the popup's timings; `-- --colleague` only the colleague's page with 12 sessions painted (Chrome build);
 * `-- --guidelines` only the guidelines parser; `-- --readers` only the readers' timings (no build: the readers are
 * bundled on the fly); `-- --coaching` only the coaching storage (in Node, and in Chromium when a build is there
 * already); `-- --team` only the team's figures (Node, 500 colleagues × 12 sessions); `-- --bundles` only the coaching
 * bundles read and merged (Node, 20 bundles × 500 colleagues × 12 sessions); `-- --dashboard` only the team
 * dashboard with 500 colleagues × 12 sessions painted (Chrome build) and the CSV of them (Node).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { bundleSizes } from './bundle-size';
import { bundleMergeTimings } from './bundle-merge';
import { coachingTimings } from './coaching';
import { colleaguePageTimings } from './colleague-page';
import { dashboardTimings } from './dashboard';
import { guidelinesTimings, shippedParser } from './guidelines';
import { popupTimings } from './popup';
import { readerTimings } from './readers';
import { rulesTimings, shippedEngine } from './rules';
import { teamTimings } from './team';

const ROOT = join(import.meta.dirname, '..', '..');

function build(browser: string): void {
  execFileSync('npx', ['wxt', 'build', '-b', browser], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const rulesOnly = process.argv.includes('--rules');
const popupOnly = process.argv.includes('--popup');
const guidelinesOnly = process.argv.includes('--guidelines');
const readersOnly = process.argv.includes('--readers');
const coachingOnly = process.argv.includes('--coaching');
const colleagueOnly = process.argv.includes('--colleague');
const teamOnly = process.argv.includes('--team');
const bundlesOnly = process.argv.includes('--bundles');
const dashboardOnly = process.argv.includes('--dashboard');
if (bundlesOnly) {
  for (const timing of await bundleMergeTimings()) console.log(JSON.stringify(timing));
} else if (dashboardOnly) {
  build('chrome');
  for await (const timing of dashboardTimings()) console.log(JSON.stringify(timing));
} else if (teamOnly) {
  for (const timing of await teamTimings()) console.log(JSON.stringify(timing));
} else if (colleagueOnly) {
  build('chrome');
  for await (const timing of colleaguePageTimings()) console.log(JSON.stringify(timing));
} else if (coachingOnly) {
  const built = existsSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'));
  for await (const timing of coachingTimings({ chromium: built })) console.log(JSON.stringify(timing));
} else if (readersOnly) {
  for await (const timing of readerTimings()) console.log(JSON.stringify(timing));
} else if (!rulesOnly && !guidelinesOnly) {
  build('chrome');
  build('firefox');
  for (const [browser, dir] of [
    ['chrome', '.output/chrome-mv3'],
    ['firefox', '.output/firefox-mv2'],
  ] as const) {
    for (const size of bundleSizes(browser, join(ROOT, dir))) console.log(JSON.stringify(size));
  }
  if (!popupOnly) for await (const timing of readerTimings()) console.log(JSON.stringify(timing));
  for await (const timing of popupTimings()) console.log(JSON.stringify(timing));
  if (!popupOnly) for await (const timing of colleaguePageTimings()) console.log(JSON.stringify(timing));
  if (!popupOnly) for await (const timing of dashboardTimings()) console.log(JSON.stringify(timing));
}
const others = popupOnly || readersOnly || coachingOnly || colleagueOnly || teamOnly || bundlesOnly || dashboardOnly;
if (!others && !guidelinesOnly) for (const timing of rulesTimings(await shippedEngine())) console.log(JSON.stringify(timing));
if (!others && !rulesOnly) for (const timing of guidelinesTimings(await shippedParser())) console.log(JSON.stringify(timing));
if (!others && !rulesOnly && !guidelinesOnly) for await (const timing of coachingTimings({ chromium: true })) console.log(JSON.stringify(timing));
if (!others && !rulesOnly && !guidelinesOnly) for (const timing of await teamTimings()) console.log(JSON.stringify(timing));
if (!others && !rulesOnly && !guidelinesOnly) for (const timing of await bundleMergeTimings()) console.log(JSON.stringify(timing));
