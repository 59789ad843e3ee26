/**
 * @file The pages the end-to-end tests serve in place of LinkedIn and X: fixture files mapped to the URLs
 * they pose as. Nothing is fetched from the internet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../helpers/fixtures';

export interface ServedPage {
  /** The URL the browser is sent to. */
  url: string;
  /** The fixture file, relative to test/fixtures. */
  fixture: string;
}

export function pageBody(page: ServedPage): string {
  return readFileSync(join(FIXTURES_DIR, page.fixture), 'utf8');
}

/** Finds the page served for a request URL (path match, query ignored), or undefined. */
export function pageFor(pages: readonly ServedPage[], requestUrl: string): ServedPage | undefined {
  const wanted = new URL(requestUrl);
  return pages.find((page) => {
    const url = new URL(page.url);
    return url.host === wanted.host && url.pathname === wanted.pathname;
  });
}
