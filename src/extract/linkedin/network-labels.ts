/**
 * @file The words LinkedIn's network pages (invitation manager, connections list) print in English, French and
 * Dutch: tab labels, button aria-labels, age prefixes, empty states. Data and tiny matchers only; no DOM access.
 * Profile headings live in labels.ts (another table).
 */

export type NetworkLanguage = 'en' | 'fr' | 'nl';

export interface NetworkLabels {
  /** The received tab, as in "Received (27)". */
  received: readonly string[];
  /** The sent tab, as in "Sent (12)". */
  sent: readonly string[];
  /** The filter pill for people (the 2025 layout: "People (27)"), on either tab. */
  people: readonly string[];
  /** aria-labels of the buttons that only an invitation card carries; group 1 is the person's name. */
  actions: readonly RegExp[];
  /** The control that expands a clipped message. */
  seeMore: readonly string[];
  /** The empty state of the invitation list. */
  noInvitations: readonly string[];
  /** Words before an age: "Sent 3 months ago", "Connected 2 weeks ago". */
  agePrefixes: readonly string[];
  /** The prefix only a connection's card carries: "Connected 2 weeks ago". */
  connected: readonly string[];
  /** The word after the connections total: "1,284 connections". */
  connections: readonly string[];
}

/** Straight or typographic apostrophe: LinkedIn prints ’ in French and in English possessives. */
const APOS = "[’']";

export const NETWORK_LABELS: Readonly<Record<NetworkLanguage, NetworkLabels>> = {
  en: {
    received: ['Received'],
    sent: ['Sent'],
    people: ['People'],
    actions: [
      new RegExp(`^Accept (.+?)${APOS}s? invitation$`, 'i'),
      new RegExp(`^Ignore (.+?)${APOS}s? invitation$`, 'i'),
      /^Ignore an invitation from (.+)$/i,
      /^Withdraw invitation sent to (.+)$/i,
      new RegExp(`^Withdraw (.+?)${APOS}s? invitation$`, 'i'),
    ],
    seeMore: ['See more', 'more', 'Show more'],
    noInvitations: ['No pending invitations', 'No sent invitations', 'You have no pending invitations'],
    agePrefixes: ['Sent', 'Connected'],
    connected: ['Connected'],
    connections: ['connections', 'connection'],
  },
  fr: {
    received: ['Reçues', 'Reçue'],
    sent: ['Envoyées', 'Envoyée'],
    people: ['Personnes'],
    actions: [
      new RegExp(`^Accepter l${APOS}invitation (?:de |d${APOS})(.+)$`, 'i'),
      new RegExp(`^Ignorer l${APOS}invitation (?:de |d${APOS})(.+)$`, 'i'),
      new RegExp(`^Retirer l${APOS}invitation envoyée à (.+)$`, 'i'),
    ],
    seeMore: ['Voir plus', 'plus', 'Afficher plus'],
    noInvitations: ['Aucune invitation en attente', 'Aucune invitation envoyée'],
    agePrefixes: ['Envoyée', 'Envoyé', 'Connecté(e)', 'Connectée', 'Connecté'],
    connected: ['Connecté(e)', 'Connectée', 'Connecté'],
    connections: ['relations', 'relation'],
  },
  nl: {
    received: ['Ontvangen'],
    sent: ['Verzonden'],
    people: ['Personen', 'Mensen'],
    actions: [
      /^Uitnodiging van (.+) accepteren$/i,
      /^Uitnodiging van (.+) negeren$/i,
      /^Uitnodiging aan (.+) intrekken$/i,
      /^Uitnodiging voor (.+) intrekken$/i,
    ],
    seeMore: ['Meer weergeven', 'meer', 'Toon meer'],
    noInvitations: ['Geen openstaande uitnodigingen', 'Geen verzonden uitnodigingen'],
    agePrefixes: ['Verzonden', 'Verbonden'],
    connected: ['Verbonden'],
    connections: ['connecties', 'connectie', 'contacten'],
  },
};

export const NETWORK_LANGUAGES = Object.keys(NETWORK_LABELS) as NetworkLanguage[];

/** Every language's entries for one key: pages are matched against all three, so a wrong `<html lang>` costs nothing. */
export function allLabels<K extends keyof NetworkLabels>(key: K): NetworkLabels[K][number][] {
  return NETWORK_LANGUAGES.flatMap((lang) => [...NETWORK_LABELS[lang][key]]) as NetworkLabels[K][number][];
}

/** The language named by `<html lang>` ("fr-FR", "nl_NL", "en"), or null when it is not one of ours. */
export function languageFromTag(tag: string | null | undefined): NetworkLanguage | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (NETWORK_LANGUAGES as string[]).includes(base) ? (base as NetworkLanguage) : null;
}

/** The language whose action aria-labels match `label`, to tell the language when `<html lang>` says nothing. */
export function languageOfAction(label: string): NetworkLanguage | null {
  for (const lang of NETWORK_LANGUAGES) {
    if (NETWORK_LABELS[lang].actions.some((re) => re.test(label))) return lang;
  }
  return null;
}

/** Escapes a label for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of every language's entries for `key`, escaped. */
function alternation(key: 'received' | 'sent' | 'people' | 'agePrefixes' | 'connected' | 'connections'): string {
  return allLabels(key)
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
const SEE_MORE = new Set(allLabels('seeMore').map((label) => label.replace(LEADING_ELLIPSIS, '').toLowerCase()));

/** The control that expands a clipped message ("…see more", "… voir plus", "Meer weergeven"). */
export function isSeeMoreLabel(text: string): boolean {
  return SEE_MORE.has(text.trim().replace(LEADING_ELLIPSIS, '').toLowerCase());
}

const NO_INVITATIONS = new Set(allLabels('noInvitations').map((label) => label.toLowerCase()));

/** The empty state of the invitation list, in any of our languages. */
export function isNoInvitationsLabel(text: string): boolean {
  return NO_INVITATIONS.has(text.trim().toLowerCase().replace(/[.!]$/, ''));
}

/** The person's name in an Accept/Ignore/Withdraw aria-label, or null when the label is not one of those. */
export function nameFromAction(label: string): string | null {
  for (const lang of NETWORK_LANGUAGES) {
    for (const re of NETWORK_LABELS[lang].actions) {
      const name = re.exec(label)?.[1]?.trim();
      if (name) return name;
    }
  }
  return null;
}
