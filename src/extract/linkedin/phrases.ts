/**
 * @file The matchers built from LinkedIn's phrase book (src/snapshot/pages/linkedin-words.ts): card headings, counts,
 * "Present", owner and visitor controls, the network pages' tabs, ages, aria-labels and empty states. No words here,
 * and no DOM access: the words come from the one current phrase book (usePhraseBook), which src/extract/linkedin/
 * labels.ts sets at import for the command line, tests and benchmark, and the content script sets from the popup's
 * request (phraseBookFrom). Each matcher is built on first use and again only when a different book is set.
 */
import type { LinkedInWords, SectionKind } from '../../snapshot/pages/linkedin-words';
import { LANGUAGES, type Language } from '../../snapshot/languages';
import { fold } from '../parse';

export type LinkedInLanguage = Language;
export type { SectionKind };

let book: LinkedInWords | undefined;

/**
 * Makes `words` the phrase book every matcher reads; matchers built from another book are rebuilt on next use.
 * Undefined forgets the book (a content script before the popup's first request).
 */
export function usePhraseBook(words: LinkedInWords | undefined): void {
  book = words;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isWords = (value: unknown) => isObject(value) && LANGUAGES.every((language) => typeof value[language] === 'string');

/** A cheap check of a phrase book's shape: its tables of words per key, and its words per language, all text. */
export const isPhraseBook = (value: unknown): value is LinkedInWords =>
  isObject(value) &&
  ['sections', 'labels', 'entries'].every((group) => isObject(value[group]) && Object.values(value[group]).every(isWords)) &&
  ['ageLines', 'visitorControls', 'actions'].every((group) => isWords(value[group]));

/**
 * For the content script: sets the phrase book from the first request that carries a sound one (the popup sends it
 * with each). Returns why the page cannot be read while no book is set, or undefined once one is.
 */
export function phraseBookFrom(request: unknown): string | undefined {
  if (book) return undefined;
  const words = isObject(request) ? request.words : undefined;
  if (words === undefined) return "LinkedIn's phrase book did not come with the request: nothing can be read";
  if (!isPhraseBook(words)) return "LinkedIn's phrase book that came with the request is malformed: nothing can be read";
  usePhraseBook(words);
  return undefined;
}

/** A value built from the current phrase book on first use, and again only when another book is set. */
function fromBook<T>(build: (words: LinkedInWords) => T): () => T {
  let from: LinkedInWords | undefined;
  let value: T;
  return () => {
    if (!book) throw new Error("LinkedIn's phrase book is not set");
    if (from !== book) value = build((from = book));
    return value;
  };
}

/** Every language's pattern pieces for `key`, as one alternation. */
const pieces = (words: LinkedInWords, key: keyof LinkedInWords['entries']) =>
  LANGUAGES.map((language) => words.entries[key][language]).join('|');

/** "3 yrs 4 mos", "5 ans 10 mois", "8 jaar 10 mnd", "3 J. 4 Mon.": a duration, never a title or a company. */
export const duration = fromBook((words) => new RegExp(`\\b\\d+\\s*(?:${pieces(words, 'duration')})\\b`, 'i'));

/** "Berlin, Germany · Hybrid", "Lyon · Sur site", "Utrecht, Nederland · Op afstand": a location line (folded). */
export const workplace = fromBook((words) => new RegExp(`·\\s*(?:${pieces(words, 'workplace')})$`));

/** Lines under a skill's name: "23 endorsements", "Endorsed by …", "Senior Data Engineer at Nordlicht Analytics". */
export const skillContext = fromBook(
  (words) => new RegExp(`^\\d|${pieces(words, 'skillContext')}|\\s(?:${pieces(words, 'at')})\\s`, 'i'),
);

/** One language's pattern, matched whole and without case. */
const whole = (pattern: string) => new RegExp(`^(?:${pattern.replace(/’/g, "[’']")})$`, 'i');
const visitorPattern = fromBook((words) => whole(Object.values(words.visitorControls).join('|')));
const actionPatterns = fromBook((words) => LANGUAGES.map((language) => whole(words.actions[language])));

type LabelKey = keyof LinkedInWords['labels'];

/** Every language's entries for one key: pages are matched against all of them, so a wrong `<html lang>` is harmless. */
const allWords = (key: LabelKey): string[] =>
  LANGUAGES.flatMap((language) => (book as LinkedInWords).labels[key][language].split('|'));

/**
 * Lower case, accents stripped, typographic apostrophes and no-break spaces made plain, trimmed, so "Centres d’intérêt",
 * "centres d'interet" and "CENTRES D’INTÉRÊT" compare equal.
 */
export const foldLabel = (text: string): string => fold(text).trim();

/** Escapes a label for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------------------------------------------

const sectionByHeading = fromBook((words) => {
  const byHeading = new Map<string, { kind: SectionKind; language: LinkedInLanguage }>();
  for (const language of LANGUAGES) {
    for (const [kind, headings] of Object.entries(words.sections)) {
      for (const heading of headings[language].split('|')) {
        const key = foldLabel(heading);
        // First language wins a shared heading ("Analyses", "Info"), which only matters for language detection.
        if (!byHeading.has(key)) byHeading.set(key, { kind: kind as SectionKind, language });
      }
    }
  }
  return byHeading;
});

/** The card a heading names, in any of our languages, with the language it is written in. */
export function sectionOfHeading(heading: string): { kind: SectionKind; language: LinkedInLanguage } | undefined {
  return sectionByHeading().get(foldLabel(heading));
}

/** A whole text that is a count and its word ("500+ connections", "12.5K followers"), folded. */
const countText = (key: 'connections' | 'followers') =>
  fromBook(
    () =>
      new RegExp(
        `^\\d[\\d.,\\s]*(?:k|m|mln)?\\+?\\s*(?:${allWords(key)
          .map((word) => escapeRegExp(foldLabel(word)))
          .join('|')})$`,
      ),
  );

/** "500+ connections", "87 connections", "500+ relations", "1.024 connecties": the whole text, nothing else. */
export const connectionsText = countText('connections');

/** "1,284 followers", "3 210 abonnés", "1.024 volgers", "12.5K followers": the whole text, nothing else. */
export const followersText = countText('followers');

const present = fromBook(() => new RegExp(`^(?:${allWords('present').map(foldLabel).map(escapeRegExp).join('|')})\\b`));
const YEAR = /\b(?:19|20)\d{2}\b/;
const RANGE_DASH = /\s[-–—]\s/;

/**
 * A role's date line ("Mar 2021 - Present · 3 yrs", "janv. 2022 - aujourd’hui · 3 ans", "Feb 2019 – Present"):
 * a start with a year, a dash, an end. Returns whether the role is current, or undefined when the text is not a
 * date range (a description that says "present at…" is not one).
 */
export function dateRangeIsCurrent(text: string): boolean | undefined {
  // Most lines have no spaced dash: skip them before folding.
  if (!RANGE_DASH.test(text)) return undefined;
  const folded = foldLabel(text);
  const dash = RANGE_DASH.exec(folded);
  if (!dash) return undefined;
  const start = folded.slice(0, dash.index);
  const end = (folded.slice(dash.index + dash[0].length).split('·')[0] ?? '').trim();
  if (!YEAR.test(start) || start.length > 24) return undefined;
  if (present().test(end)) return true;
  return YEAR.test(end) ? false : undefined;
}

/** A set of every language's entries for `key`, folded. */
const foldedSet = (key: LabelKey) => fromBook(() => new Set(allWords(key).map(foldLabel)));

const ownerControls = foldedSet('ownerControls');
const openToWork = foldedSet('openToWork');
const websites = foldedSet('websites');

/** Self-employment types, folded: "Freelance", "Indépendant", "Freiberuflich". */
export const selfEmployed = foldedSet('selfEmployed');

/** Employment types, folded, the self-employed ones included: "Full-time", "CDI", "Indépendant". */
export const employmentTypes = fromBook(() => new Set([...allWords('employmentTypes').map(foldLabel), ...selfEmployed()]));

/** A control label ("Edit intro", "Intro bewerken") that only the profile's owner sees. */
export function isOwnerControl(label: string): boolean {
  // Owner controls are short; a long label ("Invite Ada Vermeulen to connect") is never one, so skip folding it.
  return label.length <= 40 && ownerControls().has(foldLabel(label));
}

/** A control label ("Invite Ada to connect", "Se connecter", "Bericht") that only a visitor sees. */
export function isVisitorControl(label: string): boolean {
  return visitorPattern().test(label.replace(/\s+/g, ' ').trim());
}

/** The heading of the "Open to work" card (not the "Show recruiters you're open to work" prompt). */
export function isOpenToWorkHeading(text: string): boolean {
  return openToWork().has(foldLabel(text));
}

/** The heading of the websites part of the contact-info overlay. */
export function isWebsitesHeading(text: string): boolean {
  return websites().has(foldLabel(text));
}

// ---------------------------------------------------------------------------------------------------------------
// Network pages: the invitation manager and the connections list
// ---------------------------------------------------------------------------------------------------------------

/** The language named by `<html lang>` ("fr-FR", "nl_NL", "en"), or null when it is not one of ours. */
export function languageFromTag(tag: string | null | undefined): LinkedInLanguage | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGES.find((language) => language === base) ?? null;
}

/** The language whose action aria-labels match `label`, to tell the language when `<html lang>` says nothing. */
export function languageOfAction(label: string): LinkedInLanguage | null {
  return LANGUAGES[actionPatterns().findIndex((re) => re.test(label))] ?? null;
}

type AlternationKey = 'received' | 'sent' | 'people' | 'agePrefixes' | 'connected' | 'connections' | 'seeMore';

/** One alternation of every language's entries for the keys, longest first, escaped. */
function alternation(...keys: AlternationKey[]): string {
  return keys
    .flatMap(allWords)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** A tab or pill with its count: "Received (27)", "Personen (14)". Group 1 is the count. */
const tabCount = (key: 'received' | 'sent' | 'people') =>
  fromBook(() => new RegExp(`^(?:${alternation(key)})\\s*\\(\\s*(\\d[\\d\\s.,]*)\\)$`, 'iu'));

export const receivedCount = tabCount('received');
export const sentCount = tabCount('sent');
export const peopleCount = tabCount('people');

/** A line that starts like a connection's age: "Connected …", "Connecté(e) …", "Verbonden …". */
export const connectedPrefix = fromBook(() => new RegExp(`^(?:${alternation('connected')})\\s`, 'iu'));

/** The connections total: "1,284 connections", "1 284 relations", "1.284 connecties". Group 1 is the count. */
export const connectionsCount = fromBook(
  () => new RegExp(`^(\\d[\\d\\s.,]*)\\s*(?:${alternation('connections')})$`, 'iu'),
);

/**
 * A line that is only an age, with an optional prefix: "2 weeks ago", "Sent 3 months ago", "Yesterday",
 * "Connecté(e) il y a 3 mois", "Verzonden 1 jaar geleden". Anchored on purpose: parseAgeDays finds an age
 * anywhere ("Ik werk hier" would read as yesterday), so a line must look like an age before it is parsed.
 */
export const ageLine = fromBook(
  (words) =>
    new RegExp(
      `^(?:(?:${alternation('agePrefixes', 'connected')})\\s+)?(?:${Object.values(words.ageLines).join('|')})$`,
      'iu',
    ),
);

/** Leading "…" or "..." before a label ("…see more"), dropped before comparing. */
const LEADING_ELLIPSIS = /^(?:…|\.\.\.)\s*/;
const seeMore = fromBook(
  () => new Set(allWords('seeMore').map((label) => label.replace(LEADING_ELLIPSIS, '').toLowerCase())),
);

/** LinkedIn's truncation control at the end of a text, should it lose its button: "…see more", "… meer". */
export const seeMoreTail = fromBook(() => new RegExp(`\\s*…\\s*(?:${alternation('seeMore')})$`, 'i'));

/** The control that expands a clipped message ("…see more", "… voir plus", "Meer weergeven"). */
export function isSeeMoreLabel(text: string): boolean {
  return seeMore().has(text.trim().replace(LEADING_ELLIPSIS, '').toLowerCase());
}

const noInvitations = fromBook(() => new Set(allWords('noInvitations').map((label) => label.toLowerCase())));

/** The empty state of the invitation list, in any of our languages. */
export function isNoInvitationsLabel(text: string): boolean {
  return noInvitations().has(text.trim().toLowerCase().replace(/[.!]$/, ''));
}

/** The person's name in an Accept/Ignore/Withdraw aria-label, or null when the label is not one of those. */
export function nameFromAction(label: string): string | null {
  for (const re of actionPatterns()) {
    const name = re.exec(label)?.slice(1).find(Boolean)?.trim();
    if (name) return name;
  }
  return null;
}
