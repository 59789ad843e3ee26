/**
 * @file `npm run bench`: builds the extension, then prints one JSON line per measurement on stdout:
 * bundle sizes, then reader timings in real Chromium.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleSizes } from './bundle-size';
import { readerTimings } from './readers';

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
for await (const timing of readerTimings()) console.log(JSON.stringify(timing));
