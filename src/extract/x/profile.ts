/**
 * @file Reads an X profile page (the header in the primary column and the profile's own timeline) into an
 * XProfileSnapshot. It never reads the sidebar, the left navigation, hover cards or other people's posts,
 * and it never judges what it reads.
 */
import type { Diagnostics, Field, FieldDiagnostic, ReadResult, XProfileSnapshot } from '../../snapshot';
import { boundXProfile } from '../bound';
import {
  absent,
  collectText,
  firstMatch,
  normalizeText,
  parseUrl,
  present,
  q,
  qa,
  type Strategy,
  type TextView,
  unreadable,
} from '../dom';
import { parseCount, parseMonthYear } from '../parse';
import type { ShowTarget } from '../../snapshot/pages/page-type';
import { foldLabel, labelSet, TIMELINE_LABEL_SELECTOR, type XLanguage, xLanguageOf } from './labels';


const HANDLE = /^@[A-Za-z0-9_]{1,15}$/;

/**
 * The text a reader sees in an X text block. X draws emoji as `<img alt>` (kept), wraps mentions in inline-flex
 * `<div>`s (not a word break), and hides the "https://" of a link in an `aria-hidden` zero-size span that only
 * exists for copy and paste (skipped, with icons). Hidden subtrees are skipped; `<br>` reads as a space.
 */
export function readXText(el: Element | null | undefined): string {
  return el ? normalizeText(collectText([el], X_TEXT)) : '';
}

const X_TEXT: TextView = {
  instead: (el) => (el.getAttribute('aria-hidden') === 'true' || el.tagName.toLowerCase() === 'svg' ? '' : undefined),
  edge: (tag) => (tag === 'br' ? ' ' : ''),
};

/** The path segments of an in-site href ("/Noor_H/following?x=1" → ["Noor_H", "following"]); [] for other sites. */
export function hrefSegments(a: Element): string[] {
  const href = a.getAttribute('href') ?? '';
  if (!href.startsWith('/') || href.startsWith('//')) return [];
  return href.split(/[?#]/)[0]?.split('/').filter(Boolean) ?? [];
}

/** The handle in the page URL ("https://x.com/noor/media" → "noor"), or null. */
function handleFromUrl(url: string): string | null {
  const first = parseUrl(url)?.pathname.split('/').filter(Boolean)[0];
  return first && /^[A-Za-z0-9_]{1,15}$/.test(first) ? first : null;
}

/** The profile tab in the URL ("media", "with_replies"), or null on the Posts tab. */
function tabFromUrl(url: string): string | null {
  return parseUrl(url)?.pathname.split('/').filter(Boolean)[1] ?? null;
}

/** Inside the hover-card layer or the sidebar: never the profile's own part of the page. */
function isDecoyArea(el: Element): boolean {
  return el.closest('[data-testid="sidebarColumn"], [data-testid="HoverCard"], #layers') !== null;
}

interface Scope {
  /** The primary column (or `main` on older markup), where the profile and its timeline live. */
  column: Element;
  /** `data-testid="UserName"` of the profile header. */
  userName: Element;
  /** The profile header: banner, avatar, buttons, name, description, items and counts. */
  header: Element;
  strategy: string;
}

const SCOPE_STRATEGIES = (doc: Document): Strategy<{ column: Element; userName: Element; strategy: string }>[] => [
  {
    // 2023–2025: test/fixtures/x/profile/*.html. The header's UserName sits in the primary column.
    name: 'primaryColumn:UserName',
    read: () => {
      const column = q(doc, '[data-testid="primaryColumn"]');
      const userName = q(column, '[data-testid="UserName"]');
      return column && userName ? { column, userName, strategy: 'primaryColumn:UserName' } : undefined;
    },
  },
  {
    // A primary column without its data-testid: the UserName in <main>, outside the sidebar and hover cards.
    name: 'main:UserName',
    read: () => {
      const column = q(doc, 'main') ?? q(doc, '[role="main"]');
      const userName = qa(column, '[data-testid="UserName"]').find((el) => !isDecoyArea(el));
      return column && userName ? { column, userName, strategy: 'main:UserName' } : undefined;
    },
  },
];

/**
 * The header is the highest ancestor of UserName that stays in the column and holds neither the profile
 * tabs nor any post: it then holds the banner, the avatar, the buttons and the counts, and nothing else.
 */
function headerOf(userName: Element, column: Element): Element {
  let header = userName;
  for (let parent = header.parentElement; parent && parent !== column; parent = parent.parentElement) {
    if (q(parent, '[role="tablist"], article, section, [data-testid="cellInnerDiv"], [data-testid="tweet"]')) break;
    header = parent;
  }
  return header;
}

function findScope(doc: Document): { scope: Scope | null; diagnostic: FieldDiagnostic } {
  const { value, diagnostic } = firstMatch(SCOPE_STRATEGIES(doc));
  if (!value) return { scope: null, diagnostic };
  return { scope: { ...value, header: headerOf(value.userName, value.column) }, diagnostic };
}

/**
 * The outermost `[dir]` text blocks under `root`, in order, with their text. X gives every line of text its
 * own `dir` block: in UserName the name, the badge holder (no text), the handle and "Follows you"; in a
 * UserCell also the follow button's label and the bio.
 */
export function outerTextBlocks(root: Element): { el: Element; text: string }[] {
  const blocks: { el: Element; text: string }[] = [];
  for (const el of qa(root, '[dir]')) {
    // A [dir] nested in another one is part of that one's text.
    const outer = el.parentElement?.closest('[dir]');
    if (outer && root.contains(outer)) continue;
    const text = readXText(el);
    if (text) blocks.push({ el, text });
  }
  return blocks;
}

type Reads = Record<string, FieldDiagnostic>;

function field<T>(reads: Reads, name: string, strategies: readonly Strategy<Field<T>>[], fallback?: string): Field<T> {
  const { value, diagnostic } = firstMatch(strategies);
  reads[name] = value === undefined && fallback ? { strategy: null, note: fallback } : diagnostic;
  return value ?? unreadable<T>();
}

/** A count from a header link ("12.5K Followers", "1 234 abonnés" with U+202F, "1.024 volgers"). */
function countFromLink(link: Element | undefined): number | undefined {
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

interface HeaderLink {
  a: Element;
  parts: string[];
}

/** The header's in-site links with their path segments, collected once. */
function headerLinks(header: Element): HeaderLink[] {
  return qa(header, 'a[href]').map((a) => ({ a, parts: hrefSegments(a) }));
}

/** The header link whose path is `/<handle>/<tail>` (handle compared case-insensitively; any handle when null). */
function headerLink(links: readonly HeaderLink[], handle: string | null, tail: string): Element | undefined {
  const owner = handle?.toLowerCase();
  return links.find(
    ({ parts }) =>
      parts.length === 2 && parts[1] === tail && (owner === undefined || parts[0]?.toLowerCase() === owner),
  )?.a;
}

/**
 * The first element labelled like a timeline ("Timeline: …", "Fil d’actualités : …", "Tijdlijn: …") that passes
 * `test`. X puts each list right inside a `section`, so those are looked at first (cheap); a scan of every
 * labelled element is the fallback.
 */
export function findTimeline(root: ParentNode, test: (el: Element, label: string) => boolean): Element | null {
  for (const section of qa(root, 'section')) {
    for (let child = section.firstElementChild; child; child = child.nextElementSibling) {
      const label = child.getAttribute('aria-label');
      if (label && test(child, foldLabel(label))) return child;
    }
  }
  return (
    qa(root, TIMELINE_LABEL_SELECTOR).find((el) => test(el, foldLabel(el.getAttribute('aria-label') ?? ''))) ?? null
  );
}

function imageSource(container: Element | null): string | null {
  if (!container) return null;
  const img = q(container, 'img');
  const src = img?.getAttribute('src');
  if (src) return src;
  // Some builds draw the picture only as a background image.
  const styled = qa(container, '[style*="background-image"]')[0];
  return styled?.getAttribute('style')?.match(/url\(\s*(?:&quot;|["'])?([^"')&]+)/)?.[1] ?? null;
}

const EDIT_PROFILE = labelSet('editProfile');
const VERIFIED = labelSet('verified');
const PINNED = labelSet('pinned');
const TIMELINE_PREFIXES = [...labelSet('timelinePrefix')];
const FOLLOWING_TIMELINE = labelSet('followingTimeline');

function readSelfView(header: Element): { value: boolean | null; diagnostic: FieldDiagnostic } {
  const { value, diagnostic } = firstMatch<boolean>([
    // 2019–2025: the header's own edit button, an <a> to /settings/profile.
    { name: 'editProfileButton', read: () => (q(header, '[data-testid="editProfileButton"]') ? true : undefined) },
    // 2019–2025: someone else's profile shows `<userId>-follow` or `<userId>-unfollow` (also "Follow back").
    {
      name: 'follow-button',
      read: () => (q(header, '[data-testid$="-follow"], [data-testid$="-unfollow"]') ? false : undefined),
    },
    // The edit button's label in the interface language, without its data-testid.
    {
      name: 'edit-profile-label',
      read: () =>
        qa(header, 'a, button, [role="button"]').some((el) => EDIT_PROFILE.has(foldLabel(readXText(el))))
          ? true
          : undefined,
    },
  ]);
  return { value: value ?? null, diagnostic };
}

function pinnedPost(scope: Scope, handle: string | null, url: string): Field<string> | undefined {
  const timeline = profileTimeline(scope.column);
  if (!timeline) return undefined;
  const first = q(timeline, '[data-testid="tweet"]');
  if (!first) {
    // X shows an empty state when the account has not posted; a spinner alone means not loaded yet.
    return q(timeline, '[data-testid="emptyState"]') ? absent() : undefined;
  }
  // X always puts the pinned post first on the Posts tab.
  const context = qa(first, '[data-testid="socialContext"]').map((el) => foldLabel(readXText(el)));
  if (context.some((text) => PINNED.has(text))) {
    const author = qa(first, '[data-testid="User-Name"] a[href]')
      .map((a) => hrefSegments(a)[0])
      .find(Boolean);
    // A pinned post is always the profile owner's; any other author means this is not the profile's timeline.
    if (handle && author && author.toLowerCase() !== handle.slice(1).toLowerCase()) return undefined;
    // The post's own text, not the text of a post it quotes: a quoted post comes as a card (role="link") with an
    // author line of its own, so the own text is the one met before any second author line.
    const inCard = (el: Element): boolean => {
      for (let up = el.parentElement; up && up !== first; up = up.parentElement) {
        if (up.getAttribute('role') === 'link' || up.tagName.toLowerCase() === 'article') return true;
      }
      return false;
    };
    let own: Element | undefined;
    let authors = 0;
    for (const el of qa(first, '[data-testid="User-Name"], [data-testid="tweetText"]')) {
      if (el.getAttribute('data-testid') === 'User-Name') {
        authors += 1;
        if (authors > 1) break;
      } else if (!inCard(el)) {
        own = el;
        break;
      }
    }
    const text = readXText(own);
    return text ? present(text) : undefined;
  }
  // Other tabs (Media, Replies, Likes) never show the pinned post: its absence there proves nothing, and the page
  // does not show it (a known limit, not a markup change).
  return tabFromUrl(url) === null ? absent() : unreadable('not-shown');
}

/** The profile's own timeline in the column: labelled "Timeline: …" but not the following list. */
function profileTimeline(column: Element): Element | null {
  const labelled = findTimeline(
    column,
    (_el, label) => TIMELINE_PREFIXES.some((prefix) => label.startsWith(prefix)) && !FOLLOWING_TIMELINE.has(label),
  );
  if (labelled) return labelled;
  // Without a known label: the region of the column that holds timeline cells.
  return qa(column, 'section').find((el) => q(el, '[data-testid="cellInnerDiv"]')) ?? null;
}

function detectLanguage(doc: Document, header: Element | null): XLanguage | null {
  const fromHtml = xLanguageOf(doc);
  if (fromHtml || !header) return fromHtml;
  // Without <html lang>: the word after the following count ("Following", "abonnements", "Volgend").
  const text = foldLabel(readXText(headerLink(headerLinks(header), null, 'following')));
  if (/following/.test(text)) return 'en';
  if (/abonnement/.test(text)) return 'fr';
  if (/volgend/.test(text)) return 'nl';
  return null;
}

export function readXProfile(doc: Document, url: string): ReadResult<XProfileSnapshot> {
  const reads: Reads = {};
  const { scope, diagnostic: scopeDiagnostic } = findScope(doc);
  const language = detectLanguage(doc, scope?.header ?? null);
  const diagnostics: Diagnostics = {
    language,
    layout: scope ? `x-testid (${scope.strategy})` : null,
    fields: reads,
  };
  const fields: XProfileSnapshot['fields'] = {
    name: unreadable(),
    handle: unreadable(),
    bio: unreadable(),
    location: unreadable(),
    website: unreadable(),
    joined: unreadable(),
    followers: unreadable(),
    following: unreadable(),
    photo: unreadable(),
    banner: unreadable(),
    pinnedPost: unreadable(),
    verified: unreadable(),
  };
  if (!scope) {
    for (const key of Object.keys(fields)) reads[key] = { strategy: null, note: 'profile header not found' };
    reads.scope = scopeDiagnostic;
    return { snapshot: boundXProfile({ site: 'x', pageType: 'profile', url, selfView: null, fields }), diagnostics };
  }
  reads.scope = scopeDiagnostic;
  const { userName, header } = scope;
  const parts = outerTextBlocks(userName).map((block) => block.text);
  // The handle is the last "@…" line: a display name may look like a handle too, but it comes first.
  let handleIndex = -1;
  parts.forEach((part, i) => {
    if (HANDLE.test(part)) handleIndex = i;
  });

  fields.handle = field(reads, 'handle', [
    // 2019–2025: the "@handle" line of UserName.
    { name: 'UserName:@handle', read: () => (handleIndex >= 0 ? present(parts[handleIndex] as string) : undefined) },
    // The page URL names the profile (x.com/<handle>), though not always in the case the owner chose.
    {
      name: 'url',
      read: () => {
        const fromUrl = handleFromUrl(url);
        return fromUrl ? present(`@${fromUrl}`) : undefined;
      },
    },
  ]);
  const handle = fields.handle.status === 'present' ? fields.handle.value : null;
  const bare = handle?.slice(1) ?? handleFromUrl(url);
  const links = headerLinks(header);

  fields.name = field(reads, 'name', [
    // 2019–2025: the first text block of UserName, before the handle line.
    {
      name: 'UserName:first-line',
      read: () => {
        const name = handleIndex !== 0 ? parts[0] : undefined;
        return name ? present(name) : undefined;
      },
    },
  ]);

  const { value: selfView, diagnostic: selfDiagnostic } = readSelfView(header);
  reads.selfView = selfDiagnostic;

  fields.verified = field(reads, 'verified', [
    // 2023–2025: the badge's data-testid.
    { name: 'icon-verified', read: () => (q(userName, '[data-testid="icon-verified"]') ? present(true) : undefined) },
    // 2022–2024: the badge's aria-label in the interface language.
    {
      name: 'aria-label',
      read: () =>
        qa(userName, '[aria-label]').some((el) => VERIFIED.has(foldLabel(el.getAttribute('aria-label') ?? '')))
          ? present(true)
          : undefined,
    },
    // UserName holds no badge: not verified. An icon we do not know (a badge in another language, a new badge)
    // leaves the field unreadable rather than false; the lock of a protected account is not a badge.
    {
      name: 'UserName:no-badge',
      read: () =>
        qa(userName, 'svg').some(
          (svg) => svg.getAttribute('data-testid') !== 'icon-lock' && svg.getAttribute('aria-hidden') !== 'true',
        )
          ? undefined
          : present(false),
    },
  ]);

  fields.bio = field(reads, 'bio', [
    // 2019–2025: data-testid="UserDescription"; X leaves it out when the bio is empty.
    {
      name: 'UserDescription',
      read: () => {
        const description = q(header, '[data-testid="UserDescription"]');
        if (!description) return undefined;
        const text = readXText(description);
        return text ? present(text) : absent();
      },
    },
    // The header was found, and it has no description.
    { name: 'header:no-description', read: () => absent() },
  ]);

  const items = q(header, '[data-testid="UserProfileHeader_Items"]');
  const item = (testId: string) => q(items, `[data-testid="${testId}"]`);

  fields.location = field(
    reads,
    'location',
    [
      {
        // 2019–2025: data-testid="UserLocation" in UserProfileHeader_Items.
        name: 'UserLocation',
        read: () => {
          const text = readXText(item('UserLocation'));
          return text ? present(text) : undefined;
        },
      },
      { name: 'items:no-location', read: () => (items ? absent() : undefined) },
    ],
    'UserProfileHeader_Items not found',
  );

  fields.website = field(
    reads,
    'website',
    [
      {
        // 2019–2025: data-testid="UserUrl", an <a> to t.co whose text is the readable address.
        name: 'UserUrl',
        read: () => {
          const text = readXText(item('UserUrl'));
          return text ? present(text) : undefined;
        },
      },
      { name: 'items:no-url', read: () => (items ? absent() : undefined) },
    ],
    'UserProfileHeader_Items not found',
  );

  fields.joined = field(
    reads,
    'joined',
    [
      {
        // 2019–2025: data-testid="UserJoinDate", "Joined March 2019" / "A rejoint X en mars 2019" / "Lid sinds maart 2019".
        name: 'UserJoinDate',
        read: () => {
          const text = readXText(item('UserJoinDate'));
          const month = text ? parseMonthYear(text) : null;
          return month ? present(month) : undefined;
        },
      },
    ],
    // Every account has a join date, so a missing one means we could not read it, not that there is none.
    'no readable UserJoinDate',
  );

  fields.following = field(reads, 'following', [
    {
      // 2019–2025: the header link to /<handle>/following.
      name: 'link:/following',
      read: () => {
        const count = countFromLink(headerLink(links, bare, 'following'));
        return count === undefined ? undefined : present(count);
      },
    },
  ]);

  fields.followers = field(reads, 'followers', [
    {
      // 2023–2025: the link goes to /<handle>/verified_followers.
      name: 'link:/verified_followers',
      read: () => {
        const count = countFromLink(headerLink(links, bare, 'verified_followers'));
        return count === undefined ? undefined : present(count);
      },
    },
    {
      // 2019–2024: the link goes to /<handle>/followers.
      name: 'link:/followers',
      read: () => {
        const count = countFromLink(headerLink(links, bare, 'followers'));
        return count === undefined ? undefined : present(count);
      },
    },
  ]);

  fields.photo = field(reads, 'photo', [
    {
      // 2019–2025: the avatar links to /<handle>/photo; the egg/placeholder comes from default_profile_images.
      name: 'link:/photo',
      read: () => {
        const src = imageSource(headerLink(links, bare, 'photo') ?? null);
        return src ? present(!src.includes('default_profile_images')) : undefined;
      },
    },
    {
      // The avatar container carries the handle in its data-testid.
      name: 'UserAvatar-Container',
      read: () => {
        const container = qa(header, '[data-testid^="UserAvatar-Container-"]')[0] ?? null;
        const src = imageSource(container);
        return src ? present(!src.includes('default_profile_images')) : undefined;
      },
    },
  ]);

  fields.banner = field(reads, 'banner', [
    {
      // 2019–2025: an uploaded banner links to /<handle>/header_photo.
      name: 'link:/header_photo',
      read: () => (headerLink(links, bare, 'header_photo') ? present(true) : undefined),
    },
    {
      name: 'img:profile_banners',
      read: () =>
        qa(header, 'img').some((img) => (img.getAttribute('src') ?? '').includes('/profile_banners/'))
          ? present(true)
          : undefined,
    },
    // The header and its avatar were found, with no banner link or image: a plain grey area.
    {
      name: 'header:no-banner',
      read: () => (fields.photo.status === 'present' ? present(false) : undefined),
    },
  ]);

  fields.pinnedPost = field(
    reads,
    'pinnedPost',
    [{ name: 'timeline:first-post', read: () => pinnedPost(scope, handle, url) }],
    'the profile timeline is not loaded, or not on the Posts tab',
  );

  return { snapshot: boundXProfile({ site: 'x', pageType: 'profile', url, selfView, fields }), diagnostics };
}

/** The `data-testid` each header field is printed in; name and handle share UserName. */
const FIELD_TEST_IDS: Readonly<Record<string, string>> = {
  bio: 'UserDescription',
  location: 'UserLocation',
  website: 'UserUrl',
  joined: 'UserJoinDate',
};
/** Every field locateXProfile can show: its test-id table and the fields it finds by hand (the popup offers these). */
export const X_PROFILE_SHOWS = ['name', 'handle', ...Object.keys(FIELD_TEST_IDS), 'photo', 'banner', 'pinnedPost'];

/** Where a header field (or the pinned post) is, inside the profile's own header and column only, or null. */
export function locateXProfile(doc: Document, url: string, { field }: ShowTarget): Element | null {
  const { scope } = findScope(doc);
  if (!scope) return null;
  const { header, userName } = scope;
  const bare = handleFromUrl(url);
  const testId = field && FIELD_TEST_IDS[field];
  if (testId) return q(header, `[data-testid="${testId}"]`);
  if (field === 'name' || field === 'handle') return userName;
  if (field === 'photo') {
    return headerLink(headerLinks(header), bare, 'photo') ?? q(header, '[data-testid^="UserAvatar-Container-"]');
  }
  if (field === 'banner') return headerLink(headerLinks(header), bare, 'header_photo') ?? null;
  // The first post of the profile's own timeline is the pinned one when there is one (see pinnedPost).
  if (field === 'pinnedPost') return q(profileTimeline(scope.column), '[data-testid="tweet"]');
  return null;
}
