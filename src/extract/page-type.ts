/**
 * @file Decides which kind of page a URL is, with pure predicates (github-url-detection style).
 * It reads only the URL it is given, never `location`, and never looks at the DOM.
 */

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

export type Site = 'linkedin' | 'x';

/** A pure test of a URL. Its examples live in page-type-examples.ts, outside the shipped code. */
export type Predicate = (url: URL) => boolean;

const LINKEDIN_HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);
const X_HOSTS = new Set(['x.com', 'twitter.com', 'www.x.com', 'www.twitter.com', 'mobile.x.com', 'mobile.twitter.com']);

/** Path segments without empty parts: "/in/ada/" → ["in", "ada"]. */
function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function isLinkedIn(url: URL): boolean {
  return url.protocol === 'https:' && LINKEDIN_HOSTS.has(url.hostname);
}

function isX(url: URL): boolean {
  return url.protocol === 'https:' && X_HOSTS.has(url.hostname);
}

/**
 * `/in/<slug>/`, and the modal routes that sit on top of the profile (`/overlay/…`, `/edit/…`).
 * Detail pages (`/details/skills/`) and activity pages are their own pages and are not the profile.
 */
export const isLinkedInProfile = (url: URL): boolean => {
  if (!isLinkedIn(url)) return false;
  const [first, slug, sub] = segments(url);
  if (first !== 'in' || !slug) return false;
  return sub === undefined || sub === 'overlay' || sub === 'edit';
};

/** The invitation manager opens on received invitations by default. */
export const isLinkedInInvitationsReceived = (url: URL): boolean => {
  if (!isLinkedIn(url)) return false;
  const [a, b, c] = segments(url);
  return a === 'mynetwork' && b === 'invitation-manager' && (c === undefined || c === 'received');
};

export const isLinkedInInvitationsSent = (url: URL): boolean => {
  if (!isLinkedIn(url)) return false;
  const [a, b, c] = segments(url);
  return a === 'mynetwork' && b === 'invitation-manager' && c === 'sent';
};

export const isLinkedInConnections = (url: URL): boolean => {
  if (!isLinkedIn(url)) return false;
  const [a, b, c, d] = segments(url);
  return a === 'mynetwork' && b === 'invite-connect' && c === 'connections' && d === undefined;
};

/** First path segments on X that are app routes, not handles. */
const X_RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'search',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'hashtag',
  'intent',
  'share',
  'account',
]);

/** The tabs of a profile page keep the profile header on screen. */
const X_PROFILE_TABS = new Set(['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']);

function xHandle(url: URL): string | undefined {
  const [first] = segments(url);
  if (!first || X_RESERVED.has(first.toLowerCase())) return undefined;
  return /^[A-Za-z0-9_]{1,15}$/.test(first) ? first : undefined;
}

export const isXProfile = (url: URL): boolean => {
  if (!isX(url) || !xHandle(url)) return false;
  const [, tab, extra] = segments(url);
  return tab === undefined || (X_PROFILE_TABS.has(tab) && extra === undefined);
};

export const isXFollowing = (url: URL): boolean => {
  if (!isX(url) || !xHandle(url)) return false;
  const [, tab, extra] = segments(url);
  return tab === 'following' && extra === undefined;
};

/** Each supported page type with its predicate, in the order they are tried. */
export const PAGE_PREDICATES: Readonly<Record<Exclude<PageType, 'unsupported'>, Predicate>> = {
  'linkedin-profile': isLinkedInProfile,
  'linkedin-invitations-received': isLinkedInInvitationsReceived,
  'linkedin-invitations-sent': isLinkedInInvitationsSent,
  'linkedin-connections': isLinkedInConnections,
  'x-profile': isXProfile,
  'x-following': isXFollowing,
};

function parse(url: string | URL): URL | undefined {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function pageTypeOf(url: string | URL): PageType {
  const parsed = parse(url);
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
