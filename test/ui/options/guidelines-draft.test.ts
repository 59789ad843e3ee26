/**
 * @file The options page's edits of the guidelines text: YAML edits keep comments, quoting and layout elsewhere;
 * JSON edits stay JSON; lists change item by item; emptied keys and mappings go; rules turn off and on; errors
 * find their field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGuidelines } from '../../../src/guidelines/parse';
import {
  addToDraft,
  errorsAt,
  isRuleOff,
  listAt,
  offsetOfLine,
  readDraft,
  removeFromDraft,
  setInDraft,
  setRuleOff,
  textAt,
} from '../../../src/ui/options/guidelines-draft';
import { EXAMPLE_GUIDELINES_PATH } from '../../helpers/guidelines';
import { RULES } from '../../../src/rules';

const EXAMPLE = readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8');
const MINE = `# Our guidelines: keep this comment
brand:
  name: Brightwave Systems # the legal name
  spellings: [Brightwave, "BW"] # short forms
rules:
  confidential-terms:
    why: Legal reviews every case.
`;

describe('setInDraft (YAML)', () => {
  it('changes one value and keeps every comment and the rest of the file as written', () => {
    const next = setInDraft(MINE, 'yaml', ['brand', 'name'], 'Brightwave Group') as string;
    expect(next).toBe(MINE.replace('name: Brightwave Systems', 'name: Brightwave Group'));
  });

  it('rewrites nothing else in the example file when one threshold changes', () => {
    const next = setInDraft(EXAMPLE, 'yaml', ['checklist', 'backlogSize'], 25) as string;
    expect(next).toBe(EXAMPLE.replace('backlogSize: 20', 'backlogSize: 25'));
  });

  it('replaces a list item by item: kept items keep their quoting, the list its [ ] style, hashtags get quotes', () => {
    const next = setInDraft(MINE, 'yaml', ['brand', 'spellings'], ['BW', '#Brightwave', 'Bright, Wave']) as string;
    expect(next).toContain('spellings: ["BW", "#Brightwave", "Bright, Wave"] # short forms');
    expect(readDraft(next, 'yaml')).toMatchObject({ brand: { spellings: ['BW', '#Brightwave', 'Bright, Wave'] } });
  });

  it('creates the mappings on the way to a new key, in block style even from {}', () => {
    expect(setInDraft('{}\n', 'yaml', ['brand', 'handles', 'x'], ['@Brightwave'])).toBe('brand:\n  handles:\n    x:\n      - "@Brightwave"\n');
    expect(setInDraft('# only a comment\n', 'yaml', ['brand', 'name'], 'Acme')).toContain('brand:\n  name: Acme');
  });

  it('removes a key with undefined, and the mappings it leaves empty', () => {
    const next = setInDraft('version: 1\nbrand:\n  name: Acme # ours\n', 'yaml', ['brand', 'name'], undefined) as string;
    expect(next).toBe('version: 1\n');
  });

  it('refuses (null) an edit through a value of another kind, and text with a syntax error', () => {
    expect(setInDraft('brand: Acme\n', 'yaml', ['brand', 'name'], 'Acme')).toBeNull();
    expect(setInDraft('brand: [\n', 'yaml', ['brand', 'name'], 'Acme')).toBeNull();
    expect(setInDraft('- a\n- b\n', 'yaml', ['brand', 'name'], 'Acme')).toBeNull();
  });

  it('keeps the result valid for the parser (dates and off stay text in YAML 1.2)', () => {
    let text = setInDraft(MINE, 'yaml', ['campaigns'], [] as string[]) as string;
    text = addToDraft(text, 'yaml', ['campaigns'], { name: 'Grid Data Summit', start: '2026-12-08', end: '2026-12-10' }) as string;
    text = setRuleOff(text, 'yaml', 'banned-terms', true) as string;
    const result = parseGuidelines(text, { rules: RULES, format: 'yaml', now: new Date('2026-11-23T12:00:00Z') });
    expect(result.ok && result.guidelines.campaigns[0]?.start).toBe('2026-12-08');
    expect(result.ok && result.guidelines.rules['banned-terms']).toBe('off');
  });
});

describe('setInDraft (JSON)', () => {
  it('stays JSON: the value set, two-space indentation, emptied objects removed', () => {
    const json = '{"brand": {"name": "Acme"}, "checklist": {"backlogSize": 20}}';
    const next = setInDraft(json, 'json', ['brand', 'domains'], ['acme.example']) as string;
    expect(JSON.parse(next)).toEqual({ brand: { name: 'Acme', domains: ['acme.example'] }, checklist: { backlogSize: 20 } });
    expect(next).toContain('\n  "brand": {\n');
    expect(JSON.parse(setInDraft(next, 'json', ['checklist', 'backlogSize'], undefined) as string)).toEqual({
      brand: { name: 'Acme', domains: ['acme.example'] },
    });
  });

  it('refuses broken JSON, and a path through a value of another kind', () => {
    expect(setInDraft('{"brand": ', 'json', ['brand', 'name'], 'Acme')).toBeNull();
    expect(setInDraft('{"brand": "Acme"}', 'json', ['brand', 'name'], 'Acme')).toBeNull();
  });
});

describe('lists of items', () => {
  it('adds to and removes from a list, and removes the list with its last item', () => {
    const one = addToDraft('version: 1\n', 'yaml', ['confidentiality', 'competitors'], { name: 'Nordlicht' }) as string;
    const two = addToDraft(one, 'yaml', ['confidentiality', 'competitors'], { name: 'Sudlicht' }) as string;
    expect(listAt(readDraft(two, 'yaml'), ['confidentiality', 'competitors'])).toEqual([]);
    expect(textAt(readDraft(two, 'yaml'), ['confidentiality', 'competitors', 1, 'name'])).toBe('Sudlicht');
    const back = removeFromDraft(two, 'yaml', ['confidentiality', 'competitors'], 0) as string;
    expect(textAt(readDraft(back, 'yaml'), ['confidentiality', 'competitors', 0, 'name'])).toBe('Sudlicht');
    expect(removeFromDraft(back, 'yaml', ['confidentiality', 'competitors'], 0)).toBe('version: 1\n');
    const json = addToDraft('{}', 'json', ['campaigns'], { name: 'X' }) as string;
    expect(JSON.parse(removeFromDraft(json, 'json', ['campaigns'], 0) as string)).toEqual({});
  });
});

describe('rules', () => {
  it('turns a rule off as `id: off`, and on again by removing it', () => {
    const off = setRuleOff('version: 1\n', 'yaml', 'profile-photo', true) as string;
    expect(off).toBe('version: 1\nrules:\n  profile-photo: off\n');
    expect(isRuleOff(readDraft(off, 'yaml'), 'profile-photo')).toBe(true);
    expect(setRuleOff(off, 'yaml', 'profile-photo', false)).toBe('version: 1\n');
  });

  it("keeps the company's own settings of a rule, turning it off with off: true", () => {
    const off = setRuleOff(MINE, 'yaml', 'confidential-terms', true) as string;
    expect(off).toContain('  confidential-terms:\n    why: Legal reviews every case.\n    off: true\n');
    expect(isRuleOff(readDraft(off, 'yaml'), 'confidential-terms')).toBe(true);
    expect(setRuleOff(off, 'yaml', 'confidential-terms', false)).toBe(MINE);
  });
});

describe('reading', () => {
  it('reads values defensively: a lone word as a list of one, a list where text belongs as empty', () => {
    const data = readDraft('brand:\n  name: [a]\n  domains: acme.example\n', 'yaml');
    expect(textAt(data, ['brand', 'name'])).toBe('');
    expect(listAt(data, ['brand', 'domains'])).toEqual(['acme.example']);
    expect(readDraft('brand: [', 'yaml')).toBeUndefined();
    expect(readDraft('# nothing yet\n', 'yaml')).toEqual({});
  });

  it('finds the errors of a field, its items included, but not a neighbour’s', () => {
    const errors = [
      { path: 'brand.handles.x[1]', line: 3, column: 1, message: 'must start with @' },
      { path: 'brand.handles.xy', line: 4, column: 1, message: 'other' },
      { path: 'brand.handles', line: 2, column: 1, message: 'parent' },
    ];
    expect(errorsAt(errors, ['brand', 'handles', 'x']).map((e) => e.message)).toEqual(['must start with @']);
  });

  it('finds where a line starts', () => {
    expect(offsetOfLine('a\nbc\nd', 3)).toBe(5);
    expect(offsetOfLine('a\nbc\nd', 1)).toBe(0);
    expect(offsetOfLine('a', 9)).toBe(1);
  });
});
