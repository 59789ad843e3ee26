/**
 * @file LinkedIn's phrase book: the words LinkedIn prints in each language of LANGUAGES (the profile's card headings,
 * count words, "Present" and the top-card controls that tell the owner's view from a visitor's; the network pages'
 * tabs, button aria-labels, age prefixes and empty states). Plain data, no code: the readers' matchers are built
 * from it in src/extract/linkedin/phrases.ts. It lives in the contract because it travels: the LinkedIn content
 * script does not carry it (its 15 KB budget), the popup sends it with every request (src/content/serve.ts), and
 * everything else (command line, tests, benchmark) sets it at import through src/extract/linkedin/labels.ts.
 */
import type { PerLanguage } from '../languages';

/** One entry per language; a language's alternatives are separated by "|". */
export type Words = PerLanguage<string>;

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
 * "il y a 3 mois", "1 jaar geleden", "vor 2 Wochen". Anchored on purpose: see `ageLine()` in src/extract/linkedin/phrases.ts.
 */
export const AGE_LINES: Words = {
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

/**
 * aria-labels or texts of controls that only a visitor sees in the top card (connect, message, follow): a pattern
 * per language, alternatives separated by "|", matched whole.
 */
export const VISITOR_CONTROLS: Words = {
  en: 'Invite .+ to connect|Connect with .+|Connect|Message( .+)?|Follow( .+)?|Pending',
  fr: 'Invitez .+ à rejoindre votre réseau|Inviter .+ à rejoindre votre réseau|Se connecter|Envoyer un message( à .+)?|Suivre( .+)?|En attente',
  nl: 'Nodig .+ uit om te connecten|Connectie maken|Bericht( .+)?|Volgen|Volg .+|In behandeling',
  de: 'Laden Sie .+ ein, sich mit Ihnen zu vernetzen|Vernetzen|Nachricht( an .+)?|(.+ )?Folgen|Ausstehend',
};

/**
 * aria-labels of the buttons that only an invitation card carries, a pattern per language matched whole: each
 * alternative captures the person's name in its one group. `’` stands for a straight or typographic apostrophe.
 */
export const ACTIONS: Words = {
  en:
    'Accept (.+?)’s? invitation|Ignore (.+?)’s? invitation|Ignore an invitation from (.+)|' +
    'Withdraw invitation sent to (.+)|Withdraw (.+?)’s? invitation',
  fr: 'Accepter l’invitation (?:de |d’)(.+)|Ignorer l’invitation (?:de |d’)(.+)|Retirer l’invitation envoyée à (.+)',
  nl: 'Uitnodiging van (.+) accepteren|Uitnodiging van (.+) negeren|Uitnodiging (?:aan|voor) (.+) intrekken',
  de: 'Einladung von (.+) annehmen|Einladung von (.+) ignorieren|Einladung an (.+) zurückziehen',
};

/** The whole phrase book, in the shape the content script checks (src/extract/linkedin/phrases.ts) and reads. */
export interface LinkedInWords {
  readonly sections: Readonly<Record<SectionKind, Words>>;
  readonly labels: { readonly [Key in keyof typeof LABELS]: Words };
  readonly entries: { readonly [Key in keyof typeof ENTRY_PATTERNS]: Words };
  readonly ageLines: Words;
  readonly visitorControls: Words;
  readonly actions: Words;
}

export const LINKEDIN_WORDS: LinkedInWords = {
  sections: SECTION_HEADINGS,
  labels: LABELS,
  entries: ENTRY_PATTERNS,
  ageLines: AGE_LINES,
  visitorControls: VISITOR_CONTROLS,
  actions: ACTIONS,
};
