/**
 * @file Which LinkedIn page a URL is, with pure predicates (github-url-detection style; examples in examples.ts),
 * and the one parser of a profile's `/in/<slug>` that readers, rules, storage and screens share. It reads only the
 * URL it is given, never `location`, and never looks at the DOM.
 */
import { parseUrl } from '../url';

const LINKEDIN_HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

/** The path segments of a LinkedIn page over https, or [] for any other URL: "/in/ada/" → ["in", "ada"]. */
function linkedInSegments(url: URL): string[] {
  if (url.protocol !== 'https:' || !LINKEDIN_HOSTS.has(url.hostname)) return [];
  return url.pathname.split('/').filter(Boolean);
}

/**
 * `/in/<slug>/`, and the modal routes that sit on top of the profile (`/overlay/…`, `/edit/…`).
 * Detail pages (`/details/skills/`) and activity pages are their own pages and are not the profile.
 */
export const isLinkedInProfile = (url: URL): boolean => {
  const [first, slug, sub] = linkedInSegments(url);
  if (first !== 'in' || !slug) return false;
  return sub === undefined || sub === 'overlay' || sub === 'edit';
};

/** The invitation manager opens on received invitations by default. */
export const isLinkedInInvitationsReceived = (url: URL): boolean => {
  const [a, b, c] = linkedInSegments(url);
  return a === 'mynetwork' && b === 'invitation-manager' && (c === undefined || c === 'received');
};

export const isLinkedInInvitationsSent = (url: URL): boolean => {
  const [a, b, c] = linkedInSegments(url);
  return a === 'mynetwork' && b === 'invitation-manager' && c === 'sent';
};

export const isLinkedInConnections = (url: URL): boolean => {
  const [a, b, c, d] = linkedInSegments(url);
  return a === 'mynetwork' && b === 'invite-connect' && c === 'connections' && d === undefined;
};

/** LinkedIn's own hosts: linkedin.com and its subdomains (www, be, fr, mobile…). A URL's hostname is lower case. */
export const isLinkedInHost = (url: URL): boolean => /(^|\.)linkedin\.com$/.test(url.hostname);

/**
 * The `<slug>` of a LinkedIn `/in/<slug>…` address as written in it (percent-encoded), or null: on linkedin.com or
 * a subdomain, over http or https; later segments (`/overlay/contact-info/`, `/details/skills/`), the query and the
 * fragment are not part of it. For building an address back; `linkedInSlugOf` gives the slug itself.
 */
export function linkedInSlugSegmentOf(url: URL): string | null {
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !isLinkedInHost(url)) return null;
  const [first, slug] = url.pathname.split('/').filter(Boolean);
  return first === 'in' && slug ? slug : null;
}

/**
 * The slug of a LinkedIn profile address, percent-decoded ("%C3%A9lodie-marchand" gives "élodie-marchand"; a
 * malformed escape is kept as written), in its own case, or null when the address is not a LinkedIn `/in/` one.
 * The one slug parser: the profile reader's public address, the rules' fix links and the stored page keys use it.
 */
export function linkedInSlugOf(url: string): string | null {
  const parsed = parseUrl(url);
  const segment = parsed && linkedInSlugSegmentOf(parsed);
  if (!segment) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
