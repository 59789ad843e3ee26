/**
 * @file A network page's list of people (the invitation manager, the connections list): the main column it lives in,
 * its visible cards, and the reading of every card with the list's total, its layout and language. The cards and
 * totals themselves come from each page's own hooks (cards.ts, totals.ts, ../connections.ts).
 */
import type { Diagnostics, Field, FieldDiagnostic } from '../../../snapshot';
import { firstMatch, isHidden, present, q, qa, type Strategy, unreadable } from '../../dom';
import { MAX_PEOPLE } from '../../../snapshot/limits';
import { languageFromTag, languageOfAction, type LinkedInLanguage } from '../phrases';

/** The page's main column: the list, its tabs and the in-page decoys live here; nav, sidebars and overlays do not. */
export function mainScope(doc: Document): Element | null {
  return q(doc, 'main') ?? q(doc, '[role="main"]') ?? doc.body ?? null;
}

/** The card around a hook: the list item in both layouts, or the hook itself when there is no list item. */
const CARD = '[role="listitem"], li';

/**
 * Whether an element is inside `scope` and visible there (no `hidden`, `display:none`… on the way up), remembered
 * for every ancestor it passes: the cards of a list share their ancestors, so a 10,000-card list costs one step per
 * card instead of a walk to the scope each (and never `scope.contains`, a second walk).
 */
export function visibilityWithin(scope: Element): (el: Element) => boolean {
  const known = new Map<Element, boolean>([[scope, true]]);
  return (el) => {
    const path: Element[] = [];
    // Outside the scope (the walk ran past the root) unless an ancestor already known says otherwise.
    let answer = false;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const memo = known.get(node);
      if (memo !== undefined) {
        answer = memo;
        break;
      }
      path.push(node);
      // Hidden: so is everything on the path below it, whatever lies above.
      if (isHidden(node)) break;
    }
    for (const node of path) known.set(node, answer);
    return answer;
  };
}

/** Visible cards around `hits`, once each, in page order. Undefined when there are none (the strategy did not apply). */
export function cardsAround(hits: readonly Element[], scope: Element): Element[] | undefined {
  const seen = new Set<Element>();
  const cards: Element[] = [];
  const visible = visibilityWithin(scope);
  for (const hit of hits) {
    const card = hit.closest(CARD) ?? hit;
    if (seen.has(card)) continue;
    seen.add(card);
    if (visible(card)) cards.push(card);
  }
  return cards.length > 0 ? cards : undefined;
}

/** The markup generation, from the strategy that found the cards or from page-wide hooks (`list`: the 2024 list). */
function layoutOf(doc: Document, strategy: string | null, list: string): string | null {
  if (strategy?.startsWith('sdui-2025')) return 'sdui-2025';
  if (strategy?.startsWith('artdeco-2024')) return 'artdeco-2024';
  if (q(doc, '[data-sdui-screen], [componentkey]')) return 'sdui-2025';
  if (q(doc, `.scaffold-layout, .artdeco-card, ${list}`)) return 'artdeco-2024';
  return null;
}

/** `<html lang>`, else the language of the first invitation button's aria-label. */
export function languageOf(doc: Document, scope: Element | null): LinkedInLanguage | null {
  const tagged = languageFromTag(doc.documentElement?.getAttribute('lang'));
  if (tagged) return tagged;
  for (const button of qa(scope, 'button[aria-label]')) {
    const lang = languageOfAction(button.getAttribute('aria-label') ?? '');
    if (lang) return lang;
  }
  return null;
}

/** How a network page lists people (the invitation manager, the connections list). */
export interface PeopleList<T> {
  /** The snapshot field that holds the people. */
  field: 'invitations' | 'connections';
  /** The 2024 list's own class, a page-wide hook of the layout. */
  listHook: string;
  /** The hooks that find the cards, newest markup first. */
  cards: (scope: Element) => Strategy<Element[]>[];
  /** One card's person, or null when the card names nobody. */
  person: (card: Element) => T | null;
  /** Where the page prints the list's total. */
  total: (scope: Element, firstCard: Element | undefined) => Strategy<number>[];
  /** Positive evidence of an empty list when no card was found ("No pending invitations", "0 connections"). */
  empty: (scope: Element, total: number | undefined) => FieldDiagnostic | undefined;
}

/**
 * Reads a list of people and its total from the page's main column. A card that names nobody (or breaks the
 * reader) is skipped and counted in the diagnostics; no card and no evidence of an empty list is unreadable.
 */
export function readPeopleList<T>(
  doc: Document,
  list: PeopleList<T>,
): { people: Field<T[]>; total: Field<number>; diagnostics: Diagnostics } {
  const scope = mainScope(doc);
  let people: Field<T[]> = unreadable();
  let total: Field<number> = unreadable();
  let peopleDiagnostic: FieldDiagnostic = { strategy: null, note: 'no main column' };
  let totalDiagnostic = peopleDiagnostic;
  if (scope) {
    const found = firstMatch(list.cards(scope));
    const count = firstMatch(list.total(scope, found.value?.[0]));
    peopleDiagnostic = found.diagnostic;
    totalDiagnostic = count.diagnostic;
    if (count.value !== undefined) total = present(count.value);
    if (found.value) {
      const cards = found.value;
      const read: T[] = [];
      let skipped = 0;
      let next = 0;
      // Only the first MAX_PEOPLE people are read (src/snapshot/limits.ts); the cards after them are counted.
      for (; next < cards.length && read.length < MAX_PEOPLE; next += 1) {
        let person: T | null = null;
        try {
          person = list.person(cards[next] as Element);
        } catch {
          person = null;
        }
        if (person) read.push(person);
        else skipped += 1;
      }
      const unread = cards.length - next;
      // boundInvitations marks the list truncated when it saw more than it kept.
      people = { status: 'present', value: read, seen: read.length + unread };
      if (skipped > 0) {
        peopleDiagnostic = { ...found.diagnostic, note: `${skipped} cards named nobody: skipped` };
      }
    } else {
      const empty = list.empty(scope, count.value);
      if (empty) {
        people = present([]);
        peopleDiagnostic = empty;
      }
    }
  }
  const diagnostics: Diagnostics = {
    language: languageOf(doc, scope),
    layout: layoutOf(doc, peopleDiagnostic.strategy, list.listHook),
    fields: { [list.field]: peopleDiagnostic, totalCount: totalDiagnostic },
  };
  return { people, total, diagnostics };
}
