/**
 * @file Property tests: whatever value or text a file holds, parseGuidelines answers (valid guidelines, or errors
 * each with a message and a path) and never throws. Values come as JSON and as YAML, nested inside real sections
 * so that they reach the schema, not only the first type check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseGuidelines, type ParseResult } from '../../src/guidelines/parse';
import { RULES } from '../../src/rules';

const key = fc.oneof(
  fc.constantFrom('version', 'brand', 'name', 'spellings', 'handles', 'x', 'hashtags', 'domains', 'strategy', 'themes', 'keywords', 'en'),
  fc.constantFrom('campaigns', 'start', 'end', 'link', 'rules', 'pending-invitation-age', 'options', 'maxDays', 'weight', 'off'),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', '0'),
  fc.string({ maxLength: 12 }),
);

const leaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('@ok', '#tag', 'example.com', '2026-12-08', '2026-02-30', 'https://example.com', 'off', '(a+)+$', '*a', '&a', '!!js/function'),
);

const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 5 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 6 }),
})).node;

/** Random values placed where the schema will look at them. */
const guidelinesLike = fc.oneof(
  value,
  fc.record({ brand: value }),
  fc.record({ brand: fc.record({ name: value, handles: fc.record({ x: value }), hashtags: value, domains: value }) }),
  fc.record({ strategy: fc.record({ themes: fc.array(fc.record({ name: value, keywords: value })) }) }),
  fc.record({ campaigns: fc.array(fc.record({ name: value, start: value, end: value, link: value })) }),
  fc.record({ rules: fc.dictionary(key, value), confidentiality: fc.record({ confidential: value, nearWords: value }) }),
);

function expectAnswer(result: ParseResult) {
  if (result.ok) {
    expect(result.guidelines.version).toBe(1);
    for (const warning of result.warnings) expect(typeof warning.message).toBe('string');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(50);
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toMatch(/\n|\[object Object\]/);
    // The safety net's wording: reaching it means a bug of ours that a person would see as a vague error.
    expect(error.message).not.toMatch(/^the file could not be read/);
    expect(error.line === null || (Number.isInteger(error.line) && error.line >= 1)).toBe(true);
  }
}

/** Hundreds of parses per test: on a loaded machine that takes longer than vitest's 5 s default (it is not a budget). */
const MANY_RUNS_TIMEOUT = 120_000;

describe('parseGuidelines never throws', () => {
  it('on any JSON value, written as JSON', () => {
    fc.assert(
      fc.property(guidelinesLike, (input) => {
        expectAnswer(parseGuidelines(JSON.stringify(input) ?? 'null', { rules: RULES, format: 'json' }));
      }),
      { numRuns: 400 },
    );
  }, MANY_RUNS_TIMEOUT);

  it('on any JSON value, written as YAML', () => {
    fc.assert(
      fc.property(guidelinesLike, (input) => {
        expectAnswer(parseGuidelines(stringify(input), { rules: RULES, format: 'yaml' }));
      }),
      { numRuns: 400 },
    );
  }, MANY_RUNS_TIMEOUT);

  it('on any text at all, read as YAML or as JSON', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('[', ']', '{', '}', ':', '-', ' ', '\n', '\t', '"', "'", '#', '&', '*', '!', '|', '>', '?', ',', 'a', '%', '@', '`'), maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('yaml' as const, 'json' as const), (input, format) => {
        expectAnswer(parseGuidelines(input, { rules: RULES, format }));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves Object.prototype untouched whatever the keys', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (input) => {
        // Written as text: an object literal's __proto__ would set a prototype, not a key.
        const json = JSON.stringify(input);
        parseGuidelines(`{"__proto__": ${json}, "rules": {"__proto__": ${json}}, "brand": ${json}}`, { rules: RULES, format: 'json' });
        parseGuidelines(`__proto__:\n  polluted: true\nbrand:\n  __proto__: { polluted: true }\n`, { rules: RULES });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 100 },
    );
  });
});
