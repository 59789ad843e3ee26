import { describe, expect, it } from 'vitest';
import { ALL_READERS } from '../../src/extract';
import { LINKEDIN_READERS } from '../../src/extract/linkedin';
import { PAGE_PREDICATES, pageTypeOf, siteOf } from '../../src/snapshot/pages/page-type';
import { PAGE_EXAMPLES, UNSUPPORTED_EXAMPLES } from '../../src/snapshot/pages/examples';
import { pageTypeIn } from '../../src/extract/readers';
import { X_READERS } from '../../src/extract/x';

const entries = Object.entries(PAGE_PREDICATES);

describe('page-type predicates', () => {
  it('carry at least one example each', () => {
    for (const [type] of entries) expect(PAGE_EXAMPLES[type as keyof typeof PAGE_EXAMPLES].length).toBeGreaterThan(0);
  });

  for (const [type] of entries) {
    for (const example of PAGE_EXAMPLES[type as keyof typeof PAGE_EXAMPLES]) {
      it(`${type} accepts ${example} and no other predicate does`, () => {
        const url = new URL(example);
        const matching = entries.filter(([, other]) => other(url)).map(([name]) => name);
        expect(matching).toEqual([type]);
        expect(pageTypeOf(example)).toBe(type);
      });
    }
  }

  for (const example of UNSUPPORTED_EXAMPLES) {
    it(`treats ${example} as unsupported`, () => {
      expect(pageTypeOf(example)).toBe('unsupported');
    });
  }

  it('names the site of each page type', () => {
    expect(siteOf('linkedin-invitations-sent')).toBe('linkedin');
    expect(siteOf('x-following')).toBe('x');
    expect(siteOf('unsupported')).toBeUndefined();
  });

  it('gives each reader the predicate of its page type, and each predicate a reader', () => {
    expect(Object.keys(ALL_READERS)).toEqual(Object.keys(PAGE_PREDICATES));
    for (const [type, page] of Object.entries(ALL_READERS)) {
      expect(page.is, type).toBe(PAGE_PREDICATES[type as keyof typeof PAGE_PREDICATES]);
    }
  });

  it("tells a site's pages apart with that site's table alone", () => {
    for (const [table, site] of [
      [LINKEDIN_READERS, 'linkedin-'],
      [X_READERS, 'x-'],
    ] as const) {
      for (const [type, examples] of Object.entries(PAGE_EXAMPLES)) {
        for (const example of examples) {
          expect(pageTypeIn(table, example)).toBe(type.startsWith(site) ? type : 'unsupported');
        }
      }
      for (const example of UNSUPPORTED_EXAMPLES) expect(pageTypeIn(table, example)).toBe('unsupported');
    }
  });
});
