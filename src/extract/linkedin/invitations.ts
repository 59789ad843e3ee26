/**
 * @file Reads LinkedIn's invitation manager (received and sent tabs): the invitations listed and the total the page
 * shows. It never reads "People you may know", the nav bar, ads or the messaging overlay, and never loads more.
 */
import type {
  Diagnostics,
  Field,
  FieldDiagnostic,
  Invitation,
  LinkedInInvitationsSnapshot,
  ReadResult,
} from '../../snapshot';
import { absoluteUrl, firstMatch, isHidden, normalizeText, q, qa, readText, type Strategy } from '../dom';
import { parseAgeDays, parseCount, parseMutualConnections } from '../parse';
import {
  AGE_LINE,
  isNoInvitationsLabel,
  isSeeMoreLabel,
  languageFromTag,
  languageOfAction,
  type NetworkLanguage,
  nameFromAction,
  PEOPLE_COUNT,
  RECEIVED_COUNT,
  SENT_COUNT,
} from './network-labels';

// Local copies of the snapshot helpers: importing values from src/snapshot would pull zod into the content script.
const present = <T>(value: T): Field<T> => ({ status: 'present', value });
const unreadable = <T>(): Field<T> => ({ status: 'unreadable' });

export type Direction = 'received' | 'sent';

/** `/sent/` in the path means the sent tab; the manager opens on received invitations otherwise. */
export function directionOf(url: string): Direction {
  try {
    return new URL(url).pathname.split('/').includes('sent') ? 'sent' : 'received';
  } catch {
    return 'received';
  }
}

/** The page's main column: the list, its tabs and the in-page decoys live here; nav, sidebars and overlays do not. */
export function mainScope(doc: Document): Element | null {
  return q(doc, 'main') ?? q(doc, '[role="main"]') ?? doc.body ?? null;
}

/** True when `el` or an ancestor below `scope` is hidden (an inactive tab panel, a `display:none` copy). */
export function hiddenWithin(el: Element, scope: Element): boolean {
  for (let node: Element | null = el; node && node !== scope; node = node.parentElement) {
    if (isHidden(node)) return true;
  }
  return false;
}

/** The card around a hook: the list item in both layouts, or the hook itself when there is no list item. */
const CARD = '[role="listitem"], li';

/** Visible cards around `hits`, once each, in page order. Undefined when there are none (the strategy did not apply). */
export function cardsAround(hits: readonly Element[], scope: Element): Element[] | undefined {
  const seen = new Set<Element>();
  const cards: Element[] = [];
  for (const hit of hits) {
    const card = hit.closest(CARD) ?? hit;
    if (seen.has(card) || !scope.contains(card)) continue;
    seen.add(card);
    if (!hiddenWithin(card, scope)) cards.push(card);
  }
  return cards.length > 0 ? cards : undefined;
}

/** `https://www.linkedin.com/in/<slug>/` without tracking parameters, or null when the href is not a person. */
export function profileUrlOf(href: string | null, base: string): string | null {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return null;
  const url = new URL(absolute);
  const slug = /^\/in\/([^/]+)/.exec(url.pathname)?.[1];
  return slug ? `${url.origin}/in/${slug}/` : null;
}

/** An age line ("2 weeks ago", "Sent 3 months ago", "Connected yesterday") in days; null when it is not one. */
export function ageOf(text: string): number | null {
  return AGE_LINE.test(text) ? parseAgeDays(text) : null;
}

/** Elements inside a message box that are controls, not text: "…see more" links and buttons. */
function isMessageControl(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'button' || el.getAttribute('role') === 'button') return true;
  if (el.classList.contains('lt-line-clamp__more') || el.classList.contains('lt-line-clamp__ellipsis')) return true;
  const text = el.textContent ?? '';
  return text.length <= 24 && isSeeMoreLabel(normalizeText(text));
}

const BLOCK = new Set(['p', 'div', 'li', 'br', 'ul', 'ol', 'blockquote', 'section', 'header', 'footer', 'figure']);
const SCREEN_READER_ONLY = ['visually-hidden', 'a11y-text', 'sr-only'];

/**
 * The text as seen on screen: screen-reader-only labels are skipped even without a visual twin (a verified badge's
 * "Compte vérifié" is not part of the name; see 2025-05-sdui-fr-received.html), hidden subtrees are skipped, emoji
 * images keep their alt. Elements for which `isControl` is true ("…see more") are dropped; `clipped` says whether
 * one was, and then the dangling ellipsis goes with it, so the control never fuses with the last word.
 */
export function readSeen(el: Element, isControl?: (el: Element) => boolean): { text: string; clipped: boolean } {
  const parts: string[] = [];
  let clipped = false;
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (isHidden(child) || SCREEN_READER_ONLY.some((name) => child.classList.contains(name))) return;
    if (isControl?.(child)) {
      clipped = true;
      parts.push(' ');
      return;
    }
    const tag = child.tagName.toLowerCase();
    if (tag === 'img') {
      const alt = child.getAttribute('alt');
      if (alt && /\p{Extended_Pictographic}/u.test(alt) && alt.length <= 16) parts.push(alt);
      return;
    }
    // Blocks read as a space so lines never fuse; inline markup adds none ("salon <strong>Data Days</strong>.").
    const block = BLOCK.has(tag);
    if (block) parts.push(' ');
    for (const grandchild of Array.from(child.childNodes)) walk(grandchild);
    if (block) parts.push(' ');
  };
  for (const node of Array.from(el.childNodes)) walk(node);
  const text = normalizeText(parts.join(''));
  return { text: clipped ? text.replace(/\s*(?:…|\.\.\.)$/, '') : text, clipped };
}

/** A personal message without its "…see more" control. */
export function readMessage(box: Element): string {
  return readSeen(box, isMessageControl).text;
}

/** Where each layout keeps a card's parts. Class hooks are the 2024 artdeco names; the 2025 layout has none. */
const NAME_HOOK = '.invitation-card__title, .mn-connection-card__name';
const HEADLINE_HOOK = '.invitation-card__subtitle, .mn-connection-card__occupation';
const INSIGHT_HOOK = '.member-insights';
const AGE_HOOK = '.time-badge, time';
/** 2025: `data-testid="expandable-text-box"` (test/fixtures/linkedin/invitations/2025-05-*); 2024: the artdeco container. */
const MESSAGE_HOOK =
  '[data-testid="expandable-text-box"], .invitation-card__custom-message-container, .invitation-card__custom-message';

export interface PersonCard {
  name: string;
  headline: string | null;
  profileUrl: string | null;
  mutualConnections: number | null;
  message: string | null;
  ageDays: number | null;
}

export interface CardOptions {
  /** Read the mutual-connections line and the personal message (received invitations only). */
  social: boolean;
}

const textOrNull = (el: Element | null): string | null => readText(el) || null;

/**
 * Reads one person's card, looking only inside it. Artdeco class hooks first; then, for the 2025 layout's hashed
 * classes, each paragraph is classified by what it says (a mutual line, an age line, else the headline).
 * Null when the card names nobody.
 */
export function readPersonCard(card: Element, base: string, options: CardOptions): PersonCard | null {
  let profileUrl: string | null = null;
  let nameLink: Element | null = null;
  for (const link of qa(card, 'a[href*="/in/"]')) {
    profileUrl ??= profileUrlOf(link.getAttribute('href'), base);
    // The photo link comes first and holds only an image; the name link is the first with text.
    if (!nameLink && readText(link)) nameLink = link;
    if (profileUrl && nameLink) break;
  }
  const nameEl = q(card, NAME_HOOK) ?? q(nameLink, 'p') ?? nameLink;
  // A name is what is seen: readText would add a badge's screen-reader label ("Compte vérifié").
  let name = nameEl ? readSeen(nameEl).text || readText(nameEl) : '';
  if (!name) {
    for (const button of qa(card, 'button[aria-label]')) {
      name = nameFromAction(button.getAttribute('aria-label') ?? '') ?? '';
      if (name) break;
    }
  }
  if (!name) return null;

  // The 2025 sent tab can show the note you wrote: found either way so it is never read as the headline.
  const messageBox = q(card, MESSAGE_HOOK);
  const message = options.social && messageBox ? readMessage(messageBox) || null : null;
  let headline = textOrNull(q(card, HEADLINE_HOOK));
  const insight = options.social ? q(card, INSIGHT_HOOK) : null;
  let mutualConnections = insight ? parseMutualConnections(readText(insight)) : null;
  const ageEl = q(card, AGE_HOOK);
  let ageDays = ageEl ? ageOf(readText(ageEl)) : null;

  if (headline === null || ageDays === null || (options.social && mutualConnections === null && !insight)) {
    for (const line of qa(card, 'p')) {
      if (nameLink?.contains(line) || nameEl?.contains(line) || messageBox?.contains(line)) continue;
      const text = readText(line);
      if (!text || text === name) continue;
      const mutual = options.social && !insight ? parseMutualConnections(text) : null;
      if (mutual !== null) {
        mutualConnections ??= mutual;
        continue;
      }
      const age = ageOf(text);
      if (age !== null) {
        ageDays ??= age;
        continue;
      }
      headline ??= text;
    }
  }
  return { name, headline, profileUrl, mutualConnections, message, ageDays };
}

/** The hooks that find invitation cards, newest markup first. Each returns undefined when it finds none. */
function cardStrategies(scope: Element): Strategy<Element[]>[] {
  return [
    // 2025 server-driven layout: test/fixtures/linkedin/invitations/2025-05-sdui-fr-received.html
    {
      name: 'sdui-2025:pending-invitation',
      read: () => cardsAround(qa(scope, '[data-view-name="pending-invitation"]'), scope),
    },
    // 2025 layout, sent tab (cards without the pending-invitation hook): 2025-05-sdui-nl-sent.html
    {
      name: 'sdui-2025:invitation-action',
      read: () =>
        cardsAround(
          qa(scope, '[data-view-name="invitation-action"], [data-view-name="sent-invitations-withdraw-single"]'),
          scope,
        ),
    },
    // 2024 artdeco: test/fixtures/linkedin/invitations/2024-10-artdeco-en-received.html.
    // TODO [2027-06-01]: drop when no fixture needs it.
    {
      name: 'artdeco-2024:invitation-card',
      read: () => cardsAround(qa(scope, 'li.invitation-card, .invitation-card__container'), scope),
    },
    // Any layout: the Accept/Ignore/Withdraw buttons name the person in the UI language (network-labels.ts).
    {
      name: 'aria-label:invitation-actions',
      read: () =>
        cardsAround(
          qa(scope, 'button[aria-label]').filter((b) => nameFromAction(b.getAttribute('aria-label') ?? '') !== null),
          scope,
        ),
    },
  ];
}

/** Counts sit in tabs, filter pills and headings at the top of the list, never in the cards. */
const COUNT_PLACES = '[role="tab"], nav a, nav button, h1, h2, h3';

function countMatching(places: readonly Element[], pattern: RegExp): number | undefined {
  for (const place of places) {
    const match = pattern.exec(readText(place));
    if (match?.[1]) return parseCount(match[1]) ?? undefined;
  }
  return undefined;
}

function totalStrategies(scope: Element, direction: Direction): Strategy<number>[] {
  let places: Element[] | undefined;
  const inScope = () => {
    places ??= qa(scope, COUNT_PLACES);
    return places;
  };
  return [
    // 2025 layout: the "People (14)" filter pill counts the people invitations the list holds (2025-05-sdui-nl-sent.html).
    { name: 'pill:people', read: () => countMatching(inScope(), PEOPLE_COUNT) },
    // 2024 artdeco and 2025: the current tab carries the count, "Received (27)" / "Reçues (9)". Only the current
    // direction's tab: the received count must never be read as the sent one.
    {
      name: `tab:${direction}`,
      read: () => countMatching(inScope(), direction === 'sent' ? SENT_COUNT : RECEIVED_COUNT),
    },
  ];
}

/** The empty state ("No pending invitations"): positive evidence that the list is there and holds nothing. */
function showsNoInvitations(scope: Element): boolean {
  return qa(scope, 'h2, h3, p, span').some((el) => !hiddenWithin(el, scope) && isNoInvitationsLabel(readText(el)));
}

/** The markup generation, from the strategy that found the cards or from page-wide hooks. */
function layoutOf(doc: Document, strategy: string | null): string | null {
  if (strategy?.startsWith('sdui-2025')) return 'sdui-2025';
  if (strategy?.startsWith('artdeco-2024')) return 'artdeco-2024';
  if (q(doc, '[data-sdui-screen], [componentkey]')) return 'sdui-2025';
  if (q(doc, '.scaffold-layout, .artdeco-card, .mn-invitation-list')) return 'artdeco-2024';
  return null;
}

/** `<html lang>`, else the language of the first invitation button's aria-label. */
export function languageOf(doc: Document, scope: Element | null): NetworkLanguage | null {
  const tagged = languageFromTag(doc.documentElement?.getAttribute('lang'));
  if (tagged) return tagged;
  for (const button of qa(scope, 'button[aria-label]')) {
    const lang = languageOfAction(button.getAttribute('aria-label') ?? '');
    if (lang) return lang;
  }
  return null;
}

export function readLinkedInInvitations(doc: Document, url: string): ReadResult<LinkedInInvitationsSnapshot> {
  const direction = directionOf(url);
  const scope = mainScope(doc);
  const fields: Record<string, FieldDiagnostic> = {};
  let invitations: Field<Invitation[]> = unreadable();
  let totalCount: Field<number> = unreadable();

  if (scope) {
    const found = firstMatch(cardStrategies(scope));
    fields.invitations = found.diagnostic;
    if (found.value) {
      const list: Invitation[] = [];
      let skipped = 0;
      const social = direction === 'received';
      for (const card of found.value) {
        let person: PersonCard | null = null;
        try {
          person = readPersonCard(card, url, { social });
        } catch {
          person = null;
        }
        if (person) list.push(person);
        else skipped += 1;
      }
      invitations = present(list);
      if (skipped > 0)
        fields.invitations = { ...found.diagnostic, note: `${skipped} cards named nobody and were skipped` };
    } else if (showsNoInvitations(scope)) {
      invitations = present([]);
      fields.invitations = { strategy: 'empty-state', note: 'the page says there are no invitations' };
    }
    const total = firstMatch(totalStrategies(scope, direction));
    fields.totalCount = total.diagnostic;
    if (total.value !== undefined) totalCount = present(total.value);
  } else {
    fields.invitations = { strategy: null, note: 'no main column' };
    fields.totalCount = { strategy: null, note: 'no main column' };
  }

  const diagnostics: Diagnostics = {
    language: languageOf(doc, scope),
    layout: layoutOf(doc, fields.invitations?.strategy ?? null),
    fields,
  };
  return {
    snapshot: { site: 'linkedin', pageType: 'invitations', url, direction, fields: { invitations, totalCount } },
    diagnostics,
  };
}
