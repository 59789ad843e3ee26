/**
 * @file `npm run bench`: builds the extension, then prints one JSON line per measurement on stdout.
 * Later issues add cases (reader and rules timings in real Chromium) beside the bundle sizes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleSizes } from './bundle-size';

const ROOT = join(import.meta.dirname, '..', '..');

function build(browser: string): void {
  execFileSync('npx', ['wxt', 'build', '-b', browser], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

build('chrome');
build('firefox');
for (const [browser, dir] of [
  ['chrome', '.output/chrome-mv3'],
  ['firefox', '.output/firefox-mv2'],
] as const) {
  for (const size of bundleSizes(browser, join(ROOT, dir))) console.log(JSON.stringify(size));
}
