/**
 * @file The words X prints in its interface, in each language of LANGUAGES, that the X readers look for: button
 * texts, aria-labels, social-context lines. Strings only; no DOM access here.
 */
import { LANGUAGES, type Language, type PerLanguage } from '../../snapshot/languages';

export type XLanguage = Language;

export interface XLabels {
  /** The profile's own button when you look at yourself. */
  editProfile: string;
  /** `aria-label` of the verified badge inside `UserName`. */
  verified: string;
  /** The social-context line above a pinned post. */
  pinned: string;
  /** The badge next to a handle when that account follows the viewer. */
  followsYou: string;
  /** `aria-label` of the following-list timeline. */
  followingTimeline: string;
  /** Prefix of every timeline's `aria-label` ("Timeline: Noor’s posts"). */
  timelinePrefix: string;
  /** The word after the following count in the header ("Following", "abonnements", "Volgend", "Folge ich"). */
  followingCount: string;
}

export const X_LABELS: PerLanguage<XLabels> = {
  en: {
    editProfile: 'Edit profile',
    verified: 'Verified account',
    pinned: 'Pinned',
    followsYou: 'Follows you',
    followingTimeline: 'Timeline: Following',
    timelinePrefix: 'Timeline:',
    followingCount: 'following',
  },
  fr: {
    editProfile: 'Éditer le profil',
    verified: 'Compte certifié',
    pinned: 'Épinglé',
    followsYou: 'Vous suit',
    followingTimeline: 'Fil d’actualités : Abonnements',
    timelinePrefix: 'Fil d’actualités :',
    followingCount: 'abonnement',
  },
  nl: {
    editProfile: 'Profiel bewerken',
    verified: 'Geverifieerd account',
    pinned: 'Vastgepind',
    followsYou: 'Volgt jou',
    followingTimeline: 'Tijdlijn: Volgend',
    timelinePrefix: 'Tijdlijn:',
    followingCount: 'volgend',
  },
  de: {
    editProfile: 'Profil bearbeiten',
    verified: 'Verifizierter Account',
    pinned: 'Angeheftet',
    followsYou: 'Folgt dir',
    followingTimeline: 'Timeline: Folge ich',
    timelinePrefix: 'Timeline:',
    followingCount: 'folge ich',
  },
};

const ALL = Object.values(X_LABELS);

/**
 * Folds the differences X's translations show between builds: typographic vs straight apostrophes,
 * no-break spaces before French colons, case.
 */
export function foldLabel(text: string): string {
  return text
    .replace(/[\u2019\u02BC`]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Every language's form of one label, folded, so a page is read whatever its interface language. */
export function labelSet(key: keyof XLabels): ReadonlySet<string> {
  return new Set(ALL.map((labels) => foldLabel(labels[key])));
}

/**
 * A selector for every element whose aria-label starts like a timeline's in one of our languages ("Timeline",
 * "Fil", "Tijdlijn"): the browser narrows the candidates before any label is folded and compared.
 */
export const TIMELINE_LABEL_SELECTOR = [...new Set(ALL.map((labels) => labels.timelinePrefix.split(/[\s:]/)[0]))]
  .map((word) => `[aria-label^="${word}"]`)
  .join(', ');

/** The interface language from `<html lang>` ("en-GB" → "en"), or null when it is not one we know. */
export function xLanguageOf(doc: Document): XLanguage | null {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === lang) ?? null;
}

/** The language whose word after the following count ("Following", "Folge ich") is in `text`, folded. */
export function xLanguageOfFollowing(text: string): XLanguage | null {
  return LANGUAGES.find((language) => text.includes(X_LABELS[language].followingCount)) ?? null;
}

/**
 * Headings (or `aria-label`s) of X's account suggestions, "Who to follow" and the like: their `UserCell`s are other
 * people, never the list being read. Compared folded (foldLabel).
 */
export const SUGGESTION_HEADINGS: PerLanguage<readonly string[]> = {
  en: ['Who to follow', 'You might like', 'Relevant people'],
  fr: ['Suggestions', 'Qui suivre', 'Vous pourriez aimer', 'Personnes pertinentes'],
  nl: ['Wie kun je volgen', 'Wie te volgen', 'Misschien vind je dit leuk', 'Relevante personen'],
  de: ['Wem folgen?', 'Wem folgen', 'Das könnte dir gefallen', 'Relevante Personen'],
};
