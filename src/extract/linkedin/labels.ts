/**
 * @file The words LinkedIn's profile page prints in English, French and Dutch: section headings, count words,
 * "Present", and the labels of the top-card controls that tell the owner's view from a visitor's. Data and tiny
 * matchers only; no DOM access. Other LinkedIn readers may import from here.
 */
import { escapeRegExp } from './network-labels';

export type ProfileLanguage = 'en' | 'fr' | 'nl';

export const PROFILE_LANGUAGES: readonly ProfileLanguage[] = ['en', 'fr', 'nl'];

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

export interface ProfileLabels {
  /** Card headings (`h2`), as printed. */
  sections: Readonly<Record<SectionKind, readonly string[]>>;
  /** The word after the connections count: "500+ connections". */
  connections: readonly string[];
  /** The word after the followers count: "1,284 followers". */
  followers: readonly string[];
  /** The open end of a current role's date range: "Mar 2021 - Present". */
  present: readonly string[];
  /** aria-labels or texts of controls that only the profile's owner sees in the top card. */
  ownerControls: readonly string[];
  /** aria-labels or texts of controls that only a visitor sees in the top card (connect, message, follow). */
  visitorControls: readonly RegExp[];
  /** The heading of the "Open to work" card in someone's top card. */
  openToWork: readonly string[];
  /** The heading of the websites part of the contact-info overlay. */
  websites: readonly string[];
}

export const PROFILE_LABELS: Readonly<Record<ProfileLanguage, ProfileLabels>> = {
  en: {
    sections: {
      analytics: ['Analytics'],
      about: ['About'],
      featured: ['Featured'],
      activity: ['Activity'],
      experience: ['Experience'],
      education: ['Education'],
      licenses: ['Licenses & certifications', 'Licences & certifications'],
      volunteering: ['Volunteering', 'Volunteer experience'],
      skills: ['Skills', 'Skills & endorsements'],
      recommendations: ['Recommendations'],
      projects: ['Projects'],
      languages: ['Languages'],
      interests: ['Interests'],
    },
    connections: ['connections', 'connection'],
    followers: ['followers', 'follower'],
    present: ['Present'],
    ownerControls: [
      'Edit intro',
      'Add profile section',
      'Add section',
      'Open to',
      'Enhance profile',
      'Edit background',
    ],
    visitorControls: [
      /^Invite .+ to connect$/i,
      /^Connect with .+$/i,
      /^Connect$/i,
      /^Message( .+)?$/i,
      /^Follow( .+)?$/i,
      /^Pending$/i,
    ],
    openToWork: ['Open to work'],
    websites: ['Website', 'Websites'],
  },
  fr: {
    sections: {
      analytics: ['Analyses', 'Statistiques'],
      about: ['Infos', 'À propos'],
      featured: ['Sélection', 'Contenu sélectionné'],
      activity: ['Activité'],
      experience: ['Expérience'],
      education: ['Formation'],
      licenses: ['Licences et certifications'],
      volunteering: ['Bénévolat', 'Expérience de bénévolat'],
      skills: ['Compétences', 'Compétences et recommandations'],
      recommendations: ['Recommandations'],
      projects: ['Projets'],
      languages: ['Langues'],
      interests: ['Centres d’intérêt'],
    },
    connections: ['relations', 'relation'],
    followers: ['abonnés', 'abonné'],
    present: ['aujourd’hui'],
    ownerControls: [
      'Modifier l’intro',
      'Ajouter une section au profil',
      'Ajouter une section',
      'Disponible pour',
      'Améliorer le profil',
      'Modifier l’arrière-plan',
    ],
    visitorControls: [
      /^Invitez .+ à rejoindre votre réseau$/i,
      /^Inviter .+ à rejoindre votre réseau$/i,
      /^Se connecter$/i,
      /^Envoyer un message( à .+)?$/i,
      /^Suivre( .+)?$/i,
      /^En attente$/i,
    ],
    // LinkedIn keeps the English phrase on some French pages; both are accepted.
    openToWork: ['En recherche d’emploi', 'Disponible pour travailler', 'Open to work'],
    websites: ['Site web', 'Sites web'],
  },
  nl: {
    sections: {
      analytics: ['Analyse', 'Analyses'],
      about: ['Info', 'Over'],
      featured: ['Uitgelicht'],
      activity: ['Activiteit'],
      experience: ['Ervaring'],
      education: ['Opleiding'],
      licenses: ['Licenties en certificaten'],
      volunteering: ['Vrijwilligerswerk'],
      skills: ['Vaardigheden', 'Vaardigheden en onderschrijvingen'],
      recommendations: ['Aanbevelingen'],
      projects: ['Projecten'],
      languages: ['Talen'],
      interests: ['Interesses'],
    },
    connections: ['connecties', 'connectie'],
    followers: ['volgers', 'volger'],
    present: ['heden'],
    ownerControls: [
      'Intro bewerken',
      'Profielsectie toevoegen',
      'Sectie toevoegen',
      'Open voor',
      'Profiel verbeteren',
      'Achtergrondfoto bewerken',
    ],
    visitorControls: [
      /^Nodig .+ uit om te connecten$/i,
      /^Connectie maken$/i,
      /^Bericht( .+)?$/i,
      /^Volgen$/i,
      /^Volg .+$/i,
      /^In behandeling$/i,
    ],
    openToWork: ['Open voor werk', 'Open to work'],
    websites: ['Website', 'Websites'],
  },
};

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

const SECTION_BY_HEADING = new Map<string, { kind: SectionKind; language: ProfileLanguage }>();
for (const language of PROFILE_LANGUAGES) {
  for (const [kind, headings] of Object.entries(PROFILE_LABELS[language].sections)) {
    for (const heading of headings) {
      const key = foldLabel(heading);
      // First language wins a shared heading ("Website"), which only matters for language detection.
      if (!SECTION_BY_HEADING.has(key)) SECTION_BY_HEADING.set(key, { kind: kind as SectionKind, language });
    }
  }
}

/** The card a heading names, in any of the three languages, with the language it is written in. */
export function sectionOfHeading(heading: string): { kind: SectionKind; language: ProfileLanguage } | undefined {
  return SECTION_BY_HEADING.get(foldLabel(heading));
}

function all<K extends keyof ProfileLabels>(key: K): ProfileLabels[K][] {
  return PROFILE_LANGUAGES.map((language) => PROFILE_LABELS[language][key]);
}

const asPattern = (word: string) => escapeRegExp(foldLabel(word));

/** "500+ connections", "87 connections", "500+ relations", "1.024 connecties": the whole text, nothing else. */
export const CONNECTIONS_TEXT = new RegExp(
  `^\\d[\\d.,\\s]*(?:k|m|mln)?\\+?\\s*(?:${all('connections').flat().map(asPattern).join('|')})$`,
);

/** "1,284 followers", "3 210 abonnés", "1.024 volgers", "12.5K followers": the whole text, nothing else. */
export const FOLLOWERS_TEXT = new RegExp(
  `^\\d[\\d.,\\s]*(?:k|m|mln)?\\+?\\s*(?:${all('followers').flat().map(asPattern).join('|')})$`,
);

const PRESENT = new RegExp(`^(?:${all('present').flat().map(asPattern).join('|')})\\b`);
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

const OWNER_CONTROLS = new Set(all('ownerControls').flat().map(foldLabel));
const VISITOR_CONTROLS = all('visitorControls').flat();
const OPEN_TO_WORK = new Set(all('openToWork').flat().map(foldLabel));
const WEBSITES = new Set(all('websites').flat().map(foldLabel));

/** A control label ("Edit intro", "Intro bewerken") that only the profile's owner sees. */
export function isOwnerControl(label: string): boolean {
  // Owner controls are short; a long label ("Invite Ada Vermeulen to connect") is never one, so skip folding it.
  return label.length <= 40 && OWNER_CONTROLS.has(foldLabel(label));
}

/** A control label ("Invite Ada to connect", "Se connecter", "Bericht") that only a visitor sees. */
export function isVisitorControl(label: string): boolean {
  const text = label.replace(/\s+/g, ' ').trim();
  return VISITOR_CONTROLS.some((pattern) => pattern.test(text));
}

/** The heading of the "Open to work" card (not the "Show recruiters you're open to work" prompt). */
export function isOpenToWorkHeading(text: string): boolean {
  return OPEN_TO_WORK.has(foldLabel(text));
}

/** The heading of the websites part of the contact-info overlay. */
export function isWebsitesHeading(text: string): boolean {
  return WEBSITES.has(foldLabel(text));
}
