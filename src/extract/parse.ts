/**
 * @file Parses the numbers, ages and dates LinkedIn and X print, in each language of LANGUAGES.
 * Pure functions of a string; they return null when the text is not understood (never 0 by default).
 */
import { LANGUAGES, type PerLanguage } from '../snapshot/languages';

/** Lower case, accents stripped, typographic apostrophes and no-break spaces made plain, so tables stay small. */
export function fold(text: string): string {
  // Text of printable ASCII and the punctuation the sites print in dates, counts and labels (no-break spaces, "·",
  // dashes, "’"), the common case, holds no character that NFD changes and no combining mark: it needs no Unicode
  // normalisation, which is the costly part of folding.
  return (/^[\t-\r -~\xA0\xB7\u2013\u2014\u2019\u202F]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\s\u00A0\u202F\u2007]+/g, ' ')
    .toLowerCase();
}

/** Digit groups joined by single separators; separators are not digits, so matching stays linear. */
const NUMBER = /\d+(?:[ ,.]\d+)*/;
/**
 * Multipliers after a number: "12.5K", "2,4 M", "1,2 mln", "1,2 Mio.", "12 Tsd.". The lookahead keeps "12 mutual"
 * from reading as M.
 */
const SUFFIX = /^ ?(k|mln|mio|mn|m|tsd)(?![a-z])/;
const MULTIPLIER: Record<string, number> = { k: 1e3, tsd: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6 };
/**
 * A suffix glued to the capitalised word after it ("12.5KFollowers": the number and the word are separate text
 * runs with no space between). Split off before folding, where the case that tells "K" + "Followers" from "12mutual"
 * is lost. "MB" (two capitals) is not a word start, so it stays as it is.
 */
const GLUED_SUFFIX = /(\d ?[KM](?:ln|io|n)?)(?=\p{Lu}\p{Ll})/gu;

/**
 * A count as printed: "1,284" (en), "1.024" (nl), "3 210" with U+202F or U+00A0 (fr), "12.5K", "12,5 k",
 * "393.2K", "2.4M", "1,2 mln", "500+" (gives 500), "1 Follower", "12,5 k abonnés", "1.024 volgers", "12.5KFollowers".
 * The first number in the text is read (with its suffix); null when there is none.
 */
/**
 * A count, an age, a mutual-connections line or a month is a short phrase: only the first PHRASE_MAX characters of a
 * text are looked at, so a page's hostile text (100 KB of "1 1 1…") costs no more than a real line, whatever the
 * patterns do on it.
 */
const PHRASE_MAX = 500;
const phrase = (text: string) => text.slice(0, PHRASE_MAX);

export function parseCount(text: string): number | null {
  const folded = fold(phrase(text).replace(GLUED_SUFFIX, '$1 '));
  const match = NUMBER.exec(folded);
  if (!match) return null;
  const groups = match[0].split(/[ ,.]/);
  const seps = match[0].replace(/\d+/g, '');
  // A space only joins thousands ("3 210"); "2 12" is two numbers, so the number ends before the space.
  let kept = 1;
  let keptLength = groups[0]?.length ?? 0;
  while (kept < groups.length) {
    const sep = seps[kept - 1];
    const group = groups[kept] ?? '';
    if (sep === ' ' && group.length !== 3) break;
    keptLength += 1 + group.length;
    kept += 1;
    // A "," or "." before anything but three digits is a decimal point: nothing can follow it.
    if (sep !== ' ' && group.length !== 3) break;
  }
  const suffix = SUFFIX.exec(folded.slice(match.index + keptLength));
  const used = groups.slice(0, kept);
  const usedSeps = seps.slice(0, kept - 1);
  let intPart = used.join('');
  let fraction = '';
  const last = usedSeps.at(-1);
  const lastGroup = used.at(-1) ?? '';
  // With a suffix the last "," or "." is a decimal point ("1,234K"); without, only when not three digits.
  if (last !== undefined && last !== ' ' && (suffix || lastGroup.length !== 3)) {
    intPart = used.slice(0, -1).join('');
    fraction = lastGroup;
  }
  const value = Number(`${intPart}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return null;
  const multiplier = suffix ? (MULTIPLIER[suffix[1] ?? ''] ?? 1) : 1;
  return Math.round(value * multiplier);
}

/** The days each unit of an age is worth, in AGE_UNITS' order. */
const UNIT_DAYS = [0, 1, 7, 30, 365] as const;

/**
 * Unit words of an age, long and short forms (accent-free, lower case), by the days a unit is worth: a pattern per
 * unit, matched as a whole word. No word may stand under two units: its first would win.
 */
export const AGE_UNITS: PerLanguage<Readonly<Record<(typeof UNIT_DAYS)[number], string>>> = {
  en: { 0: 'seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h', 1: 'days?|d', 7: 'weeks?|wks?|w', 30: 'months?|mos?', 365: 'years?|yrs?|y' },
  fr: { 0: 'secondes?|minutes?|mn|heures?', 1: 'jours?', 7: 'semaines?|sem', 30: 'mois', 365: 'ans?|annees?' },
  nl: { 0: 'seconden?|minuut|minuten|uur|uren|u', 1: 'dag|dagen', 7: 'week|weken', 30: 'maand|maanden|mnd', 365: 'jaar|jaren' },
  de: { 0: 'sekunden?|sek|minuten?|stunden?|std', 1: 'tag|tagen?', 7: 'wochen?|wo', 30: 'monat|monaten?|mon', 365: 'jahr|jahren?' },
};
/** "a week", "une semaine", "een week", "einer Woche", "einem Monat": the article that counts one. */
export const AGE_ONE: PerLanguage<string> = { en: 'an?', fr: 'une?', nl: 'een', de: 'einer?m?' };
/** "Today" and "Yesterday", folded. */
export const TODAY_WORDS: PerLanguage<string> = {
  en: 'today|just now',
  fr: "aujourd'hui|a l'instant",
  nl: 'vandaag|zojuist',
  de: 'heute|gerade eben|soeben',
};
export const YESTERDAY_WORDS: PerLanguage<string> = { en: 'yesterday', fr: 'hier', nl: 'gisteren', de: 'gestern' };

const every = (table: PerLanguage<string>) => LANGUAGES.map((language) => table[language]).join('|');

interface AgePatterns {
  /**
   * "3 months", "3mo", "a week", "une semaine", "een week", "vor einer Woche": a count (or article) then a unit word,
   * one group per unit (groups 3 to 7, in UNIT_DAYS' order).
   */
  age: RegExp;
  today: RegExp;
  yesterday: RegExp;
}
/** Built on first use: only LinkedIn's network pages read ages, so X's bundle leaves the tables out. */
let agePatterns: AgePatterns | undefined;

function ages(): AgePatterns {
  if (agePatterns) return agePatterns;
  // The lookahead takes a unit only as a whole word, so the order of the alternatives never decides which matches.
  const units = UNIT_DAYS.map((days) => `(${LANGUAGES.map((language) => AGE_UNITS[language][days]).join('|')})`).join('|');
  agePatterns = {
    age: new RegExp(`(?:^|[^a-z0-9])(?:(\\d{1,6}) ?|(${every(AGE_ONE)}) )(?:${units})\\.?(?![a-z])`),
    today: new RegExp(`(?:^|[^a-z])(${every(TODAY_WORDS)})(?![a-z])`),
    yesterday: new RegExp(`(?:^|[^a-z])(${every(YESTERDAY_WORDS)})(?![a-z])`),
  };
  return agePatterns;
}

/**
 * A relative age in days: "Today", "3 hours ago" = 0, "Yesterday" = 1, "5 days ago" = 5, "2 weeks ago" = 14,
 * "3 months ago" = 90, "1 year ago" = 365, "Sent 3 months ago", "il y a 2 semaines", "Envoyée il y a 3 mois",
 * "hier", "aujourd’hui", "2 weken geleden", "gisteren", "vandaag", "Verzonden 3 maanden geleden",
 * "1 week ago", "a week ago", "1w", "3mo", "vor 2 Wochen", "vor einem Monat", "Gestern". Null when not understood.
 */
export function parseAgeDays(text: string): number | null {
  const folded = fold(phrase(text));
  const patterns = ages();
  const age = patterns.age.exec(folded);
  if (age) {
    const count = age[1] === undefined ? 1 : Number(age[1]);
    // The unit's group: the first defined one after the count's two.
    const days = UNIT_DAYS[age.slice(3).findIndex((unit) => unit !== undefined)];
    if (days !== undefined) return count * days;
  }
  if (patterns.yesterday.test(folded)) return 1;
  if (patterns.today.test(folded)) return 0;
  return null;
}

/**
 * How each language says "mutual connections" (folded patterns): the whole phrase, the word joining names ("and"),
 * "others", the verb of "A and B are …", the "is a" of "A is a …", and the words that start the phrase.
 */
export const MUTUAL_WORDS: PerLanguage<{ phrase: string; and: string; others: string; are: string; is: string; mutual: string }> = {
  en: { phrase: 'mutual connections?', and: 'and', others: 'others?', are: 'are', is: 'is a', mutual: 'mutual' },
  fr: {
    phrase: 'relations? en commun|connexions? en commun',
    and: 'et',
    others: 'autres?',
    are: 'sont des|sont',
    is: 'est une',
    mutual: 'relations?|connexions?',
  },
  nl: {
    phrase: 'gemeenschappelijke connecties?|gedeelde connecties?',
    and: 'en',
    others: 'andere?',
    are: 'zijn',
    is: 'is een',
    mutual: 'gemeenschappelijke|gedeelde',
  },
  de: { phrase: 'gemeinsamer? kontakte?n?', and: 'und', others: 'weitere[rn]?|andere[rn]?', are: 'sind', is: 'ist ein', mutual: 'gemeinsamer?n?' },
};
const mutual = (key: keyof (typeof MUTUAL_WORDS)['en']) => LANGUAGES.map((language) => MUTUAL_WORDS[language][key]).join('|');
/** Built on first use, like the age patterns: X's bundle leaves them out. */
let mutualPatterns: Record<'phrase' | 'others' | 'are' | 'is' | 'bare', RegExp> | undefined;

function mutuals() {
  mutualPatterns ??= {
    phrase: new RegExp(`(${mutual('phrase')})`),
    // "… and 6 other mutual connections", "… et 6 autres relations en commun", "… und 6 weitere gemeinsame Kontakte".
    others: new RegExp(`(?:^|[^a-z])(?:${mutual('and')}) (\\d[\\d,. ]{0,12}) ?(?:${mutual('others')}) `),
    // "A and B are mutual connections", "X et Y sont des relations en commun", "X und Y sind gemeinsame Kontakte".
    are: new RegExp(`(?:^|[^a-z])(?:${mutual('are')}) (?:${mutual('mutual')})`),
    // "A is a mutual connection", "X est une relation en commun", "X ist ein gemeinsamer Kontakt".
    is: new RegExp(`(?:^|[^a-z])(?:${mutual('is')}) (?:${mutual('mutual')})`),
    // "12 mutual connections", "12 relations en commun", "12 gemeinsame Kontakte".
    bare: new RegExp(`(\\d[\\d,. ]{0,12}) ?(?:${mutual('mutual')}) `),
  };
  return mutualPatterns;
}

/** Names listed before a connector: "A, B and …" names two people. Only the last line or "·" segment counts. */
function namedBefore(prefix: string): number {
  const segment = prefix.split(/[·|\n]/).at(-1) ?? '';
  return 1 + (segment.match(/, /g)?.length ?? 0);
}

/**
 * Mutual connections: "Ann Smith and 6 other mutual connections" = 7, "A and B are mutual connections" = 2,
 * "A is a mutual connection" = 1, "12 mutual connections" = 12, in every language of MUTUAL_WORDS
 * ("Ann Smith et 6 autres relations en commun", "Ann Smith en 6 andere gemeenschappelijke connecties").
 * Null when the text says nothing about mutual connections (unknown, not zero).
 */
export function parseMutualConnections(text: string): number | null {
  const folded = fold(phrase(text));
  const { phrase: MUTUAL_PHRASE, others: OTHERS, are: ARE, is: IS, bare: BARE } = mutuals();
  if (!MUTUAL_PHRASE.test(folded)) return null;
  const others = OTHERS.exec(folded);
  if (others) {
    const count = parseCount(others[1] ?? '');
    if (count !== null) return count + namedBefore(folded.slice(0, others.index));
  }
  const are = ARE.exec(folded);
  if (are) return 1 + namedBefore(folded.slice(0, are.index));
  if (IS.test(folded)) return 1;
  const bare = BARE.exec(folded);
  return bare ? parseCount(bare[1] ?? '') : null;
}

/** Month names and abbreviations (accent-free, no dot), January first. */
export const MONTH_NAMES: PerLanguage<readonly string[]> = {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  fr: ['janvier janv', 'fevrier fevr fev', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'aout', 'septembre sept', 'octobre oct', 'novembre nov', 'decembre dec'],
  nl: ['januari jan', 'februari feb', 'maart mrt', 'april apr', 'mei', 'juni', 'juli', 'augustus aug', 'september sep sept', 'oktober okt', 'november nov', 'december dec'],
  de: ['januar jan janner', 'februar feb', 'marz mar', 'april apr', 'mai', 'juni jun', 'juli jul', 'august aug', 'september sep sept', 'oktober okt', 'november nov', 'dezember dez'],
};
/** Month number by name, built on first use: only the X reader reads dates, so LinkedIn's bundle leaves it out. */
let months: Record<string, number> | undefined;

function monthNumber(word: string): number | undefined {
  if (!months) {
    const table: Record<string, number> = {};
    for (const language of LANGUAGES) {
      MONTH_NAMES[language].forEach((words, index) => {
        for (const name of words.split(' ')) table[name] = index + 1;
      });
    }
    months = table;
  }
  return months[word];
}
/** A word, an optional dot, an optional day ("March 5, 2019"), then a four-digit year. */
const MONTH_YEAR = /(?:^|[^a-z])([a-z]{3,9})\.? (?:\d{1,2},? )?((?:19|20)\d\d)(?!\d)/g;

/**
 * A month and year as "YYYY-MM": "Joined March 2019", "A rejoint X en mars 2019", "Lid sinds maart 2019",
 * "Beigetreten im März 2019", "janv. 2022", "Joined Mar 2019". Null when not understood.
 */
export function parseMonthYear(text: string): string | null {
  for (const match of fold(phrase(text)).matchAll(MONTH_YEAR)) {
    const month = monthNumber(match[1] ?? '');
    if (month !== undefined) return `${match[2]}-${String(month).padStart(2, '0')}`;
  }
  return null;
}
