/** @file Parses a URL without throwing: the page vocabulary, the readers and the screens share it. */

/** The URL `href` names (against `base` when it is relative), or undefined when it does not parse. */
export function parseUrl(href: string, base?: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}
