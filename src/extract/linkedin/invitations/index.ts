/**
 * @file Reads LinkedIn's invitation manager (received and sent tabs): the invitations listed and the total the page
 * shows. It never reads "People you may know", the nav bar, ads or the messaging overlay, and never loads more. The
 * parts: people.ts (the list and its column), cards.ts (one person's card, the card hooks), text.ts (a card's text),
 * totals.ts (the total and the empty state), locate.ts (show a card on the page).
 */
import type { Invitation, LinkedInInvitationsSnapshot, ReadResult } from '../../../snapshot';
import { boundInvitations } from '../../bound';
import { parseUrl } from '../../dom';
import { cardStrategies, readPersonCard } from './cards';
import { readPeopleList } from './people';
import { showsNoInvitations, totalStrategies } from './totals';

export { ageOf, type CardOptions, type PersonCard, profileUrlOf, readPersonCard } from './cards';
export { locateLinkedInInvitations, personLocator } from './locate';
export { cardsAround, languageOf, mainScope, type PeopleList, readPeopleList, visibilityWithin } from './people';
export { readMessage, readSeen } from './text';

export type Direction = 'received' | 'sent';

/** `/sent/` in the path means the sent tab; the manager opens on received invitations otherwise. */
export function directionOf(url: string): Direction {
  return parseUrl(url)?.pathname.split('/').includes('sent') ? 'sent' : 'received';
}

export function readLinkedInInvitations(doc: Document, url: string): ReadResult<LinkedInInvitationsSnapshot> {
  const direction = directionOf(url);
  const social = direction === 'received';
  const { people, total, diagnostics } = readPeopleList<Invitation>(doc, {
    field: 'invitations',
    listHook: '.mn-invitation-list',
    cards: cardStrategies,
    person: (card) => readPersonCard(card, url, { social }),
    total: (scope, firstCard) => totalStrategies(scope, direction, firstCard),
    empty: (scope) =>
      showsNoInvitations(scope)
        ? { strategy: 'empty-state', note: 'the page says: no invitations' }
        : undefined,
  });
  return {
    snapshot: boundInvitations({
      site: 'linkedin',
      pageType: 'invitations',
      url,
      direction,
      fields: { invitations: people, totalCount: total },
    }),
    diagnostics,
  };
}
