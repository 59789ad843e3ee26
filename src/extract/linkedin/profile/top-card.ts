/**
 * @file The LinkedIn profile's top-card fields: name, headline, location, photo, banner, open-to-work, connections and
 * followers counts, website (also from the open contact-info overlay), and whether it is the owner's own view. Each
 * field is a list of strategies, newest generation first; it never reads outside the top card but for the overlay
 * and the Activity card's header.
 */
import type { Field } from '../../../snapshot';
import {
  absent,
  isHidden,
  isVisibleWithin,
  normalizeText,
  parseUrl,
  present,
  q,
  qa,
  readText,
  type Strategy,
  unreadable,
} from '../../dom';
import { parseCount } from '../../parse';
import {
  connectionsText,
  foldLabel,
  followersText,
  isOpenToWorkHeading,
  isOwnerControl,
  isVisitorControl,
  isWebsitesHeading,
} from '../phrases';
import { isLinkedInHost, linkedInSlugOf } from '../../../snapshot/pages/linkedin';
import { archived, firstVisibleIn, type Page, textOf, wrap } from './scan';

/** `/in/<slug>/overlay/contact-info/` (2024, 2025), `/in/<slug>/detail/contact-info/` (Ember), and the 2024 id. */
const CONTACT_INFO_LINK = 'a[href*="contact-info/"], #top-card-text-details-contact-info';

/**
 * Small lines beside the name that are not the headline: degrees ("· 2nd", "2e", "3rd+") and pronouns ("He/Him",
 * "Elle", "Zij/haar"). Pronouns are listed word by word so a headline such as "CTO/CEO" is never taken for one.
 */
const DEGREE = /^(?:·\s*)?(?:1st|2nd|3rd\+?|1er|2e|3e\+?|1e)$/i;
const PRONOUNS =
  /^(?:he|she|they|il|elle|iel|hij|zij|hen|die)(?:\s*\/\s*(?:him|her|them|they|she|he|lui|elle|iel|hem|haar|hun|hen|die))*$/i;

export function nameStrategies(page: Page): Strategy<Field<string>>[] {
  const top = page.topCard;
  return [
    // 2025: the name is the card's h2 and the page has no h1 (2025-05-sdui-en-other.html).
    {
      name: '2025:top-card-h2',
      read: () => (page.layout === 'sdui-2025' ? wrap(notBesideName(textOf(firstVisibleIn(top, 'h2')))) : undefined),
    },
    // 2024 artdeco and late Ember: the top card's h1 (2024-06-artdeco-en-self.html).
    { name: '2024:top-card-h1', read: () => wrap(notBesideName(textOf(firstVisibleIn(top, 'h1')))) },
    ...archived(page, 'name'),
  ];
}

/** A name or headline candidate that is not one of the small lines printed beside the name. */
export function notBesideName(text: string | undefined): string | undefined {
  return text && !DEGREE.test(text) && !PRONOUNS.test(text) ? text : undefined;
}

/**
 * 2025: the headline is a paragraph of the name's own identity block (the element holding the name's line): a
 * direct paragraph of that block first, else the first paragraph after the name in it; never a link line, a
 * pronoun or degree, nor anything outside the block (the owner's prompts, the mutual connections).
 */
function sduiHeadline(top: Element): string | undefined {
  const name = firstVisibleIn(top, 'h2');
  const nameLine = (name?.closest('a') ?? name)?.parentElement;
  const identity = nameLine?.parentElement;
  if (!name || !nameLine || !identity || !top.contains(identity)) return undefined;
  const nameText = readText(name);
  const usable = (p: Element) =>
    !nameLine.contains(p) && !p.closest('a') && !q(p, 'a') && isVisibleWithin(p, identity) && p !== name;
  const read = (p: Element | undefined) => {
    const text = p ? notBesideName(readText(p)) : undefined;
    return text && text !== nameText ? text : undefined;
  };
  for (let child = identity.firstElementChild; child; child = child.nextElementSibling) {
    const text = child.tagName === 'P' && usable(child) ? read(child) : undefined;
    if (text) return text;
  }
  for (const p of qa(identity, 'p')) {
    // 4 = Node.DOCUMENT_POSITION_FOLLOWING (no globals in readers).
    const text = name.compareDocumentPosition(p) & 4 && usable(p) ? read(p) : undefined;
    if (text) return text;
  }
  return undefined;
}

export function headlineStrategies(page: Page): Strategy<Field<string>>[] {
  const top = page.topCard;
  return [
    // 2025: hashed classes only, so the line after the name (2025-06-sdui-nl-self.html).
    {
      name: '2025:line-after-name',
      read: () => (page.layout === 'sdui-2025' && top ? wrap(sduiHeadline(top)) : undefined),
    },
    // 2024 artdeco and 2021 Ember: `.text-body-medium` under the name (2024-12-artdeco-fr-other.html).
    { name: '2024:text-body-medium', read: () => wrap(textOf(firstVisibleIn(top, '.text-body-medium'))) },
    ...archived(page, 'headline'),
  ];
}

/** The first piece of text before the contact-info link in its line: "Ghent, Flemish Region, Belgium". */
function textBeforeContactInfo(top: Element): string | undefined {
  const link = firstVisibleIn(top, CONTACT_INFO_LINK);
  const name = firstVisibleIn(top, 'h1, h2');
  let child: Element | undefined = link;
  for (let depth = 0; child && depth < 4; depth++) {
    const parent: Element | null = child.parentElement;
    // The location shares the contact-info line; a block that also holds the name is beyond that line.
    if (!parent || parent === top || (name && parent.contains(name))) return undefined;
    for (const node of Array.from(parent.childNodes)) {
      if (node === child) break;
      let text = '';
      if (node.nodeType === 3) text = normalizeText(node.nodeValue ?? '');
      else if (node.nodeType === 1 && !isHidden(node as Element)) text = readText(node as Element);
      const cleaned = text.replace(/^[\s·•|,]+|[\s·•|,]+$/g, '');
      if (cleaned) return cleaned;
    }
    child = parent;
  }
  return undefined;
}

export function locationStrategies(page: Page): Strategy<Field<string>>[] {
  const top = page.topCard;
  return [
    // Any generation: the line that ends with "Contact info" (2025-05-sdui-en-other.html, all artdeco fixtures).
    {
      name: 'before-contact-info',
      read: () => {
        const text = top ? textBeforeContactInfo(top) : undefined;
        return isLocationLike(text) ? present(text) : undefined;
      },
    },
    // 2024 artdeco (2024-06-artdeco-en-self.html).
    {
      name: '2024:text-body-small-inline',
      read: () => wrap(textOf(firstVisibleIn(top, 'span.text-body-small.inline.t-black--light'))),
    },
  ];
}

/** A location is text, never a count ("500+ connections") or a link label. */
function isLocationLike(text: string | undefined): text is string {
  if (!text) return false;
  const folded = foldLabel(text);
  return !connectionsText().test(folded) && !followersText().test(folded);
}

/** The profile photo element of the top card, never the background, a logo or a mutual connection's face. */
export function profilePhoto(page: Page): { img: Element; strategy: string } | undefined {
  if (page.cache.photo === undefined) page.cache.photo = findProfilePhoto(page) ?? null;
  return page.cache.photo ?? undefined;
}

function findProfilePhoto(page: Page): { img: Element; strategy: string } | undefined {
  const top = page.topCard;
  if (!top) return undefined;
  const strategies: (readonly [string, string])[] = [
    // 2025 (2025-05-sdui-en-other.html).
    ['2025:topcard-logo-image', '[componentkey="topcard-logo-image-referencekey"] img'],
    // 2024 artdeco (2024-11-artdeco-en-traps.html); the open-to-work frame is a separate img.
    ['2024:profile-picture', 'img[class*="pv-top-card-profile-picture__image"]'],
    ...page.archive.map((generation) => generation.photo),
  ];
  for (const [strategy, selector] of strategies) {
    const img = firstVisibleIn(top, selector);
    if (img) return { img, strategy };
  }
  const img = qa(top, 'img').find((candidate) => isVisibleWithin(candidate, top) && isOwnImage(candidate));
  return img ? { img, strategy: 'first-own-image' } : undefined;
}

function imageSource(img: Element): string {
  return img.getAttribute('data-delayed-url') ?? img.getAttribute('data-src') ?? img.getAttribute('src') ?? '';
}

/** An image of the profile itself: not the banner, not a company logo, not inside a link to someone or somewhere. */
function isOwnImage(img: Element): boolean {
  const src = imageSource(img);
  if (/displaybackgroundimage|company-logo/.test(src) || img.id === 'profile-background-image-target-image') {
    return false;
  }
  if (/\blogo\b/i.test(img.getAttribute('alt') ?? '')) return false;
  const link = img.closest('a');
  return !link || /\/overlay\//.test(link.getAttribute('href') ?? '');
}

/** True for an uploaded photo, false for the ghost placeholder, undefined when the image says neither. */
function isRealPhoto(img: Element): boolean | undefined {
  const src = imageSource(img);
  if (/ghost/i.test(img.getAttribute('class') ?? '') || /ghost/i.test(src)) return false;
  // LinkedIn's static assets (ghost person, default images) live under /aero-v1/sc/h/ or /sc/h/ on static.licdn.
  if (/\/aero-v1\/sc\/h\/|static\.licdn\.[a-z]+\/sc\/h\//.test(src)) return false;
  if (/profile-displayphoto|\/dms\/image\//.test(src)) return true;
  return undefined;
}

export function photoStrategies(page: Page): Strategy<Field<boolean>>[] {
  const photo = profilePhoto(page);
  return [
    // The photo element a generation's hook (or the first own image) found: uploaded photo or ghost placeholder
    // (2024-03-artdeco-en-sparse.html has the ghost and a mutual connection's face beside it).
    {
      name: photo ? photo.strategy : 'profile-photo',
      read: () => (photo ? wrap(isRealPhoto(photo.img)) : undefined),
    },
  ];
}

export function bannerStrategies(page: Page, photo: Field<boolean>): Strategy<Field<boolean>>[] {
  const top = page.topCard;
  return [
    // Any generation: uploaded banners are served as profile-displaybackgroundimage (all fixtures with a banner).
    {
      name: 'uploaded-background-image',
      read: () =>
        q(top, '[src*="displaybackgroundimage"], [data-delayed-url*="displaybackgroundimage"], [style*="displaybackgroundimage"]')
          ? present(true)
          : undefined,
    },
    // 2024 artdeco: the default banner keeps its slot with a static image (2024-03-artdeco-en-sparse.html).
    {
      name: '2024:default-background',
      read: () =>
        q(top, '.profile-background-image--default, img#profile-background-image-target-image')
          ? present(false)
          : undefined,
    },
    // 2025: a default banner is a plain area with no image at all; the photo proves the card's images are there
    // (2025-06-sdui-nl-self.html).
    { name: 'no-uploaded-image', read: () => (photo.status === 'present' ? present(false) : undefined) },
  ];
}

export function openToWorkStrategies(page: Page): Strategy<Field<boolean>>[] {
  const top = page.topCard;
  const photo = profilePhoto(page);
  return [
    // Any generation: the green frame is announced in the photo's alt and title (2024-11-artdeco-en-traps.html).
    {
      name: 'photo-frame',
      read: () => {
        const label = `${photo?.img.getAttribute('alt') ?? ''} ${photo?.img.getAttribute('title') ?? ''}`;
        return /#OPEN_?TO_?WORK/i.test(label) ? present(true) : undefined;
      },
    },
    // 2024: the "Open to work" card under the top card's buttons (not the owner's "Show recruiters…" prompt).
    {
      name: 'open-to-work-card',
      read: () =>
        qa(top, 'h2, h3, h4, strong, p').some(
          (el) => (el.textContent?.length ?? 0) < 60 && isOpenToWorkHeading(readText(el)),
        )
          ? present(true)
          : undefined,
    },
    { name: 'no-open-to-work-signal', read: () => (photo ? present(false) : undefined) },
  ];
}

/**
 * For each pattern, the first count in `scope` printed as a whole small element ("500+ connections",
 * "<span>3 210</span> abonnés"): from each text node with a digit, the nearest enclosing element whose text matches.
 * Walking text nodes keeps this to the few that hold digits.
 */
function countsIn(scope: Element | null | undefined, patterns: readonly RegExp[]): (number | undefined)[] {
  const counts: (number | undefined)[] = patterns.map(() => undefined);
  if (!scope) return counts;
  // 4 = NodeFilter.SHOW_TEXT (no globals in readers).
  const walker = scope.ownerDocument.createTreeWalker(scope, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\d/.test(node.nodeValue ?? '')) continue;
    for (let el = node.parentElement, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
      if ((el.textContent?.length ?? 0) > 80) break;
      const folded = foldLabel(readText(el));
      const index = patterns.findIndex((pattern, i) => counts[i] === undefined && pattern.test(folded));
      if (index >= 0 && isVisibleWithin(el, scope)) {
        counts[index] = parseCount(folded) ?? undefined;
        break;
      }
      if (el === scope) break;
    }
    if (counts.every((count) => count !== undefined)) break;
  }
  return counts;
}

/** Connections and followers counts printed in the top card, read in one pass. */
export function topCardCounts(page: Page): { connections?: number; followers?: number } {
  if (!page.cache.counts) {
    const [connections, followers] = countsIn(page.topCard, [connectionsText(), followersText()]);
    page.cache.counts = { connections, followers };
  }
  return page.cache.counts;
}

function websiteFromHref(href: string | null, base: string): string | undefined {
  // Relative links (/in/…, /search/…, /company/…) are LinkedIn's own: skip them before parsing.
  if (!href || !/^(?:https?:)?\/\/|\/redir\/redirect/i.test(href)) return undefined;
  const url = parseUrl(href, base);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  if (isLinkedInHost(url)) {
    // LinkedIn sends external links through /redir/redirect?url=<encoded target>.
    if (!/^\/redir\/redirect\/?$/.test(url.pathname)) return undefined;
    const target = url.searchParams.get('url')?.trim();
    return target && /^https?:\/\/[^/\s]/i.test(target) ? target : undefined;
  }
  return /^https?:\/\//i.test(href) ? href : url.href;
}

/** The open contact-info overlay of this profile (it names the profile's own /in/ address), if any. */
function contactOverlay(page: Page): { overlay: Element; strategy: string } | undefined {
  const candidates: [string, () => Element | null | undefined][] = [
    // 2025 (componentkey tail of the contact card); a whole-document query, so only on 2025 pages.
    [
      '2025:ContactInfoDetailSection',
      () => (page.layout === 'sdui-2025' ? q(page.doc, '[componentkey$="ContactInfoDetailSection"]') : null),
    ],
    // 2024 artdeco and Ember modals (2024-03-artdeco-en-sparse.html): found by id, which costs nothing.
    ['2024:contact-info-modal', () => q(page.doc, '#pv-contact-info')?.closest('[role="dialog"], .artdeco-modal')],
  ];
  for (const [strategy, find] of candidates) {
    const overlay = find();
    if (!overlay || !isVisibleWithin(overlay, null)) continue;
    const slug = linkedInSlugOf(page.url);
    const own = qa(overlay, 'a[href*="/in/"]').some(
      (a) => linkedInSlugOf(parseUrl(a.getAttribute('href') ?? '', page.url)?.href ?? '') === slug,
    );
    if (own) return { overlay, strategy };
  }
  return undefined;
}

export function websiteStrategies(page: Page): Strategy<Field<string>>[] {
  const top = page.topCard;
  return [
    // Any generation: a website link or custom button in the top card, usually through /redir/redirect
    // (2024-06-artdeco-en-self.html, 2024-11-artdeco-en-traps.html, 2025-05-sdui-en-other.html).
    {
      name: 'top-card-link',
      read: () => {
        for (const a of qa(top, 'a[href]')) {
          const site = isVisibleWithin(a, top) ? websiteFromHref(a.getAttribute('href'), page.url) : undefined;
          if (site) return present(site);
        }
        return undefined;
      },
    },
    // The contact-info overlay, when open: its Websites part, or positive proof there is none
    // (2024-03-artdeco-en-sparse.html, 2024-12-artdeco-fr-other-contact-info.html). Closed, LinkedIn shows the
    // website nowhere else: not shown on this page, a known limit rather than a markup change (2024-12-artdeco-fr-other.html).
    // An open overlay whose Websites part the reader cannot read stays a mismatch.
    {
      name: 'contact-info-overlay',
      read: () => {
        const found = contactOverlay(page);
        if (!found) return unreadable('not-shown');
        for (const heading of qa(found.overlay, 'h2, h3, h4, dt, header')) {
          if (!isWebsitesHeading(readText(heading))) continue;
          // The heading's own block when it holds the links (2025), else its section (2024 artdeco).
          const part = q(heading.parentElement, 'a[href]') ? heading.parentElement : heading.closest('section');
          for (const a of qa(part, 'a[href]')) {
            const site = websiteFromHref(a.getAttribute('href'), page.url);
            if (site) return present(site);
          }
          return undefined;
        }
        return absent();
      },
    },
  ];
}

export function selfViewStrategies(page: Page): Strategy<boolean>[] {
  const top = page.topCard;
  let labels: string[] | undefined;
  // aria-label and visible text of each control, read once for both strategies.
  const controlLabels = () => {
    labels ??= qa(top, 'button, a, [role="button"]').flatMap((el) => {
      const aria = el.getAttribute('aria-label');
      // Button texts are short and printed once ("Open to", "Connect"); textContent is enough for an exact match.
      const raw = el.textContent ?? '';
      const text = raw.length < 60 ? normalizeText(raw) : '';
      return aria ? [aria, text] : [text];
    });
    return labels;
  };
  return [
    // Any generation: edit links (`/edit/intro/`, `/edit/forms/intro/`, `/edit/topcard/`; external links never show
    // a bare path, they go through /redir/redirect) and owner-only buttons ("Edit intro", "Open to", "Intro bewerken").
    {
      name: 'owner-controls',
      read: () =>
        q(top, 'a[href*="/edit/"]') ||
        controlLabels().some(isOwnerControl)
          ? true
          : undefined,
    },
    // Any generation: connect, message and follow controls for the profile's person (checked after the owner's
    // controls, which never sit beside them).
    {
      name: 'visitor-controls',
      read: () =>
        q(
          top,
          'a[href*="/messaging/compose/"], a[href*="/messaging/thread/new"], a[href*="/preload/custom-invite/"]',
        ) || controlLabels().some(isVisitorControl)
          ? false
          : undefined,
    },
    // 2024/2025: the Analytics card ("Private to you") is shown to the owner only (2025-06-sdui-nl-self.html).
    { name: 'owner-analytics-card', read: () => (page.sections.has('analytics') ? true : undefined) },
  ];
}

/**
 * Where the Activity card prints its followers: the heading's own header block, or, when the heading sits
 * directly in the card, the one element right after it. Never the posts below (a reposted company's
 * "12,400 followers" is not the profile's).
 */
function activityHeader(page: Page): Element | undefined {
  const card = page.sections.get('activity');
  const heading = firstVisibleIn(card, 'h2');
  const header = heading?.parentElement;
  if (!heading || !header) return undefined;
  return header !== card ? header : (heading.nextElementSibling ?? undefined);
}

export function followersStrategies(page: Page): Strategy<Field<number>>[] {
  return [
    // Any generation: "1,284 followers" in the top card (2024-12-artdeco-fr-other.html).
    { name: 'top-card-count', read: () => wrap(topCardCounts(page).followers) },
    // Any generation: the count beside the Activity heading, never inside its posts (2024-06-artdeco-en-self.html).
    {
      name: 'activity-header',
      read: () => wrap(countsIn(activityHeader(page), [followersText()])[0]),
    },
  ];
}
