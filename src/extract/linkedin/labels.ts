/**
 * @file The words LinkedIn prints in English, French and Dutch, in one phrase book: the profile's card headings,
 * count words, "Present" and the top-card controls that tell the owner's view from a visitor's; the network pages'
 * tabs, button aria-labels, age prefixes and empty states. Data and tiny matchers only; no DOM access.
 */

export type LinkedInLanguage = 'en' | 'fr' | 'nl';

/** The order of every row of the phrase book. */
export const LINKEDIN_LANGUAGES: readonly LinkedInLanguage[] = ['en', 'fr', 'nl'];

/** One entry per language (English, French, Dutch); a language's alternatives are separated by "|". */
type Words = readonly [en: string, fr: string, nl: string];

/** The profile cards a reader may need, plus those whose presence proves the page loaded past a missing one. */
export type SectionKind =
  | 'analytics'
  | 'about'
  | 'featured'
  | 'activity'
  | 'experience'
  | 'education'
  | 'licenses'
  | 'volunteering'
  | 'skills'
  | 'recommendations'
  | 'projects'
  | 'languages'
  | 'interests';

/** Card headings (`h2`), as printed. */
const SECTION_HEADINGS: Readonly<Record<SectionKind, Words>> = {
  analytics: ['Analytics', 'Analyses|Statistiques', 'Analyse|Analyses'],
  about: ['About', 'Infos|À propos', 'Info|Over'],
  featured: ['Featured', 'Sélection|Contenu sélectionné', 'Uitgelicht'],
  activity: ['Activity', 'Activité', 'Activiteit'],
  experience: ['Experience', 'Expérience', 'Ervaring'],
  education: ['Education', 'Formation', 'Opleiding'],
  licenses: [
    'Licenses & certifications|Licences & certifications',
    'Licences et certifications',
    'Licenties en certificaten',
  ],
  volunteering: ['Volunteering|Volunteer experience', 'Bénévolat|Expérience de bénévolat', 'Vrijwilligerswerk'],
  skills: [
    'Skills|Skills & endorsements',
    'Compétences|Compétences et recommandations',
    'Vaardigheden|Vaardigheden en onderschrijvingen',
  ],
  recommendations: ['Recommendations', 'Recommandations', 'Aanbevelingen'],
  projects: ['Projects', 'Projets', 'Projecten'],
  languages: ['Languages', 'Langues', 'Talen'],
  interests: ['Interests', 'Centres d’intérêt', 'Interesses'],
};

const LABELS = {
  /** The word after a connections count: "500+ connections" (profile), "1,284 connections" (connections list). */
  connections: ['connections|connection', 'relations|relation', 'connecties|connectie|contacten'],
  /** The word after the followers count: "1,284 followers". */
  followers: ['followers|follower', 'abonnés|abonné', 'volgers|volger'],
  /** The open end of a current role's date range: "Mar 2021 - Present". */
  present: ['Present', 'aujourd’hui', 'heden'],
  /** aria-labels or texts of controls that only the profile's owner sees in the top card. */
  ownerControls: [
    'Edit intro|Add profile section|Add section|Open to|Enhance profile|Edit background',
    'Modifier l’intro|Ajouter une section au profil|Ajouter une section|Disponible pour|Améliorer le profil|' +
      'Modifier l’arrière-plan',
    'Intro bewerken|Profielsectie toevoegen|Sectie toevoegen|Open voor|Profiel verbeteren|Achtergrondfoto bewerken',
  ],
  /** The heading of the "Open to work" card; LinkedIn keeps the English phrase on some French and Dutch pages. */
  openToWork: [
    'Open to work',
    'En recherche d’emploi|Disponible pour travailler|Open to work',
    'Open voor werk|Open to work',
  ],
  /** The heading of the websites part of the contact-info overlay. */
  websites: ['Website|Websites', 'Site web|Sites web', 'Website|Websites'],
  /** The received tab of the invitation manager, as in "Received (27)". */
  received: ['Received', 'Reçues|Reçue', 'Ontvangen'],
  /** The sent tab, as in "Sent (12)". */
  sent: ['Sent', 'Envoyées|Envoyée', 'Verzonden'],
  /** The filter pill for people (the 2025 layout: "People (27)"), on either tab. */
  people: ['People', 'Personnes', 'Personen|Mensen'],
  /** The control that expands a clipped message. */
  seeMore: ['See more|more|Show more', 'Voir plus|plus|Afficher plus', 'Meer weergeven|meer|Toon meer'],
  /** The empty state of the invitation list. */
  noInvitations: [
    'No pending invitations|No sent invitations|You have no pending invitations',
    'Aucune invitation en attente|Aucune invitation envoyée',
    'Geen openstaande uitnodigingen|Geen verzonden uitnodigingen',
  ],
  /** Words before an age: "Sent 3 months ago", "Connected 2 weeks ago". */
  agePrefixes: ['Sent|Connected', 'Envoyée|Envoyé|Connecté(e)|Connectée|Connecté', 'Verzonden|Verbonden'],
  /** The prefix only a connection's card carries: "Connected 2 weeks ago". */
  connected: ['Connected', 'Connecté(e)|Connectée|Connecté', 'Verbonden'],
} as const satisfies Record<string, Words>;

/** Straight or typographic apostrophe: LinkedIn prints ’ in French and in English possessives. */
const APOS = "[’']";

/** aria-labels or texts of controls that only a visitor sees in the top card (connect, message, follow). */
const VISITOR_CONTROLS: readonly (readonly RegExp[])[] = [
  [/^Invite .+ to connect$/i, /^Connect with .+$/i, /^Connect$/i, /^Message( .+)?$/i, /^Follow( .+)?$/i, /^Pending$/i],
  [
    /^Invitez .+ à rejoindre votre réseau$/i,
    /^Inviter .+ à rejoindre votre réseau$/i,
    /^Se connecter$/i,
    /^Envoyer un message( à .+)?$/i,
    /^Suivre( .+)?$/i,
    /^En attente$/i,
  ],
  [
    /^Nodig .+ uit om te connecten$/i,
    /^Connectie maken$/i,
    /^Bericht( .+)?$/i,
    /^Volgen$/i,
    /^Volg .+$/i,
    /^In behandeling$/i,
  ],
];

/** aria-labels of the buttons that only an invitation card carries; group 1 is the person's name. */
const ACTIONS: readonly (readonly RegExp[])[] = [
  [
    new RegExp(`^Accept (.+?)${APOS}s? invitation$`, 'i'),
    new RegExp(`^Ignore (.+?)${APOS}s? invitation$`, 'i'),
    /^Ignore an invitation from (.+)$/i,
    /^Withdraw invitation sent to (.+)$/i,
    new RegExp(`^Withdraw (.+?)${APOS}s? invitation$`, 'i'),
  ],
  [
    new RegExp(`^Accepter l${APOS}invitation (?:de |d${APOS})(.+)$`, 'i'),
    new RegExp(`^Ignorer l${APOS}invitation (?:de |d${APOS})(.+)$`, 'i'),
    new RegExp(`^Retirer l${APOS}invitation envoyée à (.+)$`, 'i'),
  ],
  [
    /^Uitnodiging van (.+) accepteren$/i,
    /^Uitnodiging van (.+) negeren$/i,
    /^Uitnodiging aan (.+) intrekken$/i,
    /^Uitnodiging voor (.+) intrekken$/i,
  ],
];

/** One language's entries of a row. */
const wordsOf = (row: Words, language: number): string[] => row[language]?.split('|') ?? [];

/** Every language's entries for one key: pages are matched against all three, so a wrong `<html lang>` is harmless. */
function allWords(key: keyof typeof LABELS): string[] {
  return LINKEDIN_LANGUAGES.flatMap((_, language) => wordsOf(LABELS[key], language));
}

/**
 * Lower case, accents stripped, typographic apostrophes and no-break spaces made plain, so "Centres d’intérêt",
 * "centres d'interet" and "CENTRES D’INTÉRÊT" compare equal.
 */
export function foldLabel(text: string): string {
  // Plain ASCII needs no Unicode normalisation (the common case, and NFD is not free).
  const decomposed = /^[\x20-\x7E]*$/.test(text) ? text : text.normalize('NFD');
  return decomposed
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Escapes a label for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------------------------------------------

const SECTION_BY_HEADING = new Map<string, { kind: SectionKind; language: LinkedInLanguage }>();
LINKEDIN_LANGUAGES.forEach((language, index) => {
  for (const [kind, headings] of Object.entries(SECTION_HEADINGS)) {
    for (const heading of wordsOf(headings, index)) {
      const key = foldLabel(heading);
      // First language wins a shared heading ("Analyses"), which only matters for language detection.
      if (!SECTION_BY_HEADING.has(key)) SECTION_BY_HEADING.set(key, { kind: kind as SectionKind, language });
    }
  }
});

/** The card a heading names, in any of the three languages, with the language it is written in. */
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
const VISITOR_PATTERNS = VISITOR_CONTROLS.flat();
const OPEN_TO_WORK = foldedSet('openToWork');
const WEBSITES = foldedSet('websites');

/** A control label ("Edit intro", "Intro bewerken") that only the profile's owner sees. */
export function isOwnerControl(label: string): boolean {
  // Owner controls are short; a long label ("Invite Ada Vermeulen to connect") is never one, so skip folding it.
  return label.length <= 40 && OWNER_CONTROLS.has(foldLabel(label));
}

/** A control label ("Invite Ada to connect", "Se connecter", "Bericht") that only a visitor sees. */
export function isVisitorControl(label: string): boolean {
  const text = label.replace(/\s+/g, ' ').trim();
  return VISITOR_PATTERNS.some((pattern) => pattern.test(text));
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
  return LINKEDIN_LANGUAGES.find((language) => language === base) ?? null;
}

/** The language whose action aria-labels match `label`, to tell the language when `<html lang>` says nothing. */
export function languageOfAction(label: string): LinkedInLanguage | null {
  const index = ACTIONS.findIndex((patterns) => patterns.some((re) => re.test(label)));
  return LINKEDIN_LANGUAGES[index] ?? null;
}

/** One alternation of every language's entries for `key`, longest first, escaped. */
function alternation(key: 'received' | 'sent' | 'people' | 'agePrefixes' | 'connected' | 'connections'): string {
  return allWords(key)
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
  `^(?:(?:${alternation('agePrefixes')})\\s+)?(?:today|yesterday|just now|aujourd[’']hui|hier|gisteren|vandaag|` +
    `(?:\\d+|an?|one)\\s+\\p{L}+\\s+ago|il y a\\s+(?:\\d+|une?)\\s+\\p{L}+|(?:\\d+|een)\\s+\\p{L}+\\s+geleden)$`,
  'iu',
);

/** Leading "…" or "..." before a label ("…see more"), dropped before comparing. */
const LEADING_ELLIPSIS = /^(?:…|\.\.\.)\s*/;
const SEE_MORE = new Set(allWords('seeMore').map((label) => label.replace(LEADING_ELLIPSIS, '').toLowerCase()));

/** The control that expands a clipped message ("…see more", "… voir plus", "Meer weergeven"). */
export function isSeeMoreLabel(text: string): boolean {
  return SEE_MORE.has(text.trim().replace(LEADING_ELLIPSIS, '').toLowerCase());
}

const NO_INVITATIONS = new Set(allWords('noInvitations').map((label) => label.toLowerCase()));

/** The empty state of the invitation list, in any of our languages. */
export function isNoInvitationsLabel(text: string): boolean {
  return NO_INVITATIONS.has(text.trim().toLowerCase().replace(/[.!]$/, ''));
}

const ACTION_PATTERNS = ACTIONS.flat();

/** The person's name in an Accept/Ignore/Withdraw aria-label, or null when the label is not one of those. */
export function nameFromAction(label: string): string | null {
  for (const re of ACTION_PATTERNS) {
    const name = re.exec(label)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}
