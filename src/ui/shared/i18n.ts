/**
 * @file The interface's words: `t(key, substitutions)` over the extension i18n system (assets/_locales, picked by
 * the browser's language). Keys are typed from the English messages, so a typo fails the type check; the test
 * test/ui/shared/i18n.test.ts checks that every other language defines the same keys and placeholders. It does not
 * translate findings: the engine does, in the background, with the same files (keys rule_*, manual_*, engine_*).
 * It holds no strings itself.
 */
import { browser } from 'wxt/browser';
import type en from '../../../assets/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * The message in the browser's language. A missing message returns the key itself, so that a gap shows up as a
 * visible oddity rather than an empty button.
 */
export function t(key: MessageKey, substitutions?: string | number | readonly (string | number)[]): string {
  const subs =
    substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  let message = '';
  try {
    // Called through a plain signature: WXT's generated overloads exist only after `wxt prepare`, and MessageKey
    // already ties the key to the messages.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    message = getMessage(key, subs);
  } catch {
    // Outside an extension (or a test without messages): fall through to the key.
  }
  return message || key;
}

/** The language the messages are in ("en", "fr", "nl"): for `<html lang>` and dates. */
export function messageLanguage(): string {
  const lang = t('lang');
  return lang === 'lang' ? 'en' : lang;
}

/**
 * The Intl formatters, made once per language: a page words many dates and counts (the colleague's page about a
 * hundred), and building a formatter for each was most of its time to paint. Null where Intl cannot make one.
 */
const pluralRules = new Map<string, Intl.PluralRules | null>();
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();
const dayMonthFormats = new Map<string, Intl.DateTimeFormat | null>();

function perLanguage<T>(cache: Map<string, T | null>, make: (language: string) => T): T | null {
  const language = messageLanguage();
  if (!cache.has(language)) {
    try {
      cache.set(language, make(language));
    } catch {
      cache.set(language, null);
    }
  }
  return cache.get(language) ?? null;
}

/**
 * The message for `count` in the grammatical number the language gives it: `one` when Intl's plural rules say "one"
 * (1 in English and Dutch, 0 and 1 in French), `other` otherwise. Chrome's i18n has no plurals, so each counted
 * message is a pair of keys, both named in the code so the key scan finds them.
 */
export function plural(count: number, one: MessageKey, other: MessageKey, substitutions: readonly (string | number)[] = []): string {
  // No Intl plural rules for the language: English's rule.
  const rules = perLanguage(pluralRules, (language) => new Intl.PluralRules(language));
  const category = rules ? rules.select(count) : count === 1 ? 'one' : 'other';
  return t(category === 'one' ? one : other, [count, ...substitutions]);
}

/**
 * A calendar day (YYYY-MM-DD, local) in the messages' language: "Jun 15, 2026", or "Jun 15" without the year (for
 * a day that is recent); the day as written where Intl cannot format it.
 */
export function formatDay(day: string, { year = true }: { year?: boolean } = {}): string {
  const format = perLanguage(year ? dayFormats : dayMonthFormats, (language) =>
    new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', ...(year ? { year: 'numeric' } : {}) }),
  );
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  try {
    return format ? format.format(new Date(y, m - 1, d)) : day;
  } catch {
    // Not a day Intl can format (a damaged value): as written.
    return day;
  }
}
