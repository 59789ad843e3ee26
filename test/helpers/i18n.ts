/**
 * @file Messages for unit tests: the fake browser's `i18n.getMessage` throws "not mocked", so tests install the
 * real messages.json of one language here, with Chrome's substitution rules ($NAME$ → placeholder → $1…$9, `$$`
 * for a dollar sign). It reads the locale files; it does not check them (test/ui/shared/i18n.test.ts does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGES, type Language } from '../../src/snapshot/languages';

/** Every language the extension ships: the one list of src/snapshot/languages.ts. */
export const LOCALES = LANGUAGES;
export type Locale = Language;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'assets', '_locales');

export function readMessages(locale: Locale): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
}

/** Chrome's getMessage: '' for an unknown key, placeholders filled from the substitutions. */
export function getMessageFrom(messages: Record<string, MessageEntry>) {
  return (name: string, substitutions?: string | (string | number)[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = (substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([key, value]) => [key.toLowerCase(), value.content]),
    );
    const numbered = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, key: string) => {
        const content = placeholders[key.toLowerCase()];
        return content === undefined ? whole : numbered(content);
      })
      .replace(/\$\$/g, '$');
  };
}

/** Makes `browser.i18n.getMessage` answer in `locale` for the rest of the test file (until called again). */
export function useLocale(locale: Locale): void {
  fakeBrowser.i18n.getMessage = getMessageFrom(readMessages(locale)) as typeof fakeBrowser.i18n.getMessage;
}
