/**
 * @file The interface's messages: every key in all three languages with the same placeholders, every key the
 * interface uses defined, every defined key used, and `t` filling placeholders the way Chrome does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGINE_KEY_PREFIXES } from '../../../src/engine/message-keys';
import { GUIDELINES_KEY_PREFIX } from '../../../src/guidelines/messages';
import { REPORT_KEY_PREFIX } from '../../../src/coaching/report-texts';
import { messageLanguage, plural, t } from '../../../src/ui/shared/i18n';
import { LOCALES, LOCALES_DIR, readMessages, useLocale } from '../../helpers/i18n';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const messages = Object.fromEntries(LOCALES.map((locale) => [locale, readMessages(locale)]));
const en = messages.en as ReturnType<typeof readMessages>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const UI_SOURCES = [...sourceFiles(join(ROOT, 'src', 'ui')), ...sourceFiles(join(ROOT, 'entrypoints'))];
const CONFIG = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
// The guidelines' errors (guidelines_) are the parser's: test/guidelines/messages.test.ts checks them; the team
// reports' words (report_) are src/coaching/report-texts.ts's: test/coaching/report-texts.test.ts checks them.
const isFindingText = (key: string) =>
  ENGINE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix)) || key.startsWith(GUIDELINES_KEY_PREFIX) || key.startsWith(REPORT_KEY_PREFIX);

/** `$NAME$` references in a message, lower-cased as Chrome compares them. */
const referenced = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase()).sort();

describe('locale files', () => {
  it('exist for en, fr and nl and nothing else', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    it(`${locale}: defines exactly the English keys, each non-empty, with the same placeholders`, () => {
      const own = messages[locale] as typeof en;
      expect(Object.keys(own).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(own)) {
        const reference = en[key];
        expect(entry.message.trim(), `${locale}:${key}`).not.toBe('');
        const placeholders = Object.fromEntries(
          Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
        );
        const expected = Object.fromEntries(
          Object.entries(reference?.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
        );
        expect(placeholders, `${locale}:${key} placeholders`).toEqual(expected);
        expect(referenced(entry.message), `${locale}:${key} uses each placeholder`).toEqual(
          [...new Set(referenced(reference?.message ?? ''))].sort(),
        );
        expect([...new Set(referenced(entry.message))].sort(), `${locale}:${key} declares what it uses`).toEqual(
          Object.keys(placeholders).sort(),
        );
      }
    });
  }

  it('uses key names Chrome accepts, and describes each English message for translators', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.description, key).toBeTruthy();
    }
  });

  it('keeps the store description within Chrome’s 132 characters in every language', () => {
    for (const locale of LOCALES) expect((messages[locale] as typeof en).extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe('keys in the code', () => {
  const used = new Map<string, string>();
  for (const file of UI_SOURCES) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.set(match[1] as string, relative(ROOT, file));
  }

  it('finds t() calls at all (the scan works)', () => {
    expect(used.size).toBeGreaterThan(20);
  });

  it('every key passed to t() is defined', () => {
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every defined key is used somewhere (the interface, or the manifest)', () => {
    const code = UI_SOURCES.map((file) => readFileSync(file, 'utf8')).join('\n') + CONFIG;
    // The findings' texts (rule_, manual_, engine_) are the engine's: test/engine/rule-messages.test.ts checks them.
    const unused = Object.keys(en).filter(
      (key) => !isFindingText(key) && !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('t', () => {
  it('fills placeholders the way Chrome does', () => {
    expect(t('readAllBut', 3)).toBe('3 parts not read');
    expect(t('pointsToGain', 7)).toBe('+7 points');
  });

  it('follows the browser language', () => {
    useLocale('nl');
    expect(t('fix')).toBe('Oplossen');
    expect(messageLanguage()).toBe('nl');
    useLocale('fr');
    expect(t('readAllBut', 3)).toBe('3 éléments non lus');
  });

  it("picks a counted message's singular by the language's plural rules: 1 in English and Dutch, 0 and 1 in French", () => {
    useLocale('en');
    expect([0, 1, 2].map((n) => plural(n, 'pointsToGainOne', 'pointsToGain'))).toEqual(['+0 points', '+1 point', '+2 points']);
    useLocale('nl');
    expect([1, 2].map((n) => plural(n, 'pointsToGainOne', 'pointsToGain'))).toEqual(['+1 punt', '+2 punten']);
    useLocale('fr');
    expect([0, 1, 2].map((n) => plural(n, 'readAllButOne', 'readAllBut'))).toEqual(['0 élément non lu', '1 élément non lu', '2 éléments non lus']);
  });

  it('shows the key, not an empty string, when a message is missing or i18n is unavailable', () => {
    fakeBrowser.i18n.getMessage = (() => '') as typeof fakeBrowser.i18n.getMessage;
    expect(t('fix')).toBe('fix');
    fakeBrowser.i18n.getMessage = (() => {
      throw new Error('not mocked');
    }) as typeof fakeBrowser.i18n.getMessage;
    expect(t('fix')).toBe('fix');
    expect(messageLanguage()).toBe('en');
  });
});
