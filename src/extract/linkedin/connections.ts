/**
 * @file Reads LinkedIn's connections list (/mynetwork/invite-connect/connections/): each connection and the total the
 * page shows. It never reads "People you may know", the nav bar, the sidebar counts, ads or the messaging overlay.
 */
import type {
  Connection,
  Diagnostics,
  Field,
  FieldDiagnostic,
  LinkedInConnectionsSnapshot,
  ReadResult,
} from '../../snapshot';
import { firstMatch, present, q, qa, readText, type Strategy, unreadable } from '../dom';
import { parseCount } from '../parse';
import { ageOf, cardsAround, languageOf, mainScope, readPersonCard } from './invitations';
import { CONNECTED_PREFIX, CONNECTIONS_COUNT } from './network-labels';

function cardStrategies(scope: Element): Strategy<Element[]>[] {
  return [
    // 2024 artdeco: test/fixtures/linkedin/connections/2024-11-artdeco-en.html.
    { name: 'artdeco-2024:mn-connection-card', read: () => cardsAround(qa(scope, 'li.mn-connection-card'), scope) },
    // Any layout: the "Connected 2 weeks ago" line only a connection card carries (labels in network-labels.ts).
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
  return CONNECTED_PREFIX.test(text) && ageOf(text) !== null;
}

function totalStrategies(scope: Element): Strategy<number>[] {
  const countIn = (places: readonly Element[]): number | undefined => {
    for (const place of places) {
      const match = CONNECTIONS_COUNT.exec(readText(place));
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

function layoutOf(doc: Document, strategy: string | null): string | null {
  if (strategy?.startsWith('artdeco-2024')) return 'artdeco-2024';
  if (q(doc, '[data-sdui-screen], [componentkey]')) return 'sdui-2025';
  if (q(doc, '.scaffold-layout, .artdeco-card, .mn-connections')) return 'artdeco-2024';
  return null;
}

export function readLinkedInConnections(doc: Document, url: string): ReadResult<LinkedInConnectionsSnapshot> {
  const scope = mainScope(doc);
  const fields: Record<string, FieldDiagnostic> = {};
  let connections: Field<Connection[]> = unreadable();
  let totalCount: Field<number> = unreadable();

  if (scope) {
    const total = firstMatch(totalStrategies(scope));
    fields.totalCount = total.diagnostic;
    if (total.value !== undefined) totalCount = present(total.value);

    const found = firstMatch(cardStrategies(scope));
    fields.connections = found.diagnostic;
    if (found.value) {
      const list: Connection[] = [];
      let skipped = 0;
      for (const card of found.value) {
        try {
          const person = readPersonCard(card, url, { social: false });
          if (person) {
            list.push({
              name: person.name,
              headline: person.headline,
              profileUrl: person.profileUrl,
              connectedDaysAgo: person.ageDays,
            });
          } else skipped += 1;
        } catch {
          skipped += 1;
        }
      }
      connections = present(list);
      if (skipped > 0)
        fields.connections = { ...found.diagnostic, note: `${skipped} cards named nobody and were skipped` };
    } else if (total.value === 0) {
      // "0 connections" in the list's header is positive evidence of an empty list.
      connections = present([]);
      fields.connections = { strategy: 'empty:zero-total', note: 'the page shows 0 connections' };
    }
  } else {
    fields.connections = { strategy: null, note: 'no main column' };
    fields.totalCount = { strategy: null, note: 'no main column' };
  }

  const diagnostics: Diagnostics = {
    language: languageOf(doc, scope),
    layout: layoutOf(doc, fields.connections?.strategy ?? null),
    fields,
  };
  return {
    snapshot: { site: 'linkedin', pageType: 'connections', url, fields: { connections, totalCount } },
    diagnostics,
  };
}
