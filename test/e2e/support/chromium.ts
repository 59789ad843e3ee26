/**
 * @file Real Chromium with the built extension for the end-to-end tests, serving fixture pages in place of LinkedIn
 * and X and refusing every other request. The launch itself is shared with the demo (src/demo/chromium.ts).
 */
import { type ChromiumSession, launchChromium as launch } from '../../../src/demo/chromium';
import { pageBody, pageFor, type ServedPage } from './pages';

export { type ChromiumSession, tabIdOf } from '../../../src/demo/chromium';

export function launchChromium(
  pages: readonly ServedPage[],
  options: { colorScheme?: 'light' | 'dark'; extraFiles?: Readonly<Record<string, string>>; lang?: string } = {},
): Promise<ChromiumSession> {
  return launch({
    ...options,
    serve(url) {
      const page = pageFor(pages, url);
      return page ? pageBody(page) : undefined;
    },
  });
}
