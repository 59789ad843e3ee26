/**
 * @file One home for languages: every per-language table covers every language of LANGUAGES with real entries, and
 * every list of languages is LANGUAGES itself. The compiler already rejects a `PerLanguage` record that lacks a
 * language; this catches empty strings and lists, and tables typed loosely (a `Record<string, …>`, a tuple).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES as CLI_LANGUAGES } from '../../src/cli/locale';
import * as parse from '../../src/extract/parse';
import * as xLabels from '../../src/extract/x/labels';
import { KEYWORD_LANGUAGES } from '../../src/guidelines/schema';
import * as crossSite from '../../src/rules/cross-site-consistency';
import { LANGUAGES } from '../../src/snapshot/languages';
import * as linkedinWords from '../../src/snapshot/pages/linkedin-words';
import { LOCALES } from '../helpers/i18n';

const ROOT = join(import.meta.dirname, '..', '..');

/** The modules that hold per-language tables, by path: a new table elsewhere fails the last test until listed here. */
const TABLE_MODULES: Readonly<Record<string, Record<string, unknown>>> = {
  'src/extract/x/labels.ts': xLabels,
  'src/extract/parse.ts': parse,
  'src/rules/cross-site-consistency.ts': crossSite,
  'src/snapshot/pages/linkedin-words.ts': linkedinWords,
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Why `value` is not a real entry ("" , [], {} or a blank inside one), or null when it is. */
function emptiness(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' || value.split('|').some((part) => part.trim() === '') ? 'empty text' : null;
  if (value instanceof RegExp) return null;
  if (Array.isArray(value)) return value.length === 0 ? 'empty list' : (value.map(emptiness).find((why) => why !== null) ?? null);
  if (isPlainObject(value)) {
    const values = Object.values(value);
    return values.length === 0 ? 'empty record' : (values.map(emptiness).find((why) => why !== null) ?? null);
  }
  return null;
}

/** Every language record (an object with a language key) under `value`, with its path. */
function languageRecords(value: unknown, path: string, into: Array<[string, Record<string, unknown>]>): void {
  if (Array.isArray(value)) value.forEach((item, index) => languageRecords(item, `${path}[${index}]`, into));
  else if (isPlainObject(value)) {
    if (Object.keys(value).some((key) => (LANGUAGES as readonly string[]).includes(key))) into.push([path, value]);
    else for (const [key, item] of Object.entries(value)) languageRecords(item, `${path}.${key}`, into);
  }
}

const records: Array<[string, Record<string, unknown>]> = [];
for (const [file, module] of Object.entries(TABLE_MODULES)) {
  for (const [name, value] of Object.entries(module)) languageRecords(value, `${file}: ${name}`, records);
}

describe('per-language tables', () => {
  it('are found in every module that holds some', () => {
    for (const file of Object.keys(TABLE_MODULES)) expect(records.some(([path]) => path.startsWith(file)), file).toBe(true);
    expect(records.length).toBeGreaterThan(30);
  });

  it.each(records.map(([path, record]) => ({ path, record })))('$path covers every language with real entries', ({ record }) => {
    expect(Object.keys(record).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) expect(emptiness(record[language]), language).toBeNull();
  });

  it('live only in the modules walked here (a table of `nl: …` or "nl" elsewhere is not checked)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) files.push(path);
      }
    };
    walk(join(ROOT, 'src'));
    const naming = files
      .filter((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .some((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line) && /(?:^|[\s{,(])nl\s*:|['"`]nl['"`]/.test(line.replace(/\s\/\/ .*$/, ''))),
      )
      .map((file) => relative(ROOT, file).replace(/\\/g, '/'));
    expect(naming.filter((file) => file !== 'src/snapshot/languages.ts' && !(file in TABLE_MODULES))).toEqual([]);
  });
});

describe('lists of languages', () => {
  it('are LANGUAGES itself: the command line, the guidelines keywords and the test helpers', () => {
    expect(CLI_LANGUAGES).toBe(LANGUAGES);
    expect(KEYWORD_LANGUAGES).toBe(LANGUAGES);
    expect(LOCALES).toBe(LANGUAGES);
  });
});
