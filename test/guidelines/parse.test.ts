/** @file parseGuidelines on valid files (YAML and JSON alike), its warnings, paths, lines, formatter and did-you-mean. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { didYouMean, editDistance } from '../../src/guidelines/did-you-mean';
import { checkJsonSyntax } from '../../src/guidelines/json-syntax';
import {
  allowedKeysAt,
  formatError,
  formatPath,
  formatSize,
  parseGuidelines,
  type ParseResult,
  type RuleRegistry,
} from '../../src/guidelines/parse';
import { DEFAULT_GUIDELINES } from '../../src/guidelines/presets/default';
import { GuidelinesSchema } from '../../src/guidelines/schema';
import { ROOT } from '../helpers/fixtures';
import { EXAMPLE_GUIDELINES_PATH, exampleGuidelinesInput } from '../helpers/guidelines';
import { RULES as EXTENSION_RULES } from '../../src/rules';

const NOW = new Date('2026-11-23T12:00:00Z');
const EXAMPLE_JSON_PATH = join(ROOT, 'test', 'fixtures', 'guidelines', 'example-company.json');

/** A registry of our own, so these tests do not move when rules are added: one rule with a strict option. */
const RULES: RuleRegistry = {
  'pending-invitation-age': {
    meta: { options: z.strictObject({ maxDays: z.number().int().positive().optional() }), defaultOptions: {} },
  },
  'confidential-terms': { meta: { options: z.strictObject({}), defaultOptions: {} } },
  'headline-keywords': {
    meta: { options: z.strictObject({ minKeywords: z.number().int().min(1) }), defaultOptions: { minKeywords: 1 } },
  },
};

function valid(result: ParseResult) {
  if (!result.ok) throw new Error(`expected valid guidelines, got:\n${result.errors.map(formatError).join('\n')}`);
  return result;
}

function errors(result: ParseResult) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('valid guidelines', () => {
  it('reads the example company file as the schema does, with no warning two weeks before its summit', () => {
    const result = valid(parseGuidelines(readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8'), { fileName: 'example-company.yaml', rules: RULES, now: NOW }));
    expect(result.guidelines).toEqual(GuidelinesSchema.parse(exampleGuidelinesInput()));
    expect(result.warnings).toEqual([]);
  });

  it('reads the same file written as JSON into the same guidelines', () => {
    const yaml = valid(parseGuidelines(readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8'), { rules: RULES, now: NOW }));
    const json = valid(parseGuidelines(readFileSync(EXAMPLE_JSON_PATH, 'utf8'), { fileName: 'example-company.json', rules: RULES, now: NOW }));
    expect(json.guidelines).toEqual(yaml.guidelines);
  });

  it('gives JSON files the lines of the JSON text', () => {
    const text = readFileSync(EXAMPLE_JSON_PATH, 'utf8').replace('"nearWords": 6', '"nearWords": 60');
    const [error] = errors(parseGuidelines(text, { format: 'json', rules: RULES }));
    const line = text.split('\n').findIndex((source) => source.includes('"nearWords": 60')) + 1;
    expect(error).toMatchObject({ path: 'confidentiality.nearWords', line, column: 5, message: 'must be at most 30' });
  });

  it('accepts a file with only the brand name, filling in every default', () => {
    const result = valid(parseGuidelines('brand:\n  name: Brightwave Systems\n', { rules: EXTENSION_RULES }));
    expect(result.guidelines).toEqual({ ...DEFAULT_GUIDELINES, brand: GuidelinesSchema.parse({ brand: { name: 'Brightwave Systems' } }).brand });
    expect(result.guidelines.brand?.spellings).toEqual([]);
  });

  it('turns an empty mapping into the built-in defaults, in YAML and in JSON', () => {
    expect(valid(parseGuidelines('{}', { rules: EXTENSION_RULES })).guidelines).toEqual(DEFAULT_GUIDELINES);
    expect(valid(parseGuidelines('{}\n', { rules: EXTENSION_RULES, format: 'json' })).guidelines).toEqual(DEFAULT_GUIDELINES);
    expect(valid(parseGuidelines('# Nothing special yet\n{}\n', { rules: EXTENSION_RULES })).guidelines).toEqual(DEFAULT_GUIDELINES);
  });

  it('reads YAML 1.2: dates stay text, yes and on stay words, off turns a rule off, even under a %YAML 1.1 directive', () => {
    const result = valid(
      parseGuidelines('%YAML 1.1\n---\nbrand:\n  name: yes\n  spellings: [on, !!str 2026]\ncampaigns:\n  - { name: A, start: 2026-12-01, end: 2026-12-02 }\nrules:\n  pending-invitation-age: off\n', {
        rules: RULES,
        now: NOW,
      }),
    );
    expect(result.guidelines.brand).toMatchObject({ name: 'yes', spellings: ['on', '2026'] });
    expect(result.guidelines.campaigns[0]).toMatchObject({ start: '2026-12-01', end: '2026-12-02' });
    expect(result.guidelines.rules['pending-invitation-age']).toBe('off');
  });

  it('ignores a byte order mark', () => {
    expect(valid(parseGuidelines('\uFEFFbrand:\n  name: B\n', { rules: EXTENSION_RULES })).guidelines.brand?.name).toBe('B');
    expect(valid(parseGuidelines('\uFEFF{"brand": {"name": "B"}}', { rules: EXTENSION_RULES, format: 'json' })).guidelines.brand?.name).toBe('B');
  });

  it('keeps terms that look like regular expressions as plain words', () => {
    // No time budget here (the bench times hostile files; malformed.test.ts asserts their growth).
    const result = valid(parseGuidelines('confidentiality:\n  banned: ["(.*a){20}", "[a-z]", "a\\\\b", "^(([a-z])+.)*$"]\n', { rules: EXTENSION_RULES }));
    expect(result.guidelines.confidentiality.banned).toEqual(['(.*a){20}', '[a-z]', 'a\\b', '^(([a-z])+.)*$']);
  });

  it('accepts aliases used honestly', () => {
    const result = valid(parseGuidelines('strategy:\n  themes:\n    - name: Grid\n      keywords: &grid [grid, utilities]\n  sectors:\n    - name: Utilities\n      keywords: *grid\n', { rules: EXTENSION_RULES }));
    expect(result.guidelines.strategy.sectors[0]?.keywords).toEqual(['grid', 'utilities']);
  });

  it('validates rule options merged over the rule defaults', () => {
    const ok = valid(parseGuidelines('rules:\n  headline-keywords:\n    options: {}\n', { rules: RULES }));
    expect(ok.guidelines.rules['headline-keywords']).toEqual({ options: {} });
    const [error] = errors(parseGuidelines('rules:\n  headline-keywords:\n    weight: 3\n    options:\n      minKeywords: "2"\n', { rules: RULES }));
    expect(error).toMatchObject({ path: 'rules.headline-keywords.options.minKeywords', line: 5, message: 'must be a number: write 2 without quotes' });
  });

  it('checks rule ids against the registry it is given', () => {
    const [error] = errors(parseGuidelines('rules:\n  headline-keyword: off\n', { rules: RULES }));
    expect(formatError(error!)).toBe('rules: unknown rule "headline-keyword" (did you mean "headline-keywords"?) (line 2)');
    expect(parseGuidelines('rules:\n  headline-keyword: off\n', { rules: { 'headline-keyword': RULES['headline-keywords']! } }).ok).toBe(true);
  });
});

describe('warnings', () => {
  it('warns, without refusing the file, of a rule id close to none it knows (a rule of another version)', () => {
    const result = valid(parseGuidelines('rules:\n  team-page-link:\n    weight: 2\n', { rules: RULES }));
    expect(result.warnings).toMatchObject([
      {
        path: 'rules.team-page-link',
        line: 2,
        column: 3,
        message: 'unknown rule "team-page-link": this version of Profile Coach has no such rule, so these settings are ignored',
      },
    ]);
  });

  it('warns of a campaign that is over, a theme without keywords and a banned brand spelling', () => {
    const text = [
      'brand:',
      '  name: Brightwave Systems',
      '  spellings: [Brightwave]',
      'confidentiality:',
      '  banned: [insider, brightwave]',
      'strategy:',
      '  themes:',
      '    - name: Energy transition',
      '  sectors:',
      '    - name: Manufacturing',
      '      keywords: {}',
      'campaigns:',
      '  - { name: Summer Data Days, start: 2026-06-01, end: 2026-06-05 }',
      '  - { name: Grid Data Summit, start: 2026-12-08, end: 2026-12-10 }',
    ].join('\n');
    const result = valid(parseGuidelines(text, { rules: EXTENSION_RULES, now: NOW }));
    expect(result.warnings.map(formatError)).toEqual([
      'confidentiality.banned[1]: "brightwave" is banned but is also how the brand is written ("Brightwave"): every profile naming the company would be flagged (line 5)',
      'strategy.themes[0].keywords: "Energy transition" has no keywords, so no profile can ever match it (line 8)',
      'strategy.sectors[0].keywords: "Manufacturing" has no keywords, so no profile can ever match it (line 11)',
      'campaigns[0].end: the campaign "Summer Data Days" ended on 2026-06-05: remove it or give its new dates (line 13)',
    ]);
  });

  it('does not call a campaign over on its last day', () => {
    const text = 'campaigns:\n  - { name: Summit, start: 2026-11-20, end: 2026-11-23 }\n';
    expect(valid(parseGuidelines(text, { rules: EXTENSION_RULES, now: new Date(2026, 10, 23, 23, 30) })).warnings).toEqual([]);
  });
});

describe('paths, lines and messages', () => {
  it('writes paths as people read them', () => {
    expect(formatPath(['brand', 'handles', 'x', 1])).toBe('brand.handles.x[1]');
    expect(formatPath(['rules', 'pending-invitation-age', 'options', 'maxDays'])).toBe('rules.pending-invitation-age.options.maxDays');
    expect(formatPath(['strategy', 'themes', 0, 'keywords', 'a key'])).toBe('strategy.themes[0].keywords["a key"]');
    expect(formatPath([])).toBe('');
  });

  it('formats one line per error, the line number last', () => {
    expect(formatError({ path: 'brand.handles.x[1]', line: 12, column: 7, message: 'must start with @' })).toBe('brand.handles.x[1]: must start with @ (line 12)');
    expect(formatError({ path: '', line: null, column: null, message: 'the file is empty' })).toBe('the file is empty');
  });

  it('rounds sizes up, so a file just over the cap never reads as 1.0 MB', () => {
    expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatSize(1024 * 1024 + 1)).toBe('1.1 MB');
  });

  it('reports every problem of a file at once, in file order, with plain words for each kind', () => {
    const text = [
      'brand:', //                                 1
      '  name: Brightwave', //                     2
      '  handles:', //                             3
      '    x: ["@ok", "no-at"]', //                4
      'strategy:', //                              5
      '  themes: Energy', //                       6
      'checklist:', //                             7
      '  refreshDays: 1.5', //                     8
      '  manual:', //                              9
      '    - { id: a, step: summer, title: A }', // 10
      'disclosure:', //                            11
      '  x: { required: maybe, wordings: [] }', // 12
    ].join('\n');
    expect(errors(parseGuidelines(text, { rules: EXTENSION_RULES })).map(formatError)).toEqual([
      'brand.handles.x[1]: must start with @ (line 4)',
      'strategy.themes: must be a list (line 6)',
      'checklist.refreshDays: must be a whole number (line 8)',
      'checklist.manual[0].step: must be one of: clean-up, plan-ahead, team-up, guidelines (line 10)',
      'disclosure.x.required: must be true or false (line 12)',
      'disclosure.x.wordings: must give at least one accepted wording (line 12)',
    ]);
  });

  it('names the kinds a value may take when it takes none of them', () => {
    const [error] = errors(parseGuidelines('confidentiality:\n  confidential:\n    - 42\n', { rules: EXTENSION_RULES }));
    expect(formatError(error!)).toBe('confidentiality.confidential[0]: must be text, or a mapping (key: value lines) (line 3)');
  });

  it('finds the allowed keys of a mapping in the schema itself, through defaults, unions and lists', () => {
    expect(allowedKeysAt(GuidelinesSchema, [])).toEqual(Object.keys(GuidelinesSchema.shape));
    expect(allowedKeysAt(GuidelinesSchema, ['confidentiality', 'confidential', 0])).toEqual(['term', 'why']);
    expect(allowedKeysAt(GuidelinesSchema, ['rules', 'any-rule'])).toEqual(['off', 'weight', 'severity', 'why', 'options']);
    expect(allowedKeysAt(GuidelinesSchema, ['brand', 'name'])).toEqual([]);
  });

  it('never throws, even for what is not text', () => {
    expect(parseGuidelines(42 as unknown as string, { rules: EXTENSION_RULES })).toMatchObject({ ok: false, errors: [{ message: 'the guidelines must be text' }] });
  });
});

describe('did you mean', () => {
  it('counts a swap of two neighbours as one edit, and ignores case', () => {
    expect(editDistance('brnad', 'brand')).toBe(1);
    expect(editDistance('Brand', 'brand')).toBe(0);
    expect(editDistance('campains', 'campaigns')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only what is close enough to be a typo', () => {
    const keys = Object.keys(GuidelinesSchema.shape);
    expect(didYouMean('brnad', keys)).toBe('brand');
    expect(didYouMean('Campaign', keys)).toBe('campaigns');
    expect(didYouMean('stratgy', keys)).toBe('strategy');
    expect(didYouMean('colour', keys)).toBeUndefined();
    expect(didYouMean('x', keys)).toBeUndefined();
    expect(didYouMean('a'.repeat(1000), keys)).toBeUndefined();
  });
});

describe('JSON syntax', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', '{"a": [1, {"b": null}], "c": true}', ' \n\t{ }\r\n']) {
      expect(checkJsonSyntax(text, 50), text).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('refuses what JSON.parse refuses, at the right place', () => {
    for (const [text, offset] of [
      ['{"a": 1,}', 8],
      ['[1 2]', 3],
      ['{"a" 1}', 5],
      ['{"a": 01}', 6],
      ['{"a": "x\ny"}', 8],
      ['{"a": "\\x"}', 7],
      ['{"a": tru}', 6],
      ['{} {}', 3],
      ['[', 1],
      ['{"a": 1.}', 8],
    ] as const) {
      expect(checkJsonSyntax(text, 50)?.offset, text).toBe(offset);
      expect(() => JSON.parse(text), text).toThrow();
    }
  });
});
