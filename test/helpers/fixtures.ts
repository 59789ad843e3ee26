/** @file Finds and loads the fixture pages under test/fixtures: each `<name>.html` beside its `<name>.expected.json`. */
import { Window } from 'happy-dom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures');

export interface Fixture {
  /** Path relative to test/fixtures, e.g. "linkedin/profile/2024-06-artdeco-en-self.html". */
  name: string;
  path: string;
  html: string;
  /** The page's URL, from its canonical link. */
  url: string;
  /** The expected snapshot, or undefined when the fixture has no expected file yet. */
  expected: unknown;
}

export function fixturePaths(): string[] {
  return (readdirSync(FIXTURES_DIR, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => join(FIXTURES_DIR, file));
}

/** The href of `<link rel="canonical">`, read from the raw HTML so no DOM is needed. */
export function canonicalUrl(html: string): string | undefined {
  const tag = html.match(/<link\b[^>]*\brel=["']canonical["'][^>]*>/i)?.[0];
  return tag?.match(/\bhref=["']([^"']+)["']/i)?.[1];
}

export function loadFixture(path: string): Fixture {
  const html = readFileSync(path, 'utf8');
  const url = canonicalUrl(html);
  if (!url) throw new Error(`${path}: no <link rel="canonical" href="…"> giving the page's URL`);
  const expectedPath = path.replace(/\.html$/, '.expected.json');
  const expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : undefined;
  return { name: relative(FIXTURES_DIR, path), path, html, url, expected };
}

/** Parses a whole page with the test environment's DOMParser (happy-dom in unit tests). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Runs `use` on a page parsed in a happy-dom window of its own, closed afterwards. happy-dom keeps what a read
 * touches in the documents its window made (clones included) for the window's life: the shared test window grows
 * by about 10 MB per read clone, so a test that reads hundreds of clones (robustness.test.ts) gives each fixture
 * its own window and frees it.
 */
export async function inOwnWindow<T>(html: string, url: string, use: (doc: Document) => T): Promise<T> {
  const window = new Window({ url });
  try {
    return use(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
