/** @file A saved page's address (src/snapshot/saved-page.ts), shared by `npm run audit` and the dashboard's batch audit. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../src/cli/audit';
import { savedPageAddressOf } from '../../src/snapshot/saved-page';
import { FIXTURES_DIR, parseHtml } from '../helpers/fixtures';

const page = (head: string, before = '') => parseHtml(`${before}<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`);

describe('savedPageAddressOf', () => {
  it('takes the canonical link first', () => {
    const doc = page(
      '<meta property="og:url" content="https://x.com/b"><link rel="canonical" href=" https://x.com/a ">',
      '<!-- saved from url=(0017)https://x.com/c -->',
    );
    expect(savedPageAddressOf(doc)).toBe('https://x.com/a');
  });

  it('takes og:url without a canonical link (or with an empty one)', () => {
    expect(savedPageAddressOf(page('<link rel="canonical" href=""><meta property="og:url" content="https://x.com/b">'))).toBe('https://x.com/b');
  });

  it('takes the "saved from" comment a browser writes, before <html> or in <head>', () => {
    expect(savedPageAddressOf(page('', '<!-- saved from url=(0040)https://www.linkedin.com/in/ada-vermeulen/ -->\n'))).toBe(
      'https://www.linkedin.com/in/ada-vermeulen/',
    );
    expect(savedPageAddressOf(page('<!-- saved from url=(0017)https://x.com/c --><meta charset="utf-8">'))).toBe('https://x.com/c');
  });

  it('finds none in a page that names none, nor in a comment of the body', () => {
    expect(savedPageAddressOf(parseHtml('<html><body><!-- saved from url=(0017)https://x.com/c --></body></html>'))).toBeUndefined();
    expect(savedPageAddressOf(page('<title>Ada</title>'))).toBeUndefined();
  });
});

describe('npm run audit with a page that has only the "saved from" comment', () => {
  it('reads the page at that address instead of asking for --url', () => {
    const html = readFileSync(join(FIXTURES_DIR, 'x/profile/2025-08-de-other.html'), 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
    const file = join(mkdtempSync(join(tmpdir(), 'profile-coach-saved-from-')), 'katrin.html');
    writeFileSync(file, `<!-- saved from url=(0021)https://x.com/katrin_wa -->\n${html}`);
    expect(auditFile({ file }).snapshot).toMatchObject({ site: 'x', pageType: 'profile', url: 'https://x.com/katrin_wa' });
  });
});
