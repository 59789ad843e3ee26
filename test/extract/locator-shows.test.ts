/**
 * @file What each reader declares its locator can show (`shows`, from the locator's own tables) is exactly what the
 * locator finds on every fixture page, and what the popup offers "Show on page" for: a field a locator learns to
 * show without its table, or a table entry the locator cannot find, fails here.
 */
import { describe, expect, it } from 'vitest';
import { X } from '../../src/engine/fix-urls';
import { ALL_READERS } from '../../src/extract';
import { pageTypeIn } from '../../src/extract/readers';
import { findingTarget, itemTarget } from '../../src/ui/popup/findings';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

const FIELD_NAMES = [
  ...new Set(
    fixturePaths()
      .map(loadFixture)
      .flatMap((fixture) => Object.keys((fixture.expected as { fields?: object } | undefined)?.fields ?? {})),
  ),
];

describe('reader tables', () => {
  it('give every page with a locator what it shows, and no page without one', () => {
    for (const [type, page] of Object.entries(ALL_READERS)) {
      expect(Boolean(page.shows), type).toBe(Boolean(page.locate));
      expect(Boolean(page.shows?.fields?.length) || Boolean(page.shows?.links), type).toBe(Boolean(page.locate));
    }
  });
});

for (const path of fixturePaths()) {
  const fixture = loadFixture(path);
  const type = pageTypeIn(ALL_READERS, fixture.url);
  const page = type === 'unsupported' ? undefined : ALL_READERS[type];
  if (!page?.locate || !page.shows) continue;
  const { locate, shows } = page;

  describe(`${fixture.name}: Show on page`, () => {
    const doc = parseHtml(fixture.html);
    const result = page.read(doc, fixture.url);
    const fields = result.snapshot.fields as Record<string, { status: string; value?: unknown }>;

    it('finds every field it says it shows that the page has, and the popup offers each', () => {
      for (const field of shows.fields ?? []) {
        expect(fields[field], `${field} is not a field of this page's snapshot`).toBeDefined();
        // `false` (no photo, no Featured section) and an empty list have nothing on the page to show.
        const value = fields[field]?.status === 'present' ? fields[field].value : false;
        if (value !== false && !(Array.isArray(value) && value.length === 0)) expect(locate(doc, fixture.url, { field }), field).not.toBeNull();
        expect(findingTarget(shows, [{ field, text: 'x' }]), field).toEqual({ field });
      }
    });

    it('finds no field it does not say it shows, and the popup offers none', () => {
      for (const field of FIELD_NAMES.filter((name) => !shows.fields?.includes(name))) {
        expect(locate(doc, fixture.url, { field }), field).toBeNull();
        expect(findingTarget(shows, [{ field, text: 'x' }]), field).toBeNull();
      }
    });

    it('finds the card of an item of the list it shows by link, and only that list gets item buttons', () => {
      const items = fields[shows.links ?? '']?.value;
      if (!shows.links) return expect(itemTarget(shows, { field: 'invitations', url: 'https://www.linkedin.com/in/a/', text: 'x' })).toBeNull();
      expect(Array.isArray(items), shows.links).toBe(true);
      // The address a rule's evidence links to: a LinkedIn card's profile link, an X account's profile (X.profile).
      const first = (items as Array<{ profileUrl?: string | null; handle?: string }>).find((item) => item.profileUrl ?? item.handle);
      if (!first) return;
      const url = first.profileUrl ?? X.profile(first.handle as string);
      expect(locate(doc, fixture.url, { url })).not.toBeNull();
      expect(itemTarget(shows, { field: shows.links, url, text: 'x' })).toEqual({ url });
      expect(itemTarget(shows, { field: 'skills', url, text: 'x' })).toBeNull();
    });
  });
}
