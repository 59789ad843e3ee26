/**
 * @file The guidelines' errors and warnings by id (src/guidelines/messages.ts): every id the code uses exists, in
 * English, French and Dutch with the same {{placeholders}}; a message is worded whole in one language; and the
 * indentation error names the line that has the extra space, in each language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDELINES_KEY_PREFIX, GUIDELINES_TEXTS, guidelinesKey, type GuidelinesTextId, message, renderMessage } from '../../src/guidelines/messages';
import { formatErrorIn, formatErrors, parseGuidelines } from '../../src/guidelines/parse';
import { readTranslation } from '../../src/cli/locale';
import { LOCALES, readMessages } from '../helpers/i18n';
import { RULES } from '../../src/rules';

const ROOT = join(import.meta.dirname, '..', '..');
const ids = Object.keys(GUIDELINES_TEXTS) as GuidelinesTextId[];
const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the messages of the guidelines', () => {
  for (const locale of LOCALES) {
    it(`${locale}: has every message, with the same {{placeholders}} as the English, and no $ for Chrome to rewrite`, () => {
      const messages = readMessages(locale);
      for (const id of ids) {
        const entry = messages[guidelinesKey(id)];
        expect(entry?.message.trim(), `${locale}: ${guidelinesKey(id)}`).toBeTruthy();
        expect(placeholdersOf(entry?.message ?? ''), `${locale}: ${guidelinesKey(id)}`).toEqual(placeholdersOf(GUIDELINES_TEXTS[id]));
        expect(entry?.message, `${locale}: ${guidelinesKey(id)}`).not.toContain('$');
        expect(entry?.placeholders, `${locale}: ${guidelinesKey(id)} has no Chrome placeholders`).toBeUndefined();
      }
      // No key of a message the code no longer has.
      const stale = Object.keys(messages).filter((key) => key.startsWith(GUIDELINES_KEY_PREFIX) && !ids.some((id) => guidelinesKey(id) === key));
      expect(stale).toEqual([]);
    });
  }

  it('keeps the English of messages.json equal to the code’s, each with a description for translators', () => {
    const en = readMessages('en');
    for (const id of ids) {
      expect(en[guidelinesKey(id)]?.message, id).toBe(GUIDELINES_TEXTS[id]);
      expect(en[guidelinesKey(id)]?.description, id).toBeTruthy();
    }
  });

  it('defines every id the code uses, and uses every id it defines', () => {
    const code = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))]
      // The table itself names every id: only the code around it counts.
      .map((file) => readFileSync(file, 'utf8').replace(/export const GUIDELINES_TEXTS = \{[\s\S]*?\n\} as const;/, ''))
      .join('\n');
    // message('id'), schemaMessage('id'), YAML tables and ternaries: any quoted word that is an id counts as a use.
    const used = new Set([...code.matchAll(/\b(?:message|schemaMessage)\(\s*'(\w+)'/g)].map((m) => m[1] as string));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((id) => !(id in GUIDELINES_TEXTS))).toEqual([]);
    const quoted = new Set([...code.matchAll(/'(\w+)'/g)].map((m) => m[1] as string));
    expect(ids.filter((id) => !quoted.has(id))).toEqual([]);
  });

  it('fills values after choosing the template, so text from the file is never read as a placeholder', () => {
    const fr = readTranslation('fr');
    expect(renderMessage(message('unknownKey', { key: '{{key}}' }), fr)).toBe('clé inconnue « {{key}} »');
  });

  it('words a whole error, nested parts included, in one language', () => {
    const result = parseGuidelines('brand:\n  name: Acme\n  handles:\n    x: 12\nchecklist:\n  backlogSize: "30"\n', { rules: RULES });
    if (result.ok) throw new Error('expected errors');
    expect(formatErrors(result)).toEqual(['brand.handles.x: must be a list (line 4)', 'checklist.backlogSize: must be a number: write 30 without quotes (line 6)']);
    expect(formatErrors(result, readTranslation('fr'))).toEqual([
      'brand.handles.x : doit être une liste (ligne 4)',
      'checklist.backlogSize : doit être un nombre : écrivez 30 sans guillemets (ligne 6)',
    ]);
    expect(formatErrors(result, readTranslation('nl'))).toEqual([
      'brand.handles.x: moet een lijst zijn (regel 4)',
      'checklist.backlogSize: moet een getal zijn: schrijf 30 zonder aanhalingstekens (regel 6)',
    ]);
  });

  it('says "2,1 Mo" in French for a file too big', () => {
    const result = parseGuidelines('x'.repeat(2.1 * 1024 * 1024 - 1), { rules: RULES });
    if (result.ok) throw new Error('expected errors');
    expect(formatErrors(result)).toEqual(['the file is 2.1 MB; guidelines files are at most 1 MB']);
    expect(formatErrors(result, readTranslation('fr'))).toEqual(['le fichier fait 2,1 Mo ; un fichier de règles fait au plus 1 Mo']);
  });
});

describe('a key indented one space more than the key above it', () => {
  const TEXT = '# brand\nbrand:\n  name: Brightwave Systems\n   spellings: [Brightwave]\n';

  it('is one error, on the line with the extra space, naming both keys and their columns', () => {
    const result = parseGuidelines(TEXT, { rules: RULES });
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 4, column: 4 });
    expect(formatErrorIn(result.errors[0]!, undefined)).toBe(
      '"spellings" starts in column 4, but "name" above it in column 3: the keys of one mapping must start in the same column (remove the extra spaces) (line 4)',
    );
    expect(formatErrorIn(result.errors[0]!, readTranslation('fr'))).toBe(
      '« spellings » commence en colonne 4, mais « name » au-dessus en colonne 3 : les clés d’un même bloc doivent commencer dans la même colonne (retirez les espaces en trop) (ligne 4)',
    );
    expect(formatErrorIn(result.errors[0]!, readTranslation('nl'))).toBe(
      '“spellings” begint in kolom 4, maar “name” erboven in kolom 3: de sleutels van één blok moeten in dezelfde kolom beginnen (verwijder de extra spaties) (regel 4)',
    );
  });

  it('is found at the top level and inside a list item too', () => {
    const top = parseGuidelines('version: 1\n brand:\n  name: A\n', { rules: RULES });
    const item = parseGuidelines('strategy:\n  themes:\n    - name: Data\n       keywords: [data]\n', { rules: RULES });
    for (const [result, line, key, sibling] of [
      [top, 2, 'brand', 'version'],
      [item, 4, 'keywords', 'name'],
    ] as const) {
      if (result.ok) throw new Error('expected errors');
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.line).toBe(line);
      expect(result.errors[0]?.text).toMatchObject({ id: 'yamlExtraIndent', data: { key, sibling } });
    }
  });
});
