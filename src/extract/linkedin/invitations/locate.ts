/**
 * @file Where a person's card is on a network page, for the popup's "show on the page": among the reader's own cards
 * of the main column only (never a "People you may know" card, which the card hooks leave out).
 */
import { firstMatch, q } from '../../dom';
import type { Locator } from '../../readers';
import { cardStrategies, profileUrlOf } from './cards';
import { mainScope, type PeopleList } from './people';

/**
 * A list page's locator: the card, among the reader's own cards of the main column, of the person an evidence item
 * links to (never a "People you may know" card, which the card hooks leave out).
 */
export function personLocator(cards: PeopleList<unknown>['cards']): Locator {
  return (doc, url, target) => {
    const scope = mainScope(doc);
    const want = profileUrlOf(target.url ?? null, url);
    if (!scope || !want) return null;
    const found = firstMatch(cards(scope)).value ?? [];
    // The card's person is its first /in/ link, as readPersonCard reads it.
    return found.find((card) => profileUrlOf(q(card, 'a[href*="/in/"]')?.getAttribute('href') ?? null, url) === want) ?? null;
  };
}

export const locateLinkedInInvitations = personLocator(cardStrategies);
