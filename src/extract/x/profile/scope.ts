/**
 * @file Where an X profile lives on the page: the primary column (or `main`), the profile header inside it, and the
 * profile's own timeline; without a column, the hooks found exactly once in the document (issue 13 item 5). It
 * reads no field itself.
 */
import type { FieldDiagnostic } from '../../../snapshot';
import { firstMatch, parseUrl, q, qa, type Strategy } from '../../dom';
import { foldLabel, labelSet, TIMELINE_LABEL_SELECTOR } from '../labels';
import { xHook } from '../hooks';
import { findTimeline } from '../text';

const USER_NAME = xHook('userName');
const DECOYS = xHook('decoys');

/** The handle in the page URL ("https://x.com/noor/media" → "noor"), or null. */
export function handleFromUrl(url: string): string | null {
  const first = parseUrl(url)?.pathname.split('/').filter(Boolean)[0];
  return first && /^[A-Za-z0-9_]{1,15}$/.test(first) ? first : null;
}

/** The profile tab in the URL ("media", "with_replies"), or null on the Posts tab. */
export function tabFromUrl(url: string): string | null {
  return parseUrl(url)?.pathname.split('/').filter(Boolean)[1] ?? null;
}

/** Inside the hover-card layer, the sidebar or an aside: never the profile's own part of the page. */
export function isDecoyArea(el: Element): boolean {
  return el.closest(DECOYS) !== null;
}

export interface Scope {
  /** The primary column (or `main` on older markup), where the profile and its timeline live; null without one. */
  column: Element | null;
  /** `data-testid="UserName"` of the profile header. */
  userName: Element;
  /** The profile header: banner, avatar, buttons, name, description, items and counts. */
  header: Element;
  strategy: string;
  /**
   * The document when no column scopes the page (issue 13 item 5): a hook is then read only where it occurs exactly
   * once in the whole document, outside the sidebar and hover cards (see `one`).
   */
  unique: Document | null;
}

/** What the field diagnostics say when the profile was read without its column. */
export const UNIQUE_FALLBACK_NOTE = 'no primary column: read from a hook found once in the document';

/**
 * The one element matching `selector` for the profile: inside its header, or, without a column, the only match in
 * the whole document when it is outside the decoy areas. A hook found twice is not unique, so it is not read.
 */
export function one(scope: Scope, selector: string): Element | null {
  if (!scope.unique) return q(scope.header, selector);
  const all = qa(scope.unique, selector);
  return all.length === 1 && !isDecoyArea(all[0] as Element) ? (all[0] as Element) : null;
}

/**
 * Whether the page shows none of `selector`, as far as absence can be told: without a column, not anywhere in the
 * document (a hook found twice is ambiguous, not missing); in the column, the reader's own checks decide.
 */
export function none(scope: Scope, selector: string): boolean {
  return !scope.unique || qa(scope.unique, selector).length === 0;
}

type Found = Omit<Scope, 'header'>;

const SCOPE_STRATEGIES = (doc: Document): Strategy<Found>[] => [
  {
    // 2023–2025: test/fixtures/x/profile/*.html. The header's UserName sits in the primary column.
    name: 'primaryColumn:UserName',
    read: () => {
      const column = q(doc, '[data-testid="primaryColumn"]');
      const userName = q(column, USER_NAME);
      return column && userName ? { column, userName, strategy: 'primaryColumn:UserName', unique: null } : undefined;
    },
  },
  {
    // A primary column without its data-testid: the UserName in <main>, outside the sidebar and hover cards.
    name: 'main:UserName',
    read: () => {
      const column = q(doc, 'main') ?? q(doc, '[role="main"]');
      const userName = qa(column, USER_NAME).find((el) => !isDecoyArea(el));
      return column && userName ? { column, userName, strategy: 'main:UserName', unique: null } : undefined;
    },
  },
  {
    // No primary column and no <main> (renamed, test/fixtures/x/profile/2025-06-nl-no-column.html): the UserName
    // that occurs exactly once in the document, outside the sidebar and hover cards. Tweets' author blocks are
    // `User-Name` (hyphen) and suggestion cells are `UserCell`, so neither counts; two UserNames are not unique.
    name: 'document:unique-UserName',
    read: () => {
      const all = qa(doc, USER_NAME);
      const userName = all.length === 1 ? all[0] : undefined;
      return userName && !isDecoyArea(userName)
        ? { column: null, userName, strategy: 'document:unique-UserName', unique: doc }
        : undefined;
    },
  },
];

/** What the profile header never holds: the tabs, posts, timelines, suggestion cells, the navigation, the sidebar. */
const NOT_IN_HEADER =
  '[role="tablist"], article, section, [data-testid="cellInnerDiv"], [data-testid="tweet"], [data-testid="UserCell"], nav, aside, [data-testid="sidebarColumn"]';

/**
 * The header is the highest ancestor of UserName that stays in the column (the body without one) and holds neither
 * the profile tabs nor any post: it then holds the banner, the avatar, the buttons and the counts, and nothing else.
 */
function headerOf(userName: Element, column: Element | null): Element {
  let header = userName;
  for (let parent = header.parentElement; parent && parent !== column; parent = parent.parentElement) {
    if (parent.tagName.toLowerCase() === 'body' || q(parent, NOT_IN_HEADER)) break;
    header = parent;
  }
  return header;
}

export function findScope(doc: Document): { scope: Scope | null; diagnostic: FieldDiagnostic } {
  const { value, diagnostic } = firstMatch(SCOPE_STRATEGIES(doc));
  if (!value) return { scope: null, diagnostic };
  const scope = { ...value, header: headerOf(value.userName, value.column) };
  return { scope, diagnostic: scope.unique ? { ...diagnostic, note: UNIQUE_FALLBACK_NOTE } : diagnostic };
}

const TIMELINE_PREFIXES = [...labelSet('timelinePrefix')];
const FOLLOWING_TIMELINE = labelSet('followingTimeline');

const isProfileTimeline = (label: string) =>
  TIMELINE_PREFIXES.some((prefix) => label.startsWith(prefix)) && !FOLLOWING_TIMELINE.has(label);

/** The profile's own timeline in the column: labelled "Timeline: …" but not the following list. */
export function profileTimeline(scope: Pick<Scope, 'column' | 'unique'>): Element | null {
  const { column, unique } = scope;
  if (column) {
    const labelled = findTimeline(column, (_el, label) => isProfileTimeline(label));
    if (labelled) return labelled;
    // Without a known label: the region of the column that holds timeline cells.
    return qa(column, 'section').find((el) => q(el, '[data-testid="cellInnerDiv"]')) ?? null;
  }
  if (!unique) return null;
  // No column: the one timeline of the document outside the sidebar (whose trends are a timeline too).
  const labelled = qa(unique, TIMELINE_LABEL_SELECTOR).filter(
    (el) => !isDecoyArea(el) && isProfileTimeline(foldLabel(el.getAttribute('aria-label') ?? '')),
  );
  if (labelled.length) return labelled.length === 1 ? (labelled[0] as Element) : null;
  const regions = qa(unique, 'section').filter((el) => !isDecoyArea(el) && q(el, '[data-testid="cellInnerDiv"]'));
  return regions.length === 1 ? (regions[0] as Element) : null;
}
