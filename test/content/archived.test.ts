/**
 * @file What the LinkedIn content script says of a page in a markup generation it no longer reads (the Ember era of
 * old saved pages, test/e2e/support/popup.ts ARCHIVED_FIXTURES): every field it cannot read is unreadable, never
 * absent, so no rule tells the person to add what they have. The full table (command line) still reads it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportPage } from '../../src/content/serve';
import { readPage } from '../../src/extract';
import { LINKEDIN_READERS } from '../../src/extract/linkedin';
import { FIXTURES_DIR, loadFixture } from '../helpers/fixtures';

const EMBER = loadFixture(join(FIXTURES_DIR, 'linkedin/profile/2021-03-ember-en-other.html'));

describe('the LinkedIn content script on an Ember-era saved page', () => {
  const parse = () => new DOMParser().parseFromString(EMBER.html, 'text/html');

  it('reports the fields it cannot read as unreadable, never absent', () => {
    const report = reportPage('linkedin', LINKEDIN_READERS, parse(), EMBER.url);
    expect(report.pageType).toBe('linkedin-profile');
    const fields = Object.entries(report.result?.snapshot.fields ?? {}) as [string, { status: string }][];
    expect(fields.length).toBeGreaterThan(10);
    for (const [name, field] of fields) expect(field.status, name).not.toBe('absent');
    for (const name of ['name', 'headline', 'about', 'currentPositions', 'skills']) {
      expect(Object.fromEntries(fields)[name]?.status, name).toBe('unreadable');
    }
  });

  it('is read whole by the full reader table of the command line', () => {
    expect(readPage(parse(), EMBER.url)?.snapshot).toEqual(EMBER.expected);
  });
});
