/**
 * @file The profile header's links and the counts they carry (following, followers) and the places they point to
 * (photo, banner): links found by their path, `/<handle>/<tail>`, never by their words.
 */
import { qa } from '../../dom';
import { parseCount } from '../../parse';
import { hrefSegments } from '../text';
import { isDecoyArea, type Scope } from './scope';

/** A count from a header link ("12.5K Followers", "1 234 abonnés" with U+202F, "1.024 volgers"). */
export function countFromLink(link: Element | undefined): number | undefined {
  if (!link) return undefined;
  // The number and the word are separate text runs, and X does not always print a space between them
  // ("12.5K" + "Followers" must not read as "12.5KFollowers"): join the runs with a space. The raw runs keep the
  // narrow no-break space that French uses as a thousands separator.
  const runs: string[] = [];
  const collect = (node: Node): void => {
    if (node.nodeType === 3) runs.push(node.nodeValue ?? '');
    for (let child = node.firstChild; child; child = child.nextSibling) collect(child);
  };
  collect(link);
  const value = parseCount(runs.join(' ').trim());
  return value === null ? undefined : value;
}

export interface HeaderLink {
  a: Element;
  parts: string[];
}

/**
 * The header's in-site links with their path segments, collected once; without a column, every link of the
 * document (`headerLink` then takes only a link found once).
 */
export function headerLinks(scope: Pick<Scope, 'header' | 'unique'>): HeaderLinks {
  return { unique: scope.unique !== null, all: qa(scope.unique ?? scope.header, 'a[href]').map((a) => ({ a, parts: hrefSegments(a) })) };
}

export interface HeaderLinks {
  unique: boolean;
  all: HeaderLink[];
}

/**
 * The header link whose path is `/<handle>/<tail>` (handle compared case-insensitively; any handle when null).
 * Among the document's links (no column), only a link found once and outside the decoy areas.
 */
export function headerLink(links: HeaderLinks, handle: string | null, tail: string): Element | undefined {
  const owner = handle?.toLowerCase();
  const matches = (link: HeaderLink) =>
    link.parts.length === 2 && link.parts[1] === tail && (owner === undefined || link.parts[0]?.toLowerCase() === owner);
  if (!links.unique) return links.all.find(matches)?.a;
  const found = links.all.filter(matches);
  return found.length === 1 && !isDecoyArea((found[0] as HeaderLink).a) ? (found[0] as HeaderLink).a : undefined;
}
