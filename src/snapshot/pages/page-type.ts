/**
 * @file Decides which kind of page a URL is, with pure predicates (github-url-detection style): the page types,
 * and every site's predicates together for the popup and the command-line audit. The predicates live with their
 * site (linkedin.ts, x.ts), so that a content script carries only its own site's.
 * It reads only the URL it is given, never `location`, and never looks at the DOM.
 */
import { parseUrl } from '../url';
import {
  isLinkedInConnections,
  isLinkedInInvitationsReceived,
  isLinkedInInvitationsSent,
  isLinkedInProfile,
} from './linkedin';
import { isXFollowing, isXProfile } from './x';

export const PAGE_TYPES = [
  'linkedin-profile',
  'linkedin-invitations-received',
  'linkedin-invitations-sent',
  'linkedin-connections',
  'x-profile',
  'x-following',
  'unsupported',
] as const;

export type PageType = (typeof PAGE_TYPES)[number];

export type SupportedPageType = Exclude<PageType, 'unsupported'>;

export type Site = 'linkedin' | 'x';

/** What to show on the page: a snapshot field ("headline"), or an evidence item's profile link (a list's card). */
export type ShowTarget = { field: string; url?: never } | { url: string; field?: never };

/**
 * What a page's locator can show ("Show on page"), as its reader declares it from the locator's own tables: these
 * snapshot fields, and on a list page each evidence item of the `links` field, by its profile link. The content
 * script sends it with each report, so the popup offers a button exactly where the page can answer it.
 */
export interface Shows {
  fields?: readonly string[];
  links?: string;
}

/** A pure test of a URL. Its examples live in examples.ts, outside the shipped code. */
export type Predicate = (url: URL) => boolean;

/** Each supported page type with its predicate, in the order they are tried. */
export const PAGE_PREDICATES: Readonly<Record<SupportedPageType, Predicate>> = {
  'linkedin-profile': isLinkedInProfile,
  'linkedin-invitations-received': isLinkedInInvitationsReceived,
  'linkedin-invitations-sent': isLinkedInInvitationsSent,
  'linkedin-connections': isLinkedInConnections,
  'x-profile': isXProfile,
  'x-following': isXFollowing,
};

/** The URL to test, or undefined when it does not parse. */
export function parsePageUrl(url: string | URL): URL | undefined {
  return url instanceof URL ? url : parseUrl(url);
}

export function pageTypeOf(url: string | URL): PageType {
  const parsed = parsePageUrl(url);
  if (!parsed) return 'unsupported';
  for (const [type, test] of Object.entries(PAGE_PREDICATES)) {
    if (test(parsed)) return type as PageType;
  }
  return 'unsupported';
}

export function siteOf(type: PageType): Site | undefined {
  if (type.startsWith('linkedin-')) return 'linkedin';
  if (type.startsWith('x-')) return 'x';
  return undefined;
}
