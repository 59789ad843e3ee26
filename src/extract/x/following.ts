/**
 * @file Reads the accounts of an X following list (`/<handle>/following`) from the UserCells of its own
 * timeline. It never reads the sidebar's "Who to follow" cells, and it never judges who should be followed.
 */
import type { Diagnostics, FieldDiagnostic, FollowedAccount, ReadResult, XFollowingSnapshot } from '../../snapshot';
import { foldLabel, labelSet, SUGGESTION_HEADINGS, X_LABELS, type XLanguage, xLanguageOf } from './labels';
import { MAX_PEOPLE } from '../../snapshot/limits';
import { boundFollowing } from '../bound';
import { firstMatch, parseUrl, q, qa, type Strategy, unreadable } from '../dom';
import type { ShowTarget } from '../../snapshot/pages/page-type';
import { xHook } from './hooks';
import { findTimeline, readXText } from './text';

const CELL = xHook('account');
const FOLLOWS_YOU_BADGE = xHook('followsYou');

const HANDLE = /^@[A-Za-z0-9_]{1,15}$/;
const FOLLOWS_YOU = labelSet('followsYou');

/** Each language's "Timeline: Following" label, folded. */
const FOLLOWING_TIMELINES = new Map(
  Object.entries(X_LABELS).map(([language, labels]) => [foldLabel(labels.followingTimeline), language as XLanguage]),
);

const SUGGESTIONS = new Set(Object.values(SUGGESTION_HEADINGS).flat().map(foldLabel));

/** Places whose cells are never the list's own: the sidebar, any aside, hover cards and the layers above the page. */
const ASIDE = xHook('decoys');

/**
 * The containers that hold suggestions in `doc`: each region, aside or section labelled or headed like "Who to
 * follow", and, in a timeline, the cells that follow such a heading cell up to the next heading. One pass over the
 * headings, so checking a cell is a walk up its ancestors.
 */
function suggestionAreas(doc: Document): Set<Element> {
  const areas = new Set<Element>();
  for (const el of qa(doc, '[aria-label]')) {
    if (SUGGESTIONS.has(foldLabel(el.getAttribute('aria-label') ?? ''))) areas.add(el);
  }
  for (const heading of qa(doc, 'h1, h2, h3, [role="heading"]')) {
    if (!SUGGESTIONS.has(foldLabel(readXText(heading)))) continue;
    const region = heading.closest('section, aside, [role="region"], [role="complementary"]');
    const cell = heading.closest('[data-testid="cellInnerDiv"]');
    if (region && !(cell && region.contains(cell))) areas.add(region);
    for (let next = cell?.nextElementSibling; next && !q(next, 'h1, h2, h3, [role="heading"]'); next = next.nextElementSibling) {
      areas.add(next);
    }
  }
  return areas;
}

function isSuggestion(cell: Element, areas: ReadonlySet<Element>): boolean {
  if (cell.closest(ASIDE)) return true;
  for (let up: Element | null = cell; up; up = up.parentElement) if (areas.has(up)) return true;
  return false;
}

/** What the field diagnostic says when the cells were read without their timeline. */
export const CELLS_FALLBACK_NOTE =
  'no following timeline: read the UserCells outside the sidebar, asides and "Who to follow" regions';

interface Timeline {
  /** The timeline, or the body when its cells were found without one. */
  el: Element;
  language: XLanguage | null;
  /** The cells found without a timeline (the document fallback). */
  cells?: Element[];
}

function timelineStrategies(doc: Document): Strategy<Timeline>[] {
  const column = q(doc, '[data-testid="primaryColumn"]');
  return [
    {
      // 2020–2025: aria-label="Timeline: Following" (fr "Fil d’actualités : Abonnements", nl "Tijdlijn: Volgend"),
      // test/fixtures/x/following/2025-01-en.html. Looked up in the primary column when there is one.
      name: 'aria-label:following-timeline',
      read: () => {
        const el = findTimeline(
          column ?? doc,
          (candidate, label) => FOLLOWING_TIMELINES.has(label) && !candidate.closest('[data-testid="sidebarColumn"]'),
        );
        const language = el && FOLLOWING_TIMELINES.get(foldLabel(el.getAttribute('aria-label') ?? ''));
        return el && language ? { el, language } : undefined;
      },
    },
    {
      // A translation we do not know: the region of the primary column that holds UserCells. The URL already
      // says this is the following page; the sidebar's cells are outside the primary column.
      name: 'primaryColumn:section-with-UserCells',
      read: () => {
        const el = qa(column, 'section').find((section) => q(section, CELL) !== null);
        return el ? { el, language: null } : undefined;
      },
    },
    {
      // No primary column and a container without its label (test/fixtures/x/following/2025-06-de-no-timeline-label.html):
      // the URL says this is a following page, so the UserCells of the document are the list, except the ones in the
      // sidebar, an aside or a "Who to follow" region.
      name: 'document:UserCells-outside-suggestions',
      read: () => {
        if (!doc.body) return undefined;
        const areas = suggestionAreas(doc);
        const cells = qa(doc, CELL).filter((cell) => !isSuggestion(cell, areas));
        return cells.length ? { el: doc.body, language: null, cells } : undefined;
      },
    },
  ];
}

/** Where a `[dir]` text block sits in its cell, found by one walk up to the cell (closest() would climb to the root). */
function placeOf(el: Element, cell: Element): 'nested' | 'link' | 'control' | 'free' {
  let place: 'link' | 'control' | 'free' = 'free';
  for (let up = el.parentElement; up && up !== cell; up = up.parentElement) {
    if (up.hasAttribute('dir')) return 'nested';
    const tag = up.tagName.toLowerCase();
    const testId = up.getAttribute('data-testid') ?? '';
    if (tag === 'a') place = 'link';
    else if (
      tag === 'button' ||
      up.getAttribute('role') === 'button' ||
      testId === 'userFollowIndicator' ||
      testId.endsWith('-follow') ||
      testId.endsWith('-unfollow')
    ) {
      place = 'control';
    }
  }
  return place;
}

/**
 * One UserCell (2019–2025, test/fixtures/x/following/2025-01-en.html): an avatar, a link holding the name
 * (and any badge), a link holding "@handle", maybe the "Follows you" badge, the follow button, maybe a bio.
 * Every line of text is its own `[dir]` block.
 */
function readCell(cell: Element): FollowedAccount | null {
  const linked: Element[] = [];
  const free: { el: Element; text: string }[] = [];
  let followsYou = q(cell, FOLLOWS_YOU_BADGE) !== null;
  for (const el of qa(cell, '[dir]')) {
    const place = placeOf(el, cell);
    if (place === 'link') linked.push(el);
    if (place !== 'free') continue;
    const text = readXText(el);
    // The badge without its data-testid: its words, in a block of their own.
    if (FOLLOWS_YOU.has(foldLabel(text))) followsYou = true;
    else if (text) free.push({ el, text });
  }

  // The handle is the last linked "@…" line (a display name may look like a handle too, but comes first).
  let handleEl: Element | undefined;
  for (const el of linked) if (HANDLE.test((el.textContent ?? '').trim())) handleEl = el;
  let handle = handleEl ? (handleEl.textContent ?? '').trim() : undefined;
  if (!handle) {
    // The avatar container carries the handle in its data-testid.
    const testId = q(cell, '[data-testid^="UserAvatar-Container-"]')?.getAttribute('data-testid') ?? '';
    const fromAvatar = `@${testId.slice('UserAvatar-Container-'.length)}`;
    if (HANDLE.test(fromAvatar)) handle = fromAvatar;
  }
  if (!handle) return null;

  let name: string | undefined;
  for (const el of linked) {
    if (el === handleEl) continue;
    name = readXText(el);
    if (name) break;
  }
  if (!name) return null;

  // The bio is the free text after the handle line. Without the handle link the cell's shape is not the one we
  // know, so its free text could be the name or the handle: no bio rather than a wrong one.
  let bio: string | null = null;
  if (handleEl) {
    const after = free.find(
      ({ el, text }) =>
        (handleEl.compareDocumentPosition(el) & 4) !== 0 && !HANDLE.test(text) && text !== name && text !== handle,
    );
    bio = after?.text ?? null;
  }
  return { handle, name, bio, followsYou };
}

export function readXFollowing(doc: Document, url: string): ReadResult<XFollowingSnapshot> {
  const fields: Record<string, FieldDiagnostic> = {};
  const { value: timeline, diagnostic } = firstMatch(timelineStrategies(doc));
  const diagnostics: Diagnostics = {
    language: xLanguageOf(doc) ?? timeline?.language ?? null,
    layout: timeline ? 'x-testid' : null,
    fields,
  };
  const snapshot = (accounts: XFollowingSnapshot['fields']['accounts']): ReadResult<XFollowingSnapshot> => ({
    snapshot: boundFollowing({ site: 'x', pageType: 'following', url, fields: { accounts } }),
    diagnostics,
  });

  if (!timeline) {
    fields.accounts = { strategy: null, note: 'following timeline not found' };
    return snapshot(unreadable());
  }

  const accounts: FollowedAccount[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const cells = timeline.cells ?? qa(timeline.el, CELL);
  // Only the first MAX_PEOPLE accounts are read (src/snapshot/limits.ts); the cells after them are counted.
  let next = 0;
  for (; next < cells.length && accounts.length < MAX_PEOPLE; next += 1) {
    const cell = cells[next] as Element;
    let account: FollowedAccount | null;
    try {
      account = readCell(cell);
    } catch {
      // One odd cell never sinks the list.
      account = null;
    }
    if (!account) {
      skipped += 1;
      continue;
    }
    // A virtualised list can hold the same account twice while it recycles cells.
    const key = account.handle.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    accounts.push(account);
  }

  if (cells.length === 0 && q(timeline.el, '[role="progressbar"]') && !q(timeline.el, '[data-testid="emptyState"]')) {
    // Only a spinner: the list has not loaded yet, which says nothing about whom the account follows.
    fields.accounts = { strategy: diagnostic.strategy, note: 'timeline still loading' };
    return snapshot(unreadable('not-shown'));
  }
  const notes = [timeline.cells && CELLS_FALLBACK_NOTE, skipped && `${skipped} cells without a readable handle or name`];
  const note = notes.filter(Boolean).join('; ');
  fields.accounts = note ? { ...diagnostic, note } : diagnostic;
  // Cells that all failed to read are a markup change, not an empty list.
  if (cells.length > 0 && accounts.length === 0) return snapshot(unreadable());
  const unread = cells.length - next;
  // boundFollowing marks the list truncated when it saw more than it kept.
  return snapshot({ status: 'present', value: accounts, seen: accounts.length + unread });
}

/** The followed account's cell, among the following timeline's own cells (never "Who to follow"), or null. */
export function locateXFollowing(doc: Document, _url: string, { url }: ShowTarget): Element | null {
  const handle = `@${parseUrl(url ?? '')?.pathname.split('/')[1] ?? ''}`.toLowerCase();
  const timeline = firstMatch(timelineStrategies(doc)).value;
  const cells = timeline ? (timeline.cells ?? qa(timeline.el, CELL)) : [];
  return cells.find((cell) => readCell(cell)?.handle.toLowerCase() === handle) ?? null;
}
