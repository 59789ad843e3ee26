/**
 * @file Reads LinkedIn's connections list (/mynetwork/invite-connect/connections/): each connection and the total the
 * page shows. It never reads "People you may know", the nav bar, the sidebar counts, ads or the messaging overlay.
 */
import type { Connection, LinkedInConnectionsSnapshot, ReadResult } from '../../snapshot';
import { boundConnections } from '../bound';
import { qa, readText, type Strategy } from '../dom';
import { parseCount } from '../parse';
import { ageOf, cardsAround, personLocator, readPeopleList, readPersonCard } from './invitations';
import { connectedPrefix, connectionsCount } from './phrases';

function cardStrategies(scope: Element): Strategy<Element[]>[] {
  return [
    // 2024 artdeco: test/fixtures/linkedin/connections/2024-11-artdeco-en.html.
    { name: 'artdeco-2024:mn-connection-card', read: () => cardsAround(qa(scope, 'li.mn-connection-card'), scope) },
    // Any layout: the "Connected 2 weeks ago" line only a connection card carries (its words in the phrase book, phrases.ts).
    // People-you-may-know cards have no such line. Covered by test/extract/linkedin-invitations.test.ts.
    {
      name: 'connected-line',
      read: () => cardsAround(qa(scope, 'time, p').filter(isConnectedLine), scope),
    },
  ];
}

/** "Connected 2 weeks ago", "Connecté(e) il y a 3 mois", "Verbonden 1 jaar geleden"; a bare age is not enough. */
function isConnectedLine(el: Element): boolean {
  const text = readText(el);
  return connectedPrefix().test(text) && ageOf(text) !== null;
}

function totalStrategies(scope: Element): Strategy<number>[] {
  const countIn = (places: readonly Element[]): number | undefined => {
    for (const place of places) {
      const match = connectionsCount().exec(readText(place));
      if (match?.[1]) return parseCount(match[1]) ?? undefined;
    }
    return undefined;
  };
  return [
    // 2024 artdeco: the list's own header, "1,284 connections" (2024-11-artdeco-en.html).
    { name: 'artdeco-2024:mn-connections__header', read: () => countIn(qa(scope, '.mn-connections__header h1')) },
    // Any layout: a heading in the main column that is only "<count> connections" in one of our languages.
    { name: 'heading:count-connections', read: () => countIn(qa(scope, 'h1, h2, h3')) },
  ];
}

export function readLinkedInConnections(doc: Document, url: string): ReadResult<LinkedInConnectionsSnapshot> {
  const { people, total, diagnostics } = readPeopleList<Connection>(doc, {
    field: 'connections',
    listHook: '.mn-connections',
    cards: cardStrategies,
    person: (card) => {
      const person = readPersonCard(card, url, { social: false });
      return (
        person && {
          name: person.name,
          headline: person.headline,
          profileUrl: person.profileUrl,
          connectedDaysAgo: person.ageDays,
        }
      );
    },
    total: totalStrategies,
    // "0 connections" in the list's header is positive evidence of an empty list.
    empty: (_scope, count) =>
      count === 0 ? { strategy: 'empty:zero-total', note: 'the page shows 0 connections' } : undefined,
  });
  return {
    snapshot: boundConnections({
      site: 'linkedin',
      pageType: 'connections',
      url,
      fields: { connections: people, totalCount: total },
    }),
    diagnostics,
  };
}

export const locateLinkedInConnections = personLocator(cardStrategies);
