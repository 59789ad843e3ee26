/**
 * @file Which LinkedIn page a URL is, with pure predicates (github-url-detection style); examples in
 * examples.ts. It reads only the URL it is given, never `location`, and never looks at the DOM.
 */

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
