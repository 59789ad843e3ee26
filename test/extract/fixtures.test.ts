/** @file Reads every fixture page with the reader its URL selects and compares the whole snapshot with the expected JSON. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract';
import { SnapshotSchema } from '../../src/snapshot';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

const paths = fixturePaths();

describe('fixture pages', () => {
  it('cover at least 14 realistic pages', () => {
    expect(paths.length).toBeGreaterThanOrEqual(14);
  });

  for (const path of paths) {
    const fixture = loadFixture(path);
    it(`reads ${fixture.name} as expected`, () => {
      expect(fixture.expected, 'missing .expected.json').toBeDefined();
      const result = readPage(parseHtml(fixture.html), fixture.url);
      expect(result).not.toBeNull();
      expect(SnapshotSchema.safeParse(result?.snapshot).error).toBeUndefined();
      expect(result?.snapshot).toEqual(fixture.expected);
    });
  }
});
