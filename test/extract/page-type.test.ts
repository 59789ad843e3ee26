import { describe, expect, it } from 'vitest';
import { PAGE_PREDICATES, pageTypeOf, siteOf } from '../../src/extract/page-type';
import { PAGE_EXAMPLES, UNSUPPORTED_EXAMPLES } from '../../src/extract/page-type-examples';

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
});
