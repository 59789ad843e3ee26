/**
 * @file `npm run bench`: builds the extension, then prints one JSON line per measurement on stdout:
 * bundle sizes, then reader timings in real Chromium, then the rules engine's timings (Node).
 * `npm run bench -- --rules` runs only the rules part (no build, no browser).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleSizes } from './bundle-size';
import { readerTimings } from './readers';
import { rulesTimings } from './rules';

const ROOT = join(import.meta.dirname, '..', '..');

function build(browser: string): void {
  execFileSync('npx', ['wxt', 'build', '-b', browser], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const rulesOnly = process.argv.includes('--rules');
if (!rulesOnly) {
  build('chrome');
  build('firefox');
  for (const [browser, dir] of [
    ['chrome', '.output/chrome-mv3'],
    ['firefox', '.output/firefox-mv2'],
  ] as const) {
    for (const size of bundleSizes(browser, join(ROOT, dir))) console.log(JSON.stringify(size));
  }
  for await (const timing of readerTimings()) console.log(JSON.stringify(timing));
}
for (const timing of rulesTimings()) console.log(JSON.stringify(timing));
