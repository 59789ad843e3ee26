/**
 * @file The words LinkedIn prints in each language of LANGUAGES, in one phrase book: the profile's card headings,
 * count words, "Present" and the top-card controls that tell the owner's view from a visitor's; the network pages'
 * tabs, button aria-labels, age prefixes and empty states. Data and tiny matchers only; no DOM access.
 */
import { LANGUAGES, type Language, type PerLanguage } from '../../snapshot/languages';
import { fold } from '../parse';

export type LinkedInLanguage = Language;

/** One entry per language; a language's alternatives are separated by "|". */
type Words = PerLanguage<string>;

/**
 * The profile cards a reader may need, plus those whose presence proves the page loaded past a missing one, and
 * Analytics (only the owner sees it). Other cards (licenses, volunteering, recommendations, projects) are left
 * unnamed: no field reads them and none proves anything, so their words would only weigh on the content script.
 */
export type SectionKind =
  | 'analytics'
  | 'about'
  | 'featured'
  | 'activity'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'interests';

/** Card headings (`h2`), as printed. */
export const SECTION_HEADINGS: Readonly<Record<SectionKind, Words>> = {
  analytics: { en: 'Analytics', fr: 'Analyses|Statistiques', nl: 'Analyse|Analyses', de: 'Analysen' },
  about: { en: 'About', fr: 'Infos|À propos', nl: 'Info|Over', de: 'Info' },
  featured: { en: 'Featured', fr: 'Sélection|Contenu sélectionné', nl: 'Uitgelicht', de: 'Im Fokus|Empfohlen' },
  activity: { en: 'Activity', fr: 'Activité', nl: 'Activiteit', de: 'Aktivität' },
  experience: { en: 'Experience', fr: 'Expérience', nl: 'Ervaring', de: 'Berufserfahrung|Erfahrung' },
  education: { en: 'Education', fr: 'Formation', nl: 'Opleiding', de: 'Ausbildung' },
  skills: {
    en: 'Skills|Skills & endorsements',
    fr: 'Compétences|Compétences et recommandations',
    nl: 'Vaardigheden|Vaardigheden en onderschrijvingen',
    de: 'Kenntnisse',
  },
  languages: { en: 'Languages', fr: 'Langues', nl: 'Talen', de: 'Sprachen' },
  interests: { en: 'Interests', fr: 'Centres d’intérêt', nl: 'Interesses', de: 'Interessen' },
};

export const LABELS = {
  /** The word after a connections count: "500+ connections" (profile), "1,284 connections" (connections list). */
  connections: {
    en: 'connections|connection',
    fr: 'relations|relation',
    nl: 'connecties|connectie|contacten',
    de: 'Kontakte|Kontakt',
  },
  /** The word after the followers count: "1,284 followers", "1.234 Follower", "1.234 Follower:innen". */
  followers: {
    en: 'followers|follower',
    fr: 'abonnés|abonné',
    nl: 'volgers|volger',
    de: 'Follower|Follower:innen',
  },
  /** The open end of a current role's date range: "Mar 2021 - Present", "Jan. 2022 – Heute". */
  present: { en: 'Present', fr: 'aujourd’hui', nl: 'heden', de: 'heute' },
  /** aria-labels or texts of controls that only the profile's owner sees in the top card. */
  ownerControls: {
    en: 'Edit intro|Add profile section|Add section|Open to|Enhance profile|Edit background',
    fr:
      'Modifier l’intro|Ajouter une section au profil|Ajouter une section|Disponible pour|Améliorer le profil|' +
      'Modifier l’arrière-plan',
    nl: 'Intro bewerken|Profielsectie toevoegen|Sectie toevoegen|Open voor|Profiel verbeteren|Achtergrondfoto bewerken',
    de: 'Intro bearbeiten|Profilbereich hinzufügen|Abschnitt hinzufügen|Offen für',
  },
  /**
   * The heading of the "Open to work" card. LinkedIn keeps the English phrase on some pages in other languages: en's
   * entry covers them, as every language's entries are matched on every page.
   */
  openToWork: {
    en: 'Open to work',
    fr: 'En recherche d’emploi|Disponible pour travailler',
    nl: 'Open voor werk',
    de: 'Offen für Jobangebote',
  },
  /** The heading of the websites part of the contact-info overlay. */
  websites: { en: 'Website|Websites', fr: 'Site web|Sites web', nl: 'Website|Websites', de: 'Website|Websites' },
  /** The received tab of the invitation manager, as in "Received (27)". */
  received: { en: 'Received', fr: 'Reçues|Reçue', nl: 'Ontvangen', de: 'Erhalten' },
  /** The sent tab, as in "Sent (12)". */
  sent: { en: 'Sent', fr: 'Envoyées|Envoyée', nl: 'Verzonden', de: 'Gesendet' },
  /** The filter pill for people (the 2025 layout: "People (27)"), on either tab. */
  people: { en: 'People', fr: 'Personnes', nl: 'Personen|Mensen', de: 'Personen' },
  /** The control that expands a clipped message. */
  seeMore: {
    en: 'See more|more|Show more',
    fr: 'Voir plus|plus|Afficher plus',
    nl: 'Meer weergeven|meer|Toon meer',
    de: 'Mehr anzeigen|mehr',
  },
  /** The empty state of the invitation list. */
  noInvitations: {
    en: 'No pending invitations|No sent invitations|You have no pending invitations',
    fr: 'Aucune invitation en attente|Aucune invitation envoyée',
    nl: 'Geen openstaande uitnodigingen|Geen verzonden uitnodigingen',
    de: 'Keine ausstehenden Einladungen|Keine gesendeten Einladungen',
  },
  /**
   * Words before a sent invitation's age: "Sent 3 months ago", "Gesendet vor 2 Wochen". A connection's ("Connected
   * 2 weeks ago") are the `connected` prefixes below; AGE_LINE takes both.
   */
  agePrefixes: {
    en: 'Sent',
    fr: 'Envoyée|Envoyé',
    nl: 'Verzonden',
    de: 'Gesendet',
  },
  /** The prefix only a connection's card carries: "Connected 2 weeks ago". */
  connected: { en: 'Connected', fr: 'Connecté(e)|Connectée|Connecté', nl: 'Verbonden', de: 'Vernetzt' },
  /** Employment types printed after the company, or alone on a group's second line ("Brightwave Systems · Full-time"). */
  employmentTypes: {
    en: 'Full-time|Part-time|Contract|Internship|Apprenticeship|Seasonal',
    fr: 'CDI|CDD|Temps plein|Temps partiel|Stage|Alternance|Intérim',
    nl: 'Fulltime|Parttime|Tijdelijk|Seizoenswerk|Stage',
    de: 'Vollzeit|Teilzeit|Praktikum|Befristet',
  },
  /** The self-employed types, which may also be the whole company line of a job without an employer. */
  selfEmployed: {
    en: 'Self-employed|Freelance',
    fr: 'Indépendant|Freelance',
    nl: 'Zelfstandige|Freelance',
    de: 'Selbstständig|Freiberuflich',
  },
} as const satisfies Record<string, Words>;

/**
 * A whole line that is an age, after the optional prefix (a pattern; `\\p{L}+` is the unit word): "2 weeks ago",
 * "il y a 3 mois", "1 jaar geleden", "vor 2 Wochen". Anchored on purpose: see AGE_LINE.
 */
export const AGE_LINES: PerLanguage<string> = {
  en: 'today|yesterday|just now|(?:\\d+|an?|one)\\s+\\p{L}+\\s+ago',
  fr: "aujourd[’']hui|hier|il y a\\s+(?:\\d+|une?)\\s+\\p{L}+",
  nl: 'vandaag|gisteren|(?:\\d+|een)\\s+\\p{L}+\\s+geleden',
  de: 'heute|gestern|vor\\s+(?:\\d+|einer?m?)\\s+\\p{L}+(?:\\s+gesendet)?',
};

/** Pieces of patterns for an experience or skill entry's lines (the workplace is matched folded, the rest as printed). */
export const ENTRY_PATTERNS = {
  /** "Senior Data Engineer at Nordlicht Analytics" under a skill. */
  at: { en: 'at', fr: 'chez', nl: 'bij', de: 'bei' },
  /** Other lines under a skill's name: "23 endorsements", "2 experiences across …", "Bestätigt von …". */
  skillContext: {
    en: 'endorse|experiences? (?:at|across)',
    fr: 'recommand|expériences?',
    nl: 'onderschrijving|aanbevel',
    de: 'bestätig|empfehl|erfahrung',
  },
  /** Units of a duration: "3 yrs 4 mos", "5 ans 10 mois", "8 jaar 10 mnd", "3 J. 4 Mon.". */
  duration: { en: 'yrs?|mos?|years?|months?', fr: 'ans?|mois', nl: 'jaar|jaren|mnd|maanden?', de: 'j|jahre?n?|mon|monate?n?' },
  /** The workplace after a location: "Berlin, Germany · Hybrid", "Lyon · Sur site", "Köln · Vor Ort". */
  workplace: {
    en: 'hybrid|remote|on-site',
    fr: 'hybride|sur site|a distance',
    nl: 'hybride|op afstand|op locatie',
    de: 'hybrid|remote|vor ort',
  },
} as const satisfies Record<string, Words>;

/** Every language's pattern pieces for `key`, as one alternation. */
const pieces = (key: keyof typeof ENTRY_PATTERNS) => LANGUAGES.map((language) => ENTRY_PATTERNS[key][language]).join('|');

/** "3 yrs 4 mos", "5 ans 10 mois", "8 jaar 10 mnd", "3 J. 4 Mon.": a duration, never a title or a company. */
export const DURATION = new RegExp(`\\b\\d+\\s*(?:${pieces('duration')})\\b`, 'i');

/** "Berlin, Germany · Hybrid", "Lyon · Sur site", "Utrecht, Nederland · Op afstand": a location line (folded). */
export const WORKPLACE = new RegExp(`·\\s*(?:${pieces('workplace')})$`);

/** Lines under a skill's name: "23 endorsements", "Endorsed by …", "Senior Data Engineer at Nordlicht Analytics". */
export const SKILL_CONTEXT = new RegExp(`^\\d|${pieces('skillContext')}|\\s(?:${pieces('at')})\\s`, 'i');

/**
 * aria-labels or texts of controls that only a visitor sees in the top card (connect, message, follow): a pattern
 * per language, alternatives separated by "|", matched whole.
 */
export const VISITOR_CONTROLS: PerLanguage<string> = {
  en: 'Invite .+ to connect|Connect with .+|Connect|Message( .+)?|Follow( .+)?|Pending',
  fr: 'Invitez .+ à rejoindre votre réseau|Inviter .+ à rejoindre votre réseau|Se connecter|Envoyer un message( à .+)?|Suivre( .+)?|En attente',
  nl: 'Nodig .+ uit om te connecten|Connectie maken|Bericht( .+)?|Volgen|Volg .+|In behandeling',
  de: 'Laden Sie .+ ein, sich mit Ihnen zu vernetzen|Vernetzen|Nachricht( an .+)?|(.+ )?Folgen|Ausstehend',
};

/**
 * aria-labels of the buttons that only an invitation card carries, a pattern per language matched whole: each
 * alternative captures the person's name in its one group. `’` stands for a straight or typographic apostrophe.
 */
export const ACTIONS: PerLanguage<string> = {
  en:
    'Accept (.+?)’s? invitation|Ignore (.+?)’s? invitation|Ignore an invitation from (.+)|' +
    'Withdraw invitation sent to (.+)|Withdraw (.+?)’s? invitation',
  fr: 'Accepter l’invitation (?:de |d’)(.+)|Ignorer l’invitation (?:de |d’)(.+)|Retirer l’invitation envoyée à (.+)',
  nl: 'Uitnodiging van (.+) accepteren|Uitnodiging van (.+) negeren|Uitnodiging (?:aan|voor) (.+) intrekken',
  de: 'Einladung von (.+) annehmen|Einladung von (.+) ignorieren|Einladung an (.+) zurückziehen',
};

/** One language's pattern, matched whole and without case. */
const whole = (pattern: string) => new RegExp(`^(?:${pattern.replace(/’/g, "[’']")})$`, 'i');
const VISITOR_PATTERN = whole(Object.values(VISITOR_CONTROLS).join('|'));
const ACTION_PATTERNS = LANGUAGES.map((language) => whole(ACTIONS[language]));

/** Every language's entries for one key: pages are matched against all of them, so a wrong `<html lang>` is harmless. */
function allWords(key: keyof typeof LABELS): string[] {
  return LANGUAGES.flatMap((language) => LABELS[key][language].split('|'));
}

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

const SECTION_BY_HEADING = new Map<string, { kind: SectionKind; language: LinkedInLanguage }>();
for (const language of LANGUAGES) {
  for (const [kind, headings] of Object.entries(SECTION_HEADINGS)) {
    for (const heading of headings[language].split('|')) {
      const key = foldLabel(heading);
      // First language wins a shared heading ("Analyses", "Info"), which only matters for language detection.
      if (!SECTION_BY_HEADING.has(key)) SECTION_BY_HEADING.set(key, { kind: kind as SectionKind, language });
    }
  }
}

/** The card a heading names, in any of our languages, with the language it is written in. */
export function sectionOfHeading(heading: string): { kind: SectionKind; language: LinkedInLanguage } | undefined {
  return SECTION_BY_HEADING.get(foldLabel(heading));
}

/** A whole text that is a count and its word ("500+ connections", "12.5K followers"), folded. */
const countText = (key: 'connections' | 'followers') =>
  new RegExp(
    `^\\d[\\d.,\\s]*(?:k|m|mln)?\\+?\\s*(?:${allWords(key)
      .map((word) => escapeRegExp(foldLabel(word)))
      .join('|')})$`,
  );

/** "500+ connections", "87 connections", "500+ relations", "1.024 connecties": the whole text, nothing else. */
export const CONNECTIONS_TEXT = countText('connections');

/** "1,284 followers", "3 210 abonnés", "1.024 volgers", "12.5K followers": the whole text, nothing else. */
export const FOLLOWERS_TEXT = countText('followers');

const PRESENT = new RegExp(`^(?:${allWords('present').map(foldLabel).map(escapeRegExp).join('|')})\\b`);
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
  if (PRESENT.test(end)) return true;
  return YEAR.test(end) ? false : undefined;
}

/** A set of every language's entries for `key`, folded. */
const foldedSet = (key: keyof typeof LABELS) => new Set(allWords(key).map(foldLabel));

const OWNER_CONTROLS = foldedSet('ownerControls');
const OPEN_TO_WORK = foldedSet('openToWork');
const WEBSITES = foldedSet('websites');

/** Self-employment types, folded: "Freelance", "Indépendant", "Freiberuflich". */
export const SELF_EMPLOYED = foldedSet('selfEmployed');

/** Employment types, folded, the self-employed ones included: "Full-time", "CDI", "Indépendant". */
export const EMPLOYMENT_TYPES = new Set([...foldedSet('employmentTypes'), ...SELF_EMPLOYED]);

/** A control label ("Edit intro", "Intro bewerken") that only the profile's owner sees. */
export function isOwnerControl(label: string): boolean {
  // Owner controls are short; a long label ("Invite Ada Vermeulen to connect") is never one, so skip folding it.
  return label.length <= 40 && OWNER_CONTROLS.has(foldLabel(label));
}

/** A control label ("Invite Ada to connect", "Se connecter", "Bericht") that only a visitor sees. */
export function isVisitorControl(label: string): boolean {
  return VISITOR_PATTERN.test(label.replace(/\s+/g, ' ').trim());
}

/** The heading of the "Open to work" card (not the "Show recruiters you're open to work" prompt). */
export function isOpenToWorkHeading(text: string): boolean {
  return OPEN_TO_WORK.has(foldLabel(text));
}

/** The heading of the websites part of the contact-info overlay. */
export function isWebsitesHeading(text: string): boolean {
  return WEBSITES.has(foldLabel(text));
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
  return LANGUAGES[ACTION_PATTERNS.findIndex((re) => re.test(label))] ?? null;
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
function tabCount(key: 'received' | 'sent' | 'people'): RegExp {
  return new RegExp(`^(?:${alternation(key)})\\s*\\(\\s*(\\d[\\d\\s.,]*)\\)$`, 'iu');
}

export const RECEIVED_COUNT = tabCount('received');
export const SENT_COUNT = tabCount('sent');
export const PEOPLE_COUNT = tabCount('people');

/** A line that starts like a connection's age: "Connected …", "Connecté(e) …", "Verbonden …". */
export const CONNECTED_PREFIX = new RegExp(`^(?:${alternation('connected')})\\s`, 'iu');

/** The connections total: "1,284 connections", "1 284 relations", "1.284 connecties". Group 1 is the count. */
export const CONNECTIONS_COUNT = new RegExp(`^(\\d[\\d\\s.,]*)\\s*(?:${alternation('connections')})$`, 'iu');

/**
 * A line that is only an age, with an optional prefix: "2 weeks ago", "Sent 3 months ago", "Yesterday",
 * "Connecté(e) il y a 3 mois", "Verzonden 1 jaar geleden". Anchored on purpose: parseAgeDays finds an age
 * anywhere ("Ik werk hier" would read as yesterday), so a line must look like an age before it is parsed.
 */
export const AGE_LINE = new RegExp(
  `^(?:(?:${alternation('agePrefixes', 'connected')})\\s+)?(?:${Object.values(AGE_LINES).join('|')})$`,
  'iu',
);

/** Leading "…" or "..." before a label ("…see more"), dropped before comparing. */
const LEADING_ELLIPSIS = /^(?:…|\.\.\.)\s*/;
const SEE_MORE = new Set(allWords('seeMore').map((label) => label.replace(LEADING_ELLIPSIS, '').toLowerCase()));

/** LinkedIn's truncation control at the end of a text, should it lose its button: "…see more", "… meer". */
export const SEE_MORE_TAIL = new RegExp(`\\s*…\\s*(?:${alternation('seeMore')})$`, 'i');

/** The control that expands a clipped message ("…see more", "… voir plus", "Meer weergeven"). */
export function isSeeMoreLabel(text: string): boolean {
  return SEE_MORE.has(text.trim().replace(LEADING_ELLIPSIS, '').toLowerCase());
}

const NO_INVITATIONS = new Set(allWords('noInvitations').map((label) => label.toLowerCase()));

/** The empty state of the invitation list, in any of our languages. */
export function isNoInvitationsLabel(text: string): boolean {
  return NO_INVITATIONS.has(text.trim().toLowerCase().replace(/[.!]$/, ''));
}

/** The person's name in an Accept/Ignore/Withdraw aria-label, or null when the label is not one of those. */
export function nameFromAction(label: string): string | null {
  for (const re of ACTION_PATTERNS) {
    const name = re.exec(label)?.slice(1).find(Boolean)?.trim();
    if (name) return name;
  }
  return null;
}
