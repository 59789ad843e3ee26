/** @file Where the end-to-end tests find the built extensions and the browsers (Chromium's part is shared with the demo: src/demo/paths.ts). */
import { join } from 'node:path';
import { requireFile, ROOT } from '../../../src/demo/paths';

export { CHROME_BUILD, CHROMIUM, requireBuild, requireChromium, requireFile, ROOT } from '../../../src/demo/paths';

export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireFirefox(): string {
  return requireFile(FIREFOX, 'Firefox ESR', 'Install it with `apt-get install -y firefox-esr` (or set FIREFOX_PATH).');
}
