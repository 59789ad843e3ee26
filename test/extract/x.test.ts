/** @file The X readers on their own fixtures (independent of the other readers) and on small edge-case pages. */
import { describe, expect, it } from 'vitest';
import { readXFollowing } from '../../src/extract/x/following';
import { readXProfile } from '../../src/extract/x/profile';
import { SnapshotSchema } from '../../src/snapshot';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

const xFixtures = fixturePaths().filter((path) => /[\\/]x[\\/]/.test(path));

describe('X fixtures', () => {
  for (const path of xFixtures) {
    const fixture = loadFixture(path);
    it(`reads ${fixture.name} as expected`, () => {
      const doc = parseHtml(fixture.html);
      const result = /following/.test(fixture.name) ? readXFollowing(doc, fixture.url) : readXProfile(doc, fixture.url);
      expect(SnapshotSchema.safeParse(result.snapshot).error).toBeUndefined();
      expect(result.snapshot).toEqual(fixture.expected);
    });
  }
});
