/**
 * @file Dates and counts on the colleague's page, worded in the messages' language: a session's time as its local
 * calendar day, a YYYY-MM-DD day, a count of points or sessions. The Intl formatters are made once per language (a
 * page of 12 sessions words about a hundred dates: building a formatter for each was most of its time to paint).
 */
import { calendarDay } from '../../engine/dates';
import { messageLanguage, type MessageKey, t } from '../shared/i18n';

const dayFormats = new Map<string, Intl.DateTimeFormat | null>();
const pluralRules = new Map<string, Intl.PluralRules | null>();

function cached<T>(cache: Map<string, T | null>, make: (language: string) => T): T | null {
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

/** "Feb 10, 2026" for a YYYY-MM-DD day (the day as written where Intl cannot format it). */
export function dayLabel(day: string): string {
  const format = cached(dayFormats, (language) => new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }));
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format ? format.format(new Date(y, m - 1, d)) : day;
}

/** "Feb 10, 2026" for a session's ISO time: the local calendar day it fell on. */
export const sessionDay = (at: string) => dayLabel(calendarDay(new Date(at)));

/** The message for `count` in the language's grammatical number (as src/ui/shared/i18n.ts `plural`, its rules made once). */
export function counted(count: number, one: MessageKey, other: MessageKey): string {
  const rules = cached(pluralRules, (language) => new Intl.PluralRules(language));
  const category = rules ? rules.select(count) : count === 1 ? 'one' : 'other';
  return t(category === 'one' ? one : other, count);
}
