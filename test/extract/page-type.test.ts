import { describe, expect, it } from 'vitest';
import { PAGE_PREDICATES, pageTypeOf, siteOf, UNSUPPORTED_EXAMPLES } from '../../src/extract/page-type';

const entries = Object.entries(PAGE_PREDICATES);

describe('page-type predicates', () => {
  it('carry at least one example each', () => {
    for (const [, predicate] of entries) expect(predicate.examples.length).toBeGreaterThan(0);
  });

  for (const [type, predicate] of entries) {
    for (const example of predicate.examples) {
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
