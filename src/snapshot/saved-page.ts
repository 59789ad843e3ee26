/**
 * @file Where a saved page came from, read from the page itself: its canonical link, its `og:url`, or the
 * `<!-- saved from url=(0043)https://… -->` comment browsers write at the top of a page saved with "Save page as".
 * Shared by the command-line audit (src/cli/audit.ts) and the dashboard's batch audit (src/coaching/batch.ts). It
 * reads the parsed document only: it never trusts the address (the caller checks which page type it is), and it
 * fetches nothing. Also the size limit both apply to a saved page.
 */

/** A saved LinkedIn or X page is a few megabytes at most (the 10,000-card test page is about 10 MB). */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

/** `saved from url=(0043)https://…`: the count of characters in brackets, then the address. */
const SAVED_FROM = /^\s*saved from url=(?:\(\d{1,5}\))?(\S+)\s*$/i;

const COMMENT_NODE = 8;

/** The address in a `saved from url=…` comment at the top of the page (before or just inside `<html>`/`<head>`). */
function savedFromCommentOf(document: Document): string | undefined {
  // Browsers write it before <html> or first thing in <head>: a few nodes, never a walk through the whole page.
  const places = [document.childNodes, document.documentElement?.childNodes, document.head?.childNodes];
  for (const nodes of places) {
    for (const node of Array.from(nodes ?? []).slice(0, 8)) {
      if (node.nodeType !== COMMENT_NODE) continue;
      const address = SAVED_FROM.exec(node.nodeValue ?? '')?.[1];
      if (address) return address;
    }
  }
  return undefined;
}

/**
 * The page's address: its canonical link, else its og:url, else the browser's "saved from" comment; undefined when
 * it names none. The site's own canonical link comes first: the "saved from" address may be an overlay route or carry
 * tracking parameters.
 */
export function savedPageAddressOf(document: Document): string | undefined {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    document.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim() ||
    savedFromCommentOf(document);
  return href || undefined;
}
