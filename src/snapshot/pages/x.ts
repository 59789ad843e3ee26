/**
 * @file Which X page a URL is, with pure predicates (github-url-detection style); examples in
 * examples.ts. It reads only the URL it is given, never `location`, and never looks at the DOM.
 */

const X_HOSTS = new Set(['x.com', 'twitter.com', 'www.x.com', 'www.twitter.com', 'mobile.x.com', 'mobile.twitter.com']);

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

/** The path after the handle of a profile page on X ("/ada/media" → ["media"]), or undefined for any other URL. */
function afterHandle(url: URL): string[] | undefined {
  if (url.protocol !== 'https:' || !X_HOSTS.has(url.hostname)) return undefined;
  const [first, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!first || X_RESERVED.has(first.toLowerCase())) return undefined;
  return /^[A-Za-z0-9_]{1,15}$/.test(first) ? rest : undefined;
}

export const isXProfile = (url: URL): boolean => {
  const path = afterHandle(url);
  if (!path) return false;
  const [tab, extra] = path;
  return tab === undefined || (X_PROFILE_TABS.has(tab) && extra === undefined);
};

export const isXFollowing = (url: URL): boolean => {
  const path = afterHandle(url);
  if (!path) return false;
  const [tab, extra] = path;
  return tab === 'following' && extra === undefined;
};
