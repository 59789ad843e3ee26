/**
 * @file The findings speak English, French and Dutch: every rule, checklist and engine text has its key in the three
 * messages.json files with the same {{placeholders}}, the English there is exactly the code's (so it cannot drift),
 * no `$` lets Chrome's i18n rewrite a text, and every text a rule declares is one its code shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_KEY_PREFIXES } from '../../src/engine/message-keys';
import { placeholdersOf, ruleMessageEntries } from '../../src/engine/rule-messages';
import { DEFAULT_MANUAL_ITEMS } from '../../src/guidelines/presets/default';
import { RULE_LIST } from '../../src/rules';
import { SHARED_COLLEAGUE_TEXTS, SHARED_TEXTS } from '../../src/rules/shared/texts';
import { ROOT } from '../helpers/fixtures';
import { getMessageFrom, LOCALES, readMessages } from '../helpers/i18n';

const entries = ruleMessageEntries(RULE_LIST, DEFAULT_MANUAL_ITEMS, SHARED_TEXTS, SHARED_COLLEAGUE_TEXTS);
const messages = Object.fromEntries(LOCALES.map((locale) => [locale, readMessages(locale)]));
const isOurs = (key: string) => ENGINE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
const sorted = (names: string[]) => [...names].sort();

/** Words French or Dutch write as English does. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  fr: ['rule_shared_fieldBio', 'rule_required_disclosure_text_placeBio'],
  // Dutch findings quote with “ ” as English does (the rules' own templates do too).
  nl: ['rule_shared_fieldBio', 'rule_required_disclosure_text_placeBio', 'rule_shared_quoted'],
};

describe('finding texts in messages.json', () => {
  it('lists every rule, shared, checklist and engine text once', () => {
    expect(entries.length).toBeGreaterThan(RULE_LIST.length * 5);
    expect(new Set(entries.map(({ key }) => key.toLowerCase())).size).toBe(entries.length);
    for (const { meta } of RULE_LIST) {
      expect(entries.map(({ key }) => key)).toContain(`rule_${meta.id.replace(/-/g, '_')}_failureTitle`);
    }
  });

  it('holds the English exactly as the code writes it (run `npm run -s i18n:rules` after changing a text)', () => {
    const en = messages.en as ReturnType<typeof readMessages>;
    const drifted = entries.filter(({ key, message }) => en[key]?.message !== message).map(({ key }) => key);
    expect(drifted).toEqual([]);
    const stale = Object.keys(en).filter((key) => isOurs(key) && !entries.some((entry) => entry.key === key));
    expect(stale, 'keys of texts the code no longer has').toEqual([]);
  });

  for (const locale of ['fr', 'nl'] as const) {
    it(`${locale}: translates every finding text, with the same {{placeholders}}`, () => {
      const own = messages[locale] as ReturnType<typeof readMessages>;
      const missing = entries.filter(({ key }) => !own[key]?.message.trim()).map(({ key }) => key);
      expect(missing, `missing in ${locale} (npm run -s i18n:rules lists them)`).toEqual([]);
      for (const { key, message } of entries) {
        expect(sorted(placeholdersOf(own[key]?.message ?? '')), `${locale}:${key}`).toEqual(sorted(placeholdersOf(message)));
      }
    });

    it(`${locale}: is a translation, not a copy of the English`, () => {
      const own = messages[locale] as ReturnType<typeof readMessages>;
      const copied = entries.filter(({ key, message }) => own[key]?.message === message).map(({ key }) => key);
      expect(sorted(copied)).toEqual(sorted([...(SAME_AS_ENGLISH[locale] ?? [])]));
    });
  }

  it('uses no $, so Chrome’s and Firefox’s getMessage give each text back as written', () => {
    for (const locale of LOCALES) {
      const own = messages[locale] as ReturnType<typeof readMessages>;
      const getMessage = getMessageFrom(own);
      for (const { key } of entries) {
        const message = own[key]?.message ?? '';
        expect(message, `${locale}:${key}`).not.toContain('$');
        expect(own[key]?.placeholders, `${locale}:${key}: {{placeholders}}, not Chrome's`).toBeUndefined();
        expect(getMessage(key), `${locale}:${key}`).toBe(message);
      }
    }
  });

  it('has keys Chrome accepts, unique ignoring case, in every messages.json', () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(messages[locale] as object);
      for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      const folded = keys.map((key) => key.toLowerCase());
      expect(folded.filter((key, index) => folded.indexOf(key) !== index), locale).toEqual([]);
    }
  });
});

describe('texts declared by the rules', () => {
  const RULES_DIR = join(ROOT, 'src', 'rules');
  const sources = [
    ...readdirSync(RULES_DIR).filter((file) => file.endsWith('.ts')),
    ...readdirSync(join(RULES_DIR, 'shared')).map((file) => join('shared', file)),
  ].map((file) => readFileSync(join(RULES_DIR, file), 'utf8'));

  it('are each shown somewhere by the code (no dead translation)', () => {
    const unused: string[] = [];
    for (const { meta } of RULE_LIST) {
      const source = readFileSync(join(RULES_DIR, `${meta.id}.ts`), 'utf8');
      for (const name of Object.keys(meta.texts ?? {})) if (!source.includes(`'${name}'`)) unused.push(`${meta.id}: ${name}`);
    }
    for (const name of Object.keys(SHARED_TEXTS)) if (!sources.some((source) => source.includes(`'${name}'`))) unused.push(`shared: ${name}`);
    expect(unused).toEqual([]);
  });

  it('leave no English sentence in a rule’s code outside its metadata', () => {
    // Reasons and labels go through context.t or sharedText; a literal passed straight to these would stay English.
    const literal = /\b(?:notApplicable|incomplete)\(\s*['`]|\blabel:\s*['`]/;
    for (const source of sources) expect(source).not.toMatch(literal);
  });
});
