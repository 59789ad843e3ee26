/**
 * @file The one name of a page in everything the extension stores about it (marks, profile history): a LinkedIn
 * profile by its `/in/<slug>` (percent-decoded, lower case), an X profile by its handle (lower case), a list page by
 * what it is. The same profile reached through another address (a capital letter, a trailing slash, an overlay
 * route, `?miniProfileUrn=…` and other tracking parameters) gets the same key, and no query or fragment ever goes
 * into one. Pure string work, free of zod, so the popup, the options page and the background all import it.
 */
import { linkedInSlugOf } from './pages/linkedin';

/** What names a page: a snapshot, or anything shaped like one. */
export interface PageIdentity {
  site: 'linkedin' | 'x';
  pageType: string;
  url: string;
  /** Invitations: received or sent. */
  direction?: string;
}

/** A page address without its query and fragment (where tracking parameters live), or '' when it is not a URL. */
export function addressOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '';
  }
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Host (lower case) and path segments of an http(s) address, read without its query and fragment. */
function partsOf(url: string): { host: string; segments: string[] } | null {
  const match = /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(url);
  if (!match) return null;
  return { host: (match[1] as string).toLowerCase(), segments: (match[2] as string).split('/').filter(Boolean) };
}

const isLinkedIn = (host: string) => /(^|\.)linkedin\.com$/.test(host);
const isX = (host: string) => /^((www|mobile)\.)?(x|twitter)\.com$/.test(host);

/**
 * The key of the profile a URL shows (`linkedin:in/ada-vermeulen`, `x:@adavermeulen`), or null when the URL is not
 * a LinkedIn `/in/` address nor an X profile.
 */
export function profileKeyOfUrl(url: string): string | null {
  const parts = partsOf(url);
  if (!parts) return null;
  const [first] = parts.segments;
  if (isLinkedIn(parts.host)) {
    const slug = linkedInSlugOf(url);
    return slug ? `linkedin:in/${slug.toLowerCase()}` : null;
  }
  if (isX(parts.host) && first) return `x:@${decoded(first).replace(/^@/, '').toLowerCase()}`;
  return null;
}

/**
 * True for a key `pageKeyOf` gives a list page (`linkedin:invitations-received`, `linkedin:connections`,
 * `x:@handle/following`): pages that are always one's own, unlike a profile's key.
 */
export const isListPageKey = (key: string): boolean => /^linkedin:[a-z-]+$/.test(key) || /^x:@[^/]+\/following$/.test(key);

/** The key of a page. Never throws: the popup calls it before the background has validated the snapshot. */
export function pageKeyOf(page: PageIdentity): string {
  // An address no pattern recognises still gets a key, without its query: tracking parameters are never stored.
  const fallback = () => `${page.site}:${addressOf(page.url).toLowerCase()}`;
  if (page.site === 'x') {
    const profile = profileKeyOfUrl(page.url) ?? fallback();
    return page.pageType === 'following' ? `${profile}/following` : profile;
  }
  if (page.pageType === 'profile') return profileKeyOfUrl(page.url) ?? fallback();
  if (page.pageType === 'invitations') return `linkedin:invitations-${page.direction ?? 'received'}`;
  return `linkedin:${page.pageType}`;
}
