/**
 * @file Every malformed guidelines file in test/fixtures/guidelines/malformed/ gives a clear first error at the
 * right path and line, quickly; plus generated hostile files (too big, too deep) that are not worth committing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lexer } from 'yaml';
import { formatError, formatErrors, type GuidelinesError, MAX_ERRORS, MAX_TOKENS, MAX_YAML_ERRORS, parseGuidelines, type ParseResult } from '../../src/guidelines/parse';
import { decodeGuidelinesBytes } from '../../src/guidelines/decode';
import { LANGUAGES } from '../../src/snapshot/languages';
import { ROOT } from '../helpers/fixtures';
import { fill } from '../helpers/hostile-text';
import { growthRatio } from '../helpers/time-growth';
import { RULES } from '../../src/rules';

const DIR = join(ROOT, 'test', 'fixtures', 'guidelines', 'malformed');
const NOW = new Date('2026-11-23T12:00:00Z');
/** Growth, not time (a loaded machine makes any budget flaky): doubling a hostile file must less than triple its cost. */
const LINEAR = 3;
/** Growth tests and big generated files parse hundreds of KB: on a loaded machine that takes a while (not a budget). */
const GROWTH_TIMEOUT = 120_000;

/** The first error (errors are listed by line) of each file: path, line, and words the message must contain. */
const EXPECTED: Record<string, { path: string; line: number | null; message: string | RegExp; count?: number }> = {
  'alias-bomb.yaml': { path: '', line: 3, message: 'too many aliases' },
  // "(a+)+$" would match every word "a" (terms are matched without their symbols), so it is refused too.
  'backtracking-patterns.yaml': { path: 'confidentiality.banned[0]', line: 4, message: 'cannot hold + or # after a word', count: 2 },
  'bad-campaign-link.yaml': { path: 'campaigns[0].link', line: 6, message: 'must be an http(s) address' },
  'bad-handle.yaml': { path: 'brand.handles.x[1]', line: 12, message: 'must start with @', count: 1 },
  'bad-hashtag.yaml': { path: 'brand.hashtags[0]', line: 4, message: 'must start with #' },
  'bad-indentation.yaml': { path: '', line: 4, message: 'the indentation is wrong' },
  'bad-linkedin-page.yaml': { path: 'brand.linkedinPages[0]', line: 5, message: 'LinkedIn company page' },
  'bad-rule-option.yaml': { path: 'rules.pending-invitation-age.options.maxDays', line: 5, message: 'must be more than 0' },
  'bad-rule-setting.yaml': { path: 'rules.pending-invitation-age', line: 3, message: 'must be "off", or a mapping' },
  'bad-severity.yaml': { path: 'rules.pending-invitation-age.severity', line: 4, message: 'must be one of: minor, moderate, serious, critical' },
  'bad-step.yaml': { path: 'checklist.manual[0].step', line: 5, message: 'must be one of: clean-up, plan-ahead, team-up, guidelines' },
  'bad-version.yaml': { path: 'version', line: 2, message: 'must be 1' },
  'binary-tag.yaml': { path: '', line: 4, message: 'the tag !!binary is not allowed' },
  'campaign-ends-before-start.yaml': { path: 'campaigns[0].end', line: 5, message: 'must end on or after its start' },
  'confidential-typo.yaml': { path: 'confidentiality.confidential[0]', line: 5, message: 'unknown key "whyy" (did you mean "why"?)' },
  'control-character-name.json': { path: 'brand.name', line: 3, message: 'must not contain control characters' },
  'cr-only.yaml': { path: 'brand.handles.x[0]', line: 5, message: 'must start with @' },
  'constructor-key.json': { path: 'brand', line: 4, message: 'the key "constructor" is not allowed' },
  'date-in-another-format.yaml': { path: 'campaigns[0].start', line: 4, message: 'must be a date written YYYY-MM-DD' },
  'deep-nesting.yaml': { path: '', line: 2, message: 'nested more than 50 levels deep' },
  'disclosure-without-wordings.yaml': { path: 'disclosure.x.wordings', line: 3, message: 'is required' },
  'domain-with-scheme.yaml': { path: 'brand.domains[0]', line: 4, message: 'without http:// or https://' },
  'domain-too-long.yaml': { path: 'brand.domains[0]', line: 5, message: 'must be at most 253 characters', count: 1 },
  'duplicate-manual-id.yaml': { path: 'checklist.manual[1].id', line: 6, message: 'duplicate id "talk-to-marketing" (item 1 has it too)', count: 1 },
  'duplicate-key.yaml': { path: '', line: 5, message: 'duplicate key "name" (it already appears on line 3)' },
  'empty-section.yaml': { path: 'brand', line: 2, message: 'is empty: give a mapping' },
  'empty-term.yaml': { path: 'confidentiality.banned[0]', line: 3, message: 'must not be empty' },
  'empty.yaml': { path: '', line: null, message: 'the file is empty' },
  'fractional-days.yaml': { path: 'checklist.backlogSize', line: 3, message: 'must be a whole number' },
  'handle-too-long.yaml': { path: 'avoid.x[0]', line: 3, message: '1 to 15 letters' },
  'huge-number.yaml': { path: 'checklist.backlogSize', line: 3, message: 'must be at most 100000', count: 1 },
  'impossible-date.yaml': { path: 'campaigns[0].start', line: 4, message: 'must be a real calendar date' },
  'js-function-tag.yaml': { path: '', line: 3, message: 'the tag !!js/function is not allowed' },
  'json-comment.json': { path: '', line: 2, message: 'JSON: expected a key in "double quotes", found "/"' },
  'json-duplicate-key.json': { path: '', line: 4, message: 'duplicate key "brand" (it already appears on line 2)' },
  'json-missing-comma.json': { path: '', line: 4, message: 'is a comma missing?' },
  'json-null.json': { path: '', line: 1, message: 'the file is just null', count: 1 },
  'json-single-quotes.json': { path: '', line: 3, message: '"double quotes", not \'single quotes\'' },
  'json-trailing-comma.json': { path: '', line: 5, message: 'a trailing comma before } is not allowed' },
  'json-unclosed.json': { path: '', line: 5, message: 'a } is missing' },
  'json-unknown-key.json': { path: '', line: 3, message: 'unknown key "campains" (did you mean "campaigns"?)' },
  'json-wrong-type.json': { path: 'brand.handles.x[1]', line: 6, message: 'must start with @', count: 2 },
  'keywords-bad-language.yaml': { path: 'strategy.themes[0].keywords.English', line: 6, message: 'must be a language code' },
  'latin1.yaml': { path: '', line: 5, message: 'not saved as UTF-8 (probably Latin-1', count: 1 },
  'link-too-long.yaml': { path: 'campaigns[0].link', line: 5, message: 'must be at most 2000 characters', count: 1 },
  'local-tag.yaml': { path: '', line: 3, message: 'the tag !ruby/object:Gem::Installer is not allowed' },
  'many-errors.yaml': { path: 'confidentiality.banned[0]', line: 4, message: 'must be text', count: MAX_ERRORS },
  'merge-key.yaml': { path: 'rules.pending-invitation-age', line: 6, message: 'the merge key << is not supported' },
  'missing-brand-name.yaml': { path: 'brand.name', line: 2, message: 'is required' },
  'missing-colon.yaml': { path: '', line: 2, message: 'is a colon missing' },
  'month-13.yaml': { path: 'campaigns[0].start', line: 4, message: 'must be a real calendar date', count: 1 },
  'number-as-words.yaml': { path: 'checklist.staleInvitationDays', line: 3, message: 'must be a number' },
  'number-instead-of-text.yaml': { path: 'brand.name', line: 3, message: 'must be text' },
  'only-comments.yaml': { path: '', line: null, message: 'holds only comments' },
  'proto-key.yaml': { path: '', line: 2, message: 'the key "__proto__" is not allowed' },
  'prototype-rule.yaml': { path: 'rules', line: 3, message: 'the key "prototype" is not allowed' },
  'quoted-number.yaml': { path: 'checklist.refreshDays', line: 3, message: 'write 180 without quotes' },
  'several-documents.yaml': { path: '', line: 4, message: 'several YAML documents' },
  'symbol-bound-term.yaml': { path: 'strategy.themes[0].keywords[1]', line: 5, message: 'cannot hold + or # after a word, or . before one', count: 2 },
  'symbol-term.yaml': { path: 'confidentiality.banned[0]', line: 4, message: 'must contain a letter or a digit', count: 2 },
  'tab-indentation.yaml': { path: '', line: 3, message: 'tabs are not allowed' },
  'term-too-long.yaml': { path: 'confidentiality.banned[1]', line: 5, message: 'at most 120 characters' },
  'text-instead-of-list.yaml': { path: 'confidentiality.banned', line: 3, message: 'must be a list' },
  'too-many-languages.yaml': { path: 'strategy.themes[0].keywords.es', line: 6, message: 'must be a language code Profile Coach speaks: en, fr, nl, de', count: 1 },
  'top-level-list.yaml': { path: '', line: 2, message: 'must be a mapping of sections (version:, brand:, strategy: …), not a list' },
  'top-level-text.yaml': { path: '', line: 1, message: 'not a single value' },
  'unclosed-bracket.yaml': { path: '', line: 4, message: 'a ] is missing' },
  'unclosed-quote.yaml': { path: '', line: 5, message: 'a quote is not closed' },
  // The missing name comes first (line 2, the brand key), then the misspelt key with its suggestion.
  'unknown-brand-key.yaml': { path: 'brand.name', line: 2, message: 'is required', count: 2 },
  'unknown-campaign-key.yaml': { path: 'campaigns[0]', line: 6, message: 'unknown key "hashtags" (did you mean "hashtag"?)' },
  'unknown-key-without-suggestion.yaml': { path: 'strategy', line: 4, message: 'unknown key "colour" (allowed here: season, themes' },
  'unknown-manual-item-key.yaml': { path: 'checklist.manual[0].title', line: 4, message: 'is required', count: 2 },
  'unknown-rule-option.yaml': { path: 'rules.pending-invitation-age.options', line: 5, message: 'unknown key "maxDay" (did you mean "maxDays"?)' },
  'unknown-rule.yaml': { path: 'rules', line: 3, message: 'unknown rule "pending-invitations-age" (did you mean "pending-invitation-age"?)' },
  'unknown-top-level-key.yaml': { path: '', line: 4, message: 'unknown key "brnad" (did you mean "brand"?)' },
  'unquoted-handle.yaml': { path: '', line: 5, message: 'text that starts with @ must be in quotes' },
  'unquoted-hashtag-in-brackets.yaml': { path: '', line: 4, message: 'put hashtags in quotes' },
  'unquoted-hashtag.yaml': { path: 'brand.hashtags[0]', line: 5, message: /is empty.*put hashtags in quotes/ },
  'unresolved-alias.yaml': { path: '', line: 3, message: 'the alias *company refers to no anchor' },
  'utf16-bom.yaml': { path: '', line: null, message: 'saved as UTF-16 (Unicode); save it as UTF-8', count: 1 },
  'utf16-no-bom.yaml': { path: '', line: null, message: 'saved as UTF-16 (Unicode); save it as UTF-8', count: 1 },
};

function parse(text: string, fileName?: string): ParseResult {
  return parseGuidelines(text, { rules: RULES, ...(fileName ? { fileName } : {}), now: NOW });
}

/** Time at twice `size` over time at `size`, for a hostile file of that many bytes. */
function parseGrowth(shape: (bytes: number) => string, size: number, fileName?: string): number {
  return growthRatio(shape, (text) => parse(text, fileName), size, 3);
}


function errorsOf(result: ParseResult): GuidelinesError[] {
  if (result.ok) throw new Error(`expected errors, got valid guidelines (warnings: ${JSON.stringify(result.warnings)})`);
  return result.errors;
}

/** No stack trace, no zod dump, no [object Object]: one readable line. */
function expectPlain(error: GuidelinesError) {
  const line = formatError(error);
  expect(line).not.toMatch(/\n|\bat .+\(.*:\d+:\d+\)|"code":|Invalid input|expected \w+, received|\[object Object\]|undefined/);
  expect(error.message.length).toBeGreaterThan(5);
}

describe('malformed guidelines files', () => {
  const files = readdirSync(DIR).sort();

  it('has at least 30 fixtures, each with its expected error in the table (and no stale entry)', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((file) => !(file in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((file) => !files.includes(file))).toEqual([]);
  });

  for (const file of files) {
    const expected = EXPECTED[file];
    it(`${file}: ${expected ? `${expected.path || '(file)'} line ${expected.line}: ${expected.message}` : 'has an entry in the table'}`, () => {
      expect(expected).toBeDefined();
      if (!expected) return;
      // As the command line and the options page read a file: bytes, decoded (UTF-16 and Latin-1 stop there).
      const decoded = decodeGuidelinesBytes(readFileSync(join(DIR, file)));
      const result: ParseResult = decoded.ok ? parse(decoded.text, file) : { ok: false, errors: [decoded.error], omitted: 0 };
      const errors = errorsOf(result);
      const [first] = errors;
      expect(first?.path).toBe(expected.path);
      expect(first?.line).toBe(expected.line);
      if (typeof expected.message === 'string') expect(first?.message).toContain(expected.message);
      else expect(first?.message).toMatch(expected.message);
      if (expected.count !== undefined) expect(errors).toHaveLength(expected.count);
      for (const error of errors) expectPlain(error);
    });
  }

  it('lists at most 50 errors, then says how many more there are', () => {
    const result = parseGuidelines(readFileSync(join(DIR, 'many-errors.yaml'), 'utf8'), { rules: RULES });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(50);
    expect(result.omitted).toBe(10);
    expect(formatErrors(result).at(-1)).toBe('… and 10 more errors');
    // In file order.
    expect(result.errors.map((error) => error.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 4));
  });
});

describe('generated hostile files', () => {
  it('answers at once that a 5 MB file is too big, without parsing it', () => {
    const text = `brand:\n  name: Brightwave\n${'# padding\n'.repeat(Math.ceil((5 * 1024 * 1024) / 10))}`.slice(0, 5 * 1024 * 1024);
    expect(errorsOf(parse(text))).toMatchObject([{ path: '', line: null, column: null, message: 'the file is 5.0 MB; guidelines files are at most 1 MB' }]);
  });

  it('counts bytes, not characters: 400,000 three-byte characters are over 1 MB', () => {
    const result = parse(`brand:\n  name: ${'€'.repeat(400_000)}\n`);
    expect(errorsOf(result)[0]?.message).toBe('the file is 1.2 MB; guidelines files are at most 1 MB');
  });

  it('refuses 500,000 nested [ without exhausting the stack', () => {
    const result = parse(`${'['.repeat(500_000)}${']'.repeat(500_000)}`);
    expect(errorsOf(result)[0]?.message).toContain('nested more than 50 levels deep');
  });

  it('refuses 400,000 nested "- " on one line', () => {
    const result = parse(`brand:\n  spellings: ${'- '.repeat(400_000)}x\n`);
    expect(errorsOf(result)[0]?.message).toContain('nested more than 50 levels deep');
  });

  it('refuses 500,000 nested JSON arrays', () => {
    const result = parse(`{"brand": ${'['.repeat(500_000)}${']'.repeat(500_000)}}`, 'deep.json');
    expect(errorsOf(result)[0]).toMatchObject({ line: 1, message: 'JSON: the file is nested more than 50 levels deep' });
  });

  it('checks a file just under 1 MB full of unknown keys, listing 50', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `  key${i}: value`);
    const result = parse(`brand:\n  name: Brightwave\n${lines.join('\n')}\n`);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(50);
    expect(result.ok === false && result.omitted).toBe(39_950);
  }, GROWTH_TIMEOUT);;

  // Doubling a hostile file must less than triple the time (quadratic work gives 4). Wall-clock figures for 100 KB,
  // 500 KB and 1 MB of these shapes are in `npm run bench` (test/bench/guidelines.ts).
  it('grows linearly with unknown keys', () => {
    expect(parseGrowth((bytes) => fill(bytes, 'brand:\n  name: B\n', (i) => `  key${i}: value\n`), 100_000)).toBeLessThan(LINEAR);
  }, GROWTH_TIMEOUT);

  it('grows linearly with duplicate keys (each error once found its line by scanning the whole text)', () => {
    expect(parseGrowth((bytes) => fill(bytes, 'brand:\n  name: B\n', () => '  name: B\n'), 100_000)).toBeLessThan(LINEAR);
  }, GROWTH_TIMEOUT);

  it('grows linearly with syntax errors on every line (xN: @y)', () => {
    expect(parseGrowth((bytes) => fill(bytes, '', (i) => `x${i}: @y\n`), 100_000)).toBeLessThan(LINEAR);
  }, GROWTH_TIMEOUT);

  it('refuses hostile domains and handles in time that grows linearly (no pattern backtracks)', () => {
    const hostile = (length: number) => JSON.stringify({ brand: { name: 'B', domains: [`${'a-'.repeat(length / 2)}!`], handles: { x: [`@${'_'.repeat(length)}!`] } } });
    // Sixteen times the text: linear gives 16, a backtracking pattern 256 or more. A single parse here takes a few
    // milliseconds, where a doubling is lost in the noise of a loaded machine.
    expect(growthRatio(hostile, (text) => parse(text, 'hostile.json'), 12_500, 5, 16)).toBeLessThan(3 * 16);
  }, GROWTH_TIMEOUT);

  it('refuses hostile domains and handles of every length', () => {
    for (const length of [100, 10_000, 200_000]) {
      const hostile = `${'a-'.repeat(length / 2)}!`;
      const result = parse(
        JSON.stringify({ brand: { name: 'B', domains: [hostile, `${'a.'.repeat(length / 2)}-`], handles: { x: [`@${'_'.repeat(length)}!`] } } }),
        'hostile.json',
      );
      expect(errorsOf(result).map((error) => error.path)).toEqual(['brand.domains[0]', 'brand.domains[1]', 'brand.handles.x[0]']);
    }
  });
});

describe('the cost of a hostile YAML file, bounded by what is read', () => {
  const MB = 1024 * 1024;
  afterEach(() => vi.restoreAllMocks());

  it('lexes the text once, for the depth check and the parser alike', () => {
    const lex = vi.spyOn(Lexer.prototype, 'lex');
    expect(parse('brand:\n  name: Brightwave\n').ok).toBe(true);
    expect(lex).toHaveBeenCalledTimes(1);
  });

  it('stops reading after 1,000 syntax errors and says so first, above the first errors', () => {
    const result = parse(fill(200_000, '', (i) => `x${i}: @y\n`));
    const errors = errorsOf(result);
    expect(errors[0]).toMatchObject({ path: '', line: null, message: expect.stringContaining(`more than ${MAX_YAML_ERRORS} syntax errors`) });
    expect(errors[1]).toMatchObject({ line: 1, message: expect.stringContaining('text that starts with @ must be in quotes') });
    // The notice, and the errors read before stopping (a line may hold two).
    const counted = result.ok ? 0 : errors.length + result.omitted;
    expect(counted).toBeGreaterThan(MAX_YAML_ERRORS);
    expect(counted).toBeLessThanOrEqual(MAX_YAML_ERRORS + 3);
  }, GROWTH_TIMEOUT);

  // Each of these once cost seconds to tens of seconds at 1 MB (a million commas: 20 s), or failed with "Maximum call
  // stack size exceeded" (350,000 empty list items).
  it.each([
    ['commas', `brand:\n  spellings: [${','.repeat(MB - 30)}]\n`],
    ['comment lines', '#\n'.repeat(MB / 2)],
    ['empty list items', '- \n'.repeat(MB / 3)],
    ['items of one flow list', `brand:\n  spellings: [${'a,'.repeat(MB / 2 - 20)}a]\n`],
    ['brackets 45 deep', fill(MB, 'brand:\n  spellings:\n', () => `    - ${'['.repeat(45)}x${']'.repeat(45)}\n`)],
  ])('refuses 1 MB of %s with one error: too many parts to read', (_name, text) => {
    expect(errorsOf(parse(text))).toEqual([
      expect.objectContaining({ path: '', message: expect.stringContaining(`more than ${MAX_TOKENS} parts to read`) }),
    ]);
  }, GROWTH_TIMEOUT);

  it('refuses a JSON file of too many parts as well', () => {
    const result = parse(fill(MB, '{"brand": {"name": "B"', (i) => `,\n"key${i}": 1`, '}}'), 'many.json');
    expect(errorsOf(result)[0]?.message).toContain('parts to read');
  }, GROWTH_TIMEOUT);

  it('grows linearly with a flow list of commas, one syntax error each', () => {
    expect(parseGrowth((bytes) => `brand:\n  spellings: [${','.repeat(bytes)}]\n`, 64_000)).toBeLessThan(LINEAR);
  }, GROWTH_TIMEOUT);
});

describe('caps that cannot be walked around', () => {
  it('refuses more than 200 rule entries (70,000 unknown ids once took 35 s), with one error on the rules: line', () => {
    const result = parse(`version: 1\nrules:\n${Array.from({ length: 20_000 }, (_, i) => `  r${i}: off\n`).join('')}`);
    expect(errorsOf(result)[0]).toMatchObject({ path: 'rules', line: 2, message: expect.stringContaining('has 20000 entries; at most 200') });
  }, GROWTH_TIMEOUT);;

  it('still reads a file naming rules of a newer version, under the cap, as warnings', () => {
    const result = parse(`rules:\n${Array.from({ length: 150 }, (_, i) => `  some-rule-${i}: off\n`).join('')}`);
    expect(result.ok && result.warnings[0]?.message).toContain('unknown rule "some-rule-0"');
  });

  it('refuses keyword maps keyed by language codes Profile Coach does not speak (676 codes once bypassed the 200 per theme)', () => {
    const codes = Array.from({ length: 676 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const result = parse(`strategy:\n  themes:\n    - name: T\n      keywords:\n${codes.map((code) => `        ${code}: [word]\n`).join('')}`);
    const errors = errorsOf(result);
    expect(errors[0]?.message).toBe('must be a language code Profile Coach speaks: en, fr, nl, de');
    expect(errors.some((error) => LANGUAGES.some((language) => error.path.endsWith(`.${language}`)))).toBe(false);
  }, GROWTH_TIMEOUT);;

  it('refuses more than 5,000 terms in all, though each list is under its own cap', () => {
    const theme = (t: number) => `    - name: Theme ${t}\n      keywords:\n${['en', 'fr', 'nl'].map((language) => `        ${language}: [${Array.from({ length: 200 }, (_, i) => `w${t}x${i}`).join(', ')}]\n`).join('')}`;
    const result = parse(`strategy:\n  themes:\n${Array.from({ length: 10 }, (_, t) => theme(t)).join('')}`);
    expect(errorsOf(result)).toEqual([expect.objectContaining({ path: '', line: 1, message: expect.stringContaining('the file lists 6000 terms') })]);
    expect(errorsOf(result)[0]?.message).toContain('at most 5000 in all');
  }, GROWTH_TIMEOUT);;
});

describe('encodings and odd text', () => {
  it('decodes UTF-8 with or without a byte order mark, accents and all', () => {
    const text = 'strategy:\n  themes:\n    - name: Carrières 🌍\n      keywords: [résumé]\n';
    const bytes = new TextEncoder().encode(text);
    expect(decodeGuidelinesBytes(bytes)).toEqual({ ok: true, text });
    expect(decodeGuidelinesBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text });
  });

  it('refuses a file decoded elsewhere with NUL characters (UTF-16 read as UTF-8), with its line', () => {
    expect(errorsOf(parse('brand:\n  name: B\0r\0i\0g\0h\0t\n'))[0]).toMatchObject({ line: 2, message: expect.stringContaining('save it as UTF-8') });
  });

  it('refuses text with U+FFFD (bytes that were not UTF-8, decoded leniently), with its line', () => {
    expect(errorsOf(parse('brand:\n  name: B\n  spellings: [r\uFFFDsum\uFFFD]\n'))[0]).toMatchObject({ line: 3, message: expect.stringContaining('Latin-1') });
  });

  it('says a YAML document that is only null is null, not that it holds only comments', () => {
    for (const text of ['null\n', '~\n', '# a comment\nnull\n']) expect(errorsOf(parse(text))[0]?.message).toContain('the file is just null');
    expect(errorsOf(parse('# only\n# comments\n'))[0]?.message).toContain('holds only comments');
  });

  it('reads CR-only line endings as line breaks', () => {
    expect(parse('brand:\r  name: Brightwave\r  spellings: [Bright Wave]\r').ok).toBe(true);
  });

  it('accepts terms with symbols inside words (B.V., Node.js, renewable*), but not symbols alone', () => {
    const result = parse('brand:\n  name: B\n  legalForms: [B.V., S.A.]\n  spellings: [Node.js, AT&T]\nstrategy:\n  themes:\n    - name: Energy\n      keywords: [renewable*]\n');
    expect(result.ok).toBe(true);
    expect(errorsOf(parse('confidentiality:\n  banned: ["#"]\n'))[0]?.message).toContain('must contain a letter or a digit');
  });

  it('refuses control characters and bidi overrides in names, titles and why', () => {
    for (const name of ['Bright\\u0000wave', 'Bright\\u001bwave', 'Bright\\u202ewave', 'Bright\\u0085wave']) {
      expect(errorsOf(parse(`{"brand": {"name": "${name}"}}`, 'b.json'))[0]).toMatchObject({ path: 'brand.name', message: expect.stringContaining('control characters') });
    }
    expect(errorsOf(parse('{"rules": {"pending-invitation-age": {"why": "a\\u0007b"}}}', 'b.json'))[0]?.path).toBe('rules.pending-invitation-age.why');
  });
});

describe('own properties only: names of Object.prototype are ordinary words', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

  it('accepts them as checklist item titles, campaign names, brand names and terms, kept as written', () => {
    const result = parse(
      JSON.stringify({
        brand: { name: 'toString', spellings: NAMES },
        confidentiality: { banned: NAMES, competitors: NAMES.map((name) => ({ name })) },
        campaigns: NAMES.map((name) => ({ name, start: '2026-12-01', end: '2026-12-02' })),
        checklist: { manual: NAMES.map((title, i) => ({ id: `item-${i}`, step: 'team-up', title })) },
      }),
      'names.json',
    );
    if (!result.ok) throw new Error(formatErrors(result).join('\n'));
    expect(result.guidelines.campaigns.map((campaign) => campaign.name)).toEqual(NAMES);
    expect(result.guidelines.confidentiality.banned).toEqual(NAMES);
    expect(result.guidelines.checklist.manual?.map((item) => item.title)).toEqual(NAMES);
  });

  it('accepts "constructor" as a checklist item id, and refuses it written twice', () => {
    const item = (title: string) => ({ id: 'constructor', step: 'team-up', title });
    expect(parse(JSON.stringify({ checklist: { manual: [item('A')] } }), 'c.json').ok).toBe(true);
    expect(errorsOf(parse(JSON.stringify({ checklist: { manual: [item('A'), item('B')] } }), 'c.json'))[0]).toMatchObject({
      path: 'checklist.manual[1].id',
      message: expect.stringContaining('duplicate id "constructor"'),
    });
  });

  it('treats them as unknown keys, rule ids and language codes, never as something found on a prototype', () => {
    for (const name of ['toString', 'hasOwnProperty', 'valueOf']) {
      expect(errorsOf(parse(`brand:\n  name: B\n  ${name}: x\n`))[0]).toMatchObject({ path: 'brand', line: 3, message: expect.stringContaining(`unknown key "${name}"`) });
      expect(errorsOf(parse(`strategy:\n  themes:\n    - name: T\n      keywords:\n        ${name}: [w]\n`))[0]?.message).toContain('must be a language code');
      expect(errorsOf(parse(`${name}: 1\n`))[0]?.message).toContain(`unknown key "${name}"`);
    }
    // Lower-case names pass the id pattern: an unknown rule of another version, only a warning.
    const result = parse('rules:\n  hasownproperty: off\n  tostring: off\n');
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual([
      'unknown rule "hasownproperty": this version of Profile Coach has no such rule, so these settings are ignored',
      'unknown rule "tostring": this version of Profile Coach has no such rule, so these settings are ignored',
    ]);
    for (const name of ['__proto__', 'constructor']) {
      expect(errorsOf(parse(`{"rules": {"${name}": "off"}}`, 'r.json'))[0]?.message).toContain(`the key "${name}" is not allowed`);
      expect(errorsOf(parse(`strategy:\n  themes:\n    - name: T\n      keywords:\n        ${name}: [w]\n`))[0]?.message).toContain(`the key "${name}" is not allowed`);
    }
  });
});
