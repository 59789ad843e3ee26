/**
 * @file The pages the end-to-end tests serve in place of LinkedIn and X: fixture files mapped to the URLs
 * they pose as. Nothing is fetched from the internet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../helpers/fixtures';

export { pageFor } from '../../../src/demo/chromium';

export interface ServedPage {
  /** The URL the browser is sent to. */
  url: string;
  /** The fixture file, relative to test/fixtures. */
  fixture: string;
}

export function pageBody(page: ServedPage): string {
  return readFileSync(join(FIXTURES_DIR, page.fixture), 'utf8');
}
