/** @file Where the end-to-end tests find the built extension and the browsers, with clear errors when they are missing. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fails (never skips) with a message that says how to get what is missing. */
export function requireFile(path: string, what: string, howTo: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}. ${howTo}`);
  return path;
}

export function requireChromium(): string {
  return requireFile(CHROMIUM, 'Chromium', 'Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
}

export function requireFirefox(): string {
  return requireFile(FIREFOX, 'Firefox ESR', 'Install it with `apt-get install -y firefox-esr` (or set FIREFOX_PATH).');
}

export function requireBuild(dir: string): string {
  requireFile(join(dir, 'manifest.json'), 'The built extension', 'Run `npm run build` first.');
  return dir;
}
