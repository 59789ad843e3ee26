/**
 * @file The invitation manager's total ("Received (27)", the "People (14)" pill) and its empty state ("No pending
 * invitations"): read from the tabs, pills and headings above the list, never from the cards.
 */
import { isVisibleWithin, qa, readText, type Strategy } from '../../dom';
import { parseCount } from '../../parse';
import { isNoInvitationsLabel, peopleCount, receivedCount, sentCount } from '../phrases';
import type { Direction } from './index';
import { textOf } from './text';

/**
 * Counts sit in tabs, filter pills and headings at the top of the list, never in the cards. Plain selectors, then
 * the links and buttons of each `nav`: a descendant selector ("nav a") would test every link of a long list. Filter
 * pills are toggle buttons (`aria-pressed`) wherever they sit, in a `nav` or not ("People (27)" in
 * 2024-11-artdeco-en-received-pills.html, where the tab shows no count).
 */
const COUNT_PLACE = '[role="tab"], [aria-pressed], nav, h1, h2, h3';

function countPlaces(scope: Element, firstCard: Element | undefined): Element[] {
  const places: Element[] = [];
  const add = (el: Element) => {
    if (el.tagName.toLowerCase() === 'nav') places.push(...qa(el, 'a, button'));
    else places.push(el);
  };
  if (!firstCard) {
    for (const el of qa(scope, COUNT_PLACE)) add(el);
    return places;
  }
  // Only what comes before the list (its header, tabs and pills): a 5,000-card list is never scanned for them.
  for (let node: Element | null = firstCard; node && node !== scope; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.matches(COUNT_PLACE)) add(sibling);
      for (const el of qa(sibling, COUNT_PLACE)) add(el);
    }
  }
  return places;
}

function countMatching(places: readonly Element[], pattern: RegExp): number | undefined {
  for (const place of places) {
    const match = pattern.exec(textOf(place));
    if (match?.[1]) return parseCount(match[1]) ?? undefined;
  }
  return undefined;
}

export function totalStrategies(scope: Element, direction: Direction, firstCard: Element | undefined): Strategy<number>[] {
  let places: Element[] | undefined;
  const inScope = () => {
    places ??= countPlaces(scope, firstCard);
    return places;
  };
  return [
    // 2025 layout: the "People (14)" filter pill counts the people invitations the list holds (2025-05-sdui-nl-sent.html).
    { name: 'pill:people', read: () => countMatching(inScope(), peopleCount()) },
    // 2024 artdeco and 2025: the current tab carries the count, "Received (27)" / "Reçues (9)". Only the current
    // direction's tab: the received count must never be read as the sent one.
    {
      name: `tab:${direction}`,
      read: () => countMatching(inScope(), direction === 'sent' ? sentCount() : receivedCount()),
    },
  ];
}

/** The empty state ("No pending invitations"): positive evidence that the list is there and holds nothing. */
export function showsNoInvitations(scope: Element): boolean {
  return qa(scope, 'h2, h3, p, span').some((el) => isVisibleWithin(el, scope) && isNoInvitationsLabel(readText(el)));
}
