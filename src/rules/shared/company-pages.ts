/** @file Reads the page id out of a LinkedIn company page address, so two addresses of one page compare equal; judges nothing. */

/**
 * The page's id in a LinkedIn company address, `/company/<slug-or-number>/`, lower case, whatever the subdomain
 * (www., be., fr.) and trailing slash; null when the address is not a LinkedIn company page.
 */
export function companyPageId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const id = /^\/company\/([^/]+)/.exec(parsed.pathname)?.[1];
  if (!id) return null;
  try {
    return decodeURIComponent(id).toLowerCase();
  } catch {
    return id.toLowerCase();
  }
}
