/**
 * @file Reads a LinkedIn profile page (`/in/<slug>/`) into a LinkedInProfileSnapshot: top card, About, Featured,
 * Activity header, Experience, Skills, and the contact-info overlay when it is open. It reads only the profile's own
 * cards (never the nav bar, sidebars, "People also viewed", ads, the messaging overlay, hidden copies or JSON blobs),
 * never clicks or scrolls, and never judges what it reads.
 */
import type {
  Field,
  FieldDiagnostic,
  LinkedInProfileSnapshot,
  Position,
  PublicUrl,
  ReadResult,
} from '../../snapshot';
import {
  absent,
  collectText,
  firstMatch,
  isHidden,
  isVisibleWithin,
  normalizeText,
  parseUrl,
  present,
  q,
  qa,
  readText,
  type Strategy,
  type StrategyResult,
  type TextView,
  unreadable,
} from '../dom';
import { boundLinkedInProfile } from '../bound';
import { parseCount } from '../parse';
import type { ShowTarget } from '../../snapshot/pages/page-type';
import {
  CONNECTIONS_TEXT,
  dateRangeIsCurrent,
  FOLLOWERS_TEXT,
  foldLabel,
  isOpenToWorkHeading,
  isOwnerControl,
  isVisitorControl,
  isWebsitesHeading,
  languageFromTag,
  type LinkedInLanguage,
  type SectionKind,
  sectionOfHeading,
} from './labels';
import { isLinkedInHost, profileSlugOf, publicUrlOf } from './public-url';

/** Markup generations, named in diagnostics. */
type Layout = 'sdui-2025' | 'artdeco-2024' | 'ember';

/** What one pass over the page found: the scopes every field reads from. */
interface Page {
  doc: Document;
  url: string;
  layout: Layout | null;
  /** The profile's own top card, or null when no strategy found it (then top-card fields are unreadable). */
  topCard: Element | null;
  /** The profile's own cards by kind, first visible one in the main column. */
  sections: Map<SectionKind, Element>;
  headingLanguages: LinkedInLanguage[];
  /** Lookups several fields share, computed on first use. */
  cache: { photo?: { img: Element; strategy: string } | null; counts?: { connections?: number; followers?: number } };
}

// ---------------------------------------------------------------------------------------------------------------
// Small DOM helpers (scoped, no globals)
// ---------------------------------------------------------------------------------------------------------------

function firstVisible(elements: Element[], scope: Element | null = null): Element | undefined {
  return elements.find((el) => isVisibleWithin(el, scope));
}

function firstVisibleIn(scope: Element | null | undefined, selector: string): Element | undefined {
  if (!scope) return undefined;
  // The first match is nearly always the visible one; list them all only when it is not.
  const first = q(scope, selector);
  if (!first || isVisibleWithin(first, scope)) return first ?? undefined;
  return firstVisible(qa(scope, selector), scope);
}

/** Visible text or undefined (never an empty string). */
function textOf(el: Element | null | undefined): string | undefined {
  const text = readText(el);
  return text || undefined;
}

/** LinkedIn's truncation control, should it lose its button: "…see more", "… more", "… meer", "…voir plus". */
const SEE_MORE = /\s*…\s*(?:see more|more|meer|plus|voir plus|meer weergeven)$/i;

/** Each child of a text box read on its own, buttons left out, `<br>` as a space. */
const WITHOUT_BUTTONS: TextView = {
  instead: (child) => {
    const tag = child.tagName.toLowerCase();
    return tag === 'button' ? '' : tag === 'br' ? ' ' : readText(child);
  },
  edge: () => '',
};

/** Text of an element without its buttons ("… more" inside the About text box of the 2025 layout). */
function textWithoutButtons(el: Element): string {
  return normalizeText(collectText(el.childNodes, WITHOUT_BUTTONS)).replace(SEE_MORE, '');
}

/** Ember prints a screen-reader label before each value ("Dates Employed", "Title"): read the value only. */
function emberText(el: Element | null | undefined): string {
  if (!el) return '';
  const children = Array.from(el.children);
  if (!children.some((child) => child.classList.contains('visually-hidden'))) return readText(el);
  return normalizeText(
    children
      .filter((child) => !child.classList.contains('visually-hidden'))
      .map(readText)
      .join(' '),
  );
}

/** The element's own text nodes, without its children ("Koffiebrander Van Dijk" before a "Full-time" span). */
function ownText(el: Element | null | undefined): string {
  if (!el) return '';
  const own = normalizeText(
    Array.from(el.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => node.nodeValue ?? '')
      .join(' '),
  );
  return own || readText(el);
}

// ---------------------------------------------------------------------------------------------------------------
// One pass over the page: top card, layout, cards
// ---------------------------------------------------------------------------------------------------------------

const TOP_CARD_HOOKS = {
  sdui: '[componentkey$="Topcard"], [componentkey$="TopCard"]',
  artdeco: 'section[data-member-id]',
  ember: '.pv-top-card',
} as const;

/**
 * The top card among the main column's sections (every generation's top card is a section, so the walk that lists
 * the cards finds it too); a whole-column query only when no section carries a hook.
 */
function findTopCard(main: Element, sections: Element[]): StrategyResult<Element> {
  const hooks = Object.values(TOP_CARD_HOOKS).join(', ');
  let candidates = sections.filter((el) => el.matches(hooks));
  if (candidates.length === 0) candidates = qa(main, hooks);
  const pick = (selector: string) => firstVisible(candidates.filter((el) => el.matches(selector)));
  return firstMatch<Element>([
    // 2025 server-driven layout: the card's componentkey ends with "Topcard" (2025-*-sdui-*.html).
    { name: '2025:componentkey-Topcard', read: () => pick(TOP_CARD_HOOKS.sdui) },
    // 2024 artdeco: the top card is the section carrying the member id (2024-*-artdeco-*.html).
    { name: '2024:data-member-id', read: () => pick(TOP_CARD_HOOKS.artdeco) },
    // Ember era (2021-03-ember-en-other.html). TODO [2027-06-01]: drop when no fixture needs it.
    { name: 'ember:pv-top-card', read: () => pick(TOP_CARD_HOOKS.ember) },
    // Any generation: the section around the first visible h1 of the main column.
    { name: 'h1-section', read: () => firstVisible(qa(main, 'h1'))?.closest('section') ?? undefined },
  ]);
}

/**
 * How each generation marks a card: the 2024 artdeco anchor (`<div id="about" class="pv-profile-card__anchor">`),
 * the tails of the 2025 `componentkey="com.linkedin.sdui.profile.card.ref<member id><Tail>"` (no tail ends another),
 * and the Ember-era class (TODO [2027-06-01]: drop the Ember classes when no fixture needs them).
 */
const CARD_HOOKS: readonly (readonly [kind: SectionKind, anchor: string, tails: string, emberClass: string])[] = [
  ['analytics', '', 'Analytics', ''],
  ['about', 'about', 'About', 'pv-about-section'],
  ['featured', 'featured', 'Featured', 'pv-featured-container'],
  ['activity', 'content_collections', '', 'pv-recent-activity-section-v2'],
  ['experience', 'experience', 'ExperienceTopLevelSection', 'experience-section'],
  ['education', 'education', 'EducationTopLevelSection', 'education-section'],
  ['licenses', 'licenses_and_certifications', 'CertificationTopLevel', ''],
  ['volunteering', 'volunteering_experience', 'VolunteerExperienceTopLevel', ''],
  ['skills', 'skills', 'Skills', 'pv-skill-categories-section'],
  ['recommendations', 'recommendations', 'RecommendationsTopLevel', ''],
  ['projects', 'projects', 'Projects', ''],
  ['languages', 'languages', 'LanguageTopLevel Languages', ''],
  ['interests', 'interests', 'Interests', 'pv-interests-section'],
];

/** A 2025 card: `componentkey="com.linkedin.sdui.profile.card.ref<member id><Tail>"`. */
const SDUI_CARD = '[componentkey^="com.linkedin.sdui.profile.card"]';

/** Which card an element is, by componentkey tail, anchor, Ember class, then heading in any language. */
function classifyCard(card: Element): { kind: SectionKind; language?: LinkedInLanguage } | undefined {
  const key = card.getAttribute('componentkey');
  let hooked = key
    ? CARD_HOOKS.find(([, , tails]) => tails && tails.split(' ').some((tail) => key.endsWith(tail)))
    : undefined;
  // The first child whose id is a known anchor names the card.
  for (const child of Array.from(card.children)) {
    hooked ??= child.id ? CARD_HOOKS.find(([, anchor]) => anchor === child.id) : undefined;
  }
  hooked ??= CARD_HOOKS.find(([, , , emberClass]) => emberClass && card.classList.contains(emberClass));
  if (hooked) return { kind: hooked[0] };
  // A heading names the card only if it is the card's own, not the first heading of a card nested inside it.
  const heading = q(card, 'h2');
  if (!heading || heading.closest(`section, ${SDUI_CARD}`) !== card) return undefined;
  return sectionOfHeading(readText(heading));
}

function layoutOf(strategy: string | null, main: Element, topCard: Element | null): Layout | null {
  if (strategy?.startsWith('2025')) return 'sdui-2025';
  if (strategy?.startsWith('2024') || q(main, 'section[data-view-name="profile-card"]')) return 'artdeco-2024';
  if (strategy?.startsWith('ember') || topCard?.classList.contains('pv-top-card') || q(main, '.pv-profile-section')) {
    return 'ember';
  }
  return null;
}

function scan(doc: Document, url: string): Page {
  const main = q(doc, 'main') ?? doc.body ?? doc.documentElement;
  const allSections = qa(main, 'section');
  const top = findTopCard(main, allSections);
  const topCard = top.value ?? null;
  const sections = new Map<SectionKind, Element>();
  const headingLanguages: LinkedInLanguage[] = [];
  // 2025 cards are sections; should one come as a div, its componentkey prefix finds it.
  const sdui = top.diagnostic.strategy?.startsWith('2025');
  for (const card of sdui ? qa(main, `section, ${SDUI_CARD}`) : allSections) {
    if (topCard && (topCard === card || topCard.contains(card) || card.contains(topCard))) continue;
    const found = classifyCard(card);
    if (!found || sections.has(found.kind) || !isVisibleWithin(card, null)) continue;
    sections.set(found.kind, card);
    if (found.language) headingLanguages.push(found.language);
  }
  return {
    doc,
    url,
    layout: layoutOf(top.diagnostic.strategy, main, topCard),
    topCard,
    sections,
    headingLanguages,
    cache: {},
  };
}

function languageOf(page: Page): LinkedInLanguage | null {
  const fromTag = languageFromTag(page.doc.documentElement?.getAttribute('lang'));
  if (fromTag) return fromTag;
  const counts = new Map<LinkedInLanguage, number>();
  for (const language of page.headingLanguages) counts.set(language, (counts.get(language) ?? 0) + 1);
  let best: LinkedInLanguage | null = null;
  for (const [language, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = language;
  return best;
}

/**
 * Cards in the order LinkedIn stacks them. A missing card is `absent` only when a card that comes after it is on
 * the page: the 2025 layout loads cards lazily, so "not there yet" must not read as "not there".
 */
const CARD_ORDER: readonly SectionKind[] = [
  'about',
  'featured',
  'activity',
  'experience',
  'education',
  'skills',
  'languages',
  'interests',
];

function loadedPast(page: Page, kind: SectionKind): boolean {
  if (!page.topCard) return false;
  const index = CARD_ORDER.indexOf(kind);
  return CARD_ORDER.slice(index + 1).some((later) => page.sections.has(later));
}

/** Runs a card's strategies, or says why the card gave nothing: absent (a later card is there) or unreadable. */
function fromCard<T>(
  page: Page,
  kind: SectionKind,
  strategies: readonly Strategy<Field<T>>[],
  whenAbsent: () => Field<T> = absent,
): StrategyResult<Field<T>> {
  const card = page.sections.get(kind);
  if (card) return firstMatch(strategies);
  if (loadedPast(page, kind)) {
    return { value: whenAbsent(), diagnostic: { strategy: 'card-order', note: `no ${kind} card; later cards shown` } };
  }
  return { value: undefined, diagnostic: { strategy: null, note: `no ${kind} card found` } };
}

function fromTopCard<T>(page: Page, strategies: readonly Strategy<T>[]): StrategyResult<T> {
  if (!page.topCard) return { value: undefined, diagnostic: { strategy: null, note: 'top card not found' } };
  return firstMatch(strategies);
}

// ---------------------------------------------------------------------------------------------------------------
// Top card
// ---------------------------------------------------------------------------------------------------------------

const CONTACT_INFO_LINK =
  'a[href*="/overlay/contact-info"], a[href*="/detail/contact-info"], #top-card-text-details-contact-info';

/**
 * Small lines beside the name that are not the headline: degrees ("· 2nd", "2e", "3rd+") and pronouns ("He/Him",
 * "Elle", "Zij/haar"). Pronouns are listed word by word so a headline such as "CTO/CEO" is never taken for one.
 */
const DEGREE = /^(?:·\s*)?(?:1st|2nd|3rd\+?|1er|2e|3e\+?|1e)$/i;
const PRONOUNS =
  /^(?:he|she|they|il|elle|iel|hij|zij|hen|die)(?:\s*\/\s*(?:him|her|them|they|she|he|lui|elle|iel|hem|haar|hun|hen|die))*$/i;

function nameStrategies(page: Page): Strategy<Field<string>>[] {
  const top = page.topCard;
  return [
    // 2025: the name is the card's h2 and the page has no h1 (2025-05-sdui-en-other.html).
    {
      name: '2025:top-card-h2',
      read: () => (page.layout === 'sdui-2025' ? wrap(notBesideName(textOf(firstVisibleIn(top, 'h2')))) : undefined),
    },
    // 2024 artdeco and late Ember: the top card's h1 (2024-06-artdeco-en-self.html).
    { name: '2024:top-card-h1', read: () => wrap(notBesideName(textOf(firstVisibleIn(top, 'h1')))) },
    // Ember 2020-21: the first item of the name list (2021-03-ember-en-other.html).
    {
      name: 'ember:top-card-list',
      // The name list, not the bullet list under the headline (location, connections) that shares its class.
      read: () =>
        wrap(notBesideName(textOf(firstVisibleIn(top, '.pv-top-card--list:not(.pv-top-card--list-bullet) > li')))),
    },
  ];
}

function wrap<T>(value: T | undefined): Field<T> | undefined {
  return value === undefined ? undefined : present(value);
}

/** A name or headline candidate that is not one of the small lines printed beside the name. */
function notBesideName(text: string | undefined): string | undefined {
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

function headlineStrategies(page: Page): Strategy<Field<string>>[] {
  const top = page.topCard;
  return [
    // 2025: hashed classes only, so the line after the name (2025-06-sdui-nl-self.html).
    {
      name: '2025:line-after-name',
      read: () => (page.layout === 'sdui-2025' && top ? wrap(sduiHeadline(top)) : undefined),
    },
    // 2024 artdeco and 2021 Ember: `.text-body-medium` under the name (2024-12-artdeco-fr-other.html).
    { name: '2024:text-body-medium', read: () => wrap(textOf(firstVisibleIn(top, '.text-body-medium'))) },
    // Ember 2020-21: the h2 under the name list (2021-03-ember-en-other.html); in 2025 the h2 is the name itself.
    {
      name: 'ember:top-card-h2',
      read: () => (page.layout === 'sdui-2025' ? undefined : wrap(textOf(firstVisibleIn(top, 'h2')))),
    },
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

function locationStrategies(page: Page): Strategy<Field<string>>[] {
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
    // Ember 2020-21: the bullet of the list under the headline that is neither a link nor a count
    // (2021-03-ember-en-other.html).
    {
      name: 'ember:list-bullet',
      read: () =>
        wrap(
          qa(top, '.pv-top-card--list-bullet > li')
            .filter((li) => isVisibleWithin(li, top) && !q(li, 'a'))
            .map(readText)
            .find(isLocationLike),
        ),
    },
  ];
}

/** A location is text, never a count ("500+ connections") or a link label. */
function isLocationLike(text: string | undefined): text is string {
  if (!text) return false;
  const folded = foldLabel(text);
  return !CONNECTIONS_TEXT.test(folded) && !FOLLOWERS_TEXT.test(folded);
}

/** The profile photo element of the top card, never the background, a logo or a mutual connection's face. */
function profilePhoto(page: Page): { img: Element; strategy: string } | undefined {
  if (page.cache.photo === undefined) page.cache.photo = findProfilePhoto(page) ?? null;
  return page.cache.photo ?? undefined;
}

function findProfilePhoto(page: Page): { img: Element; strategy: string } | undefined {
  const top = page.topCard;
  if (!top) return undefined;
  const strategies: [string, string][] = [
    // 2025 (2025-05-sdui-en-other.html).
    ['2025:topcard-logo-image', '[componentkey="topcard-logo-image-referencekey"] img'],
    // 2024 artdeco (2024-11-artdeco-en-traps.html); the open-to-work frame is a separate img.
    ['2024:profile-picture', 'img.pv-top-card-profile-picture__image--show, img.pv-top-card-profile-picture__image'],
    // Ember (2021-03-ember-en-other.html).
    ['ember:top-card-photo', 'img.pv-top-card__photo, .pv-top-card__photo img'],
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

function photoStrategies(page: Page): Strategy<Field<boolean>>[] {
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

function bannerStrategies(page: Page, photo: Field<boolean>): Strategy<Field<boolean>>[] {
  const top = page.topCard;
  return [
    // Any generation: uploaded banners are served as profile-displaybackgroundimage (all fixtures with a banner).
    {
      name: 'uploaded-background-image',
      read: () =>
        q(top, 'img[src*="displaybackgroundimage"], img[data-delayed-url*="displaybackgroundimage"]') ||
        q(top, '[style*="displaybackgroundimage"]')
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

function openToWorkStrategies(page: Page): Strategy<Field<boolean>>[] {
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
function topCardCounts(page: Page): { connections?: number; followers?: number } {
  if (!page.cache.counts) {
    const [connections, followers] = countsIn(page.topCard, [CONNECTIONS_TEXT, FOLLOWERS_TEXT]);
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
    const slug = profileSlugOf(page.url);
    const own = qa(overlay, 'a[href*="/in/"]').some(
      (a) => profileSlugOf(parseUrl(a.getAttribute('href') ?? '', page.url)?.href ?? '') === slug,
    );
    if (own) return { overlay, strategy };
  }
  return undefined;
}

function websiteStrategies(page: Page): Strategy<Field<string>>[] {
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

function selfViewStrategies(page: Page): Strategy<boolean>[] {
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
    // Any generation: edit links and owner-only buttons ("Edit intro", "Open to", "Intro bewerken").
    {
      name: 'owner-controls',
      read: () =>
        q(top, 'a[href*="/edit/intro/"], a[href*="/edit/forms/intro/"], a[href*="/edit/topcard/"]') ||
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

// ---------------------------------------------------------------------------------------------------------------
// Cards
// ---------------------------------------------------------------------------------------------------------------

function aboutStrategies(page: Page): Strategy<Field<string>>[] {
  const card = page.sections.get('about');
  return [
    // 2025: the expandable text box, whose "… more" button sits inside it (2025-05-sdui-en-other.html).
    {
      name: '2025:expandable-text-box',
      read: () => {
        const box = firstVisibleIn(card, '[data-testid="expandable-text-box"]');
        return box ? wrap(textWithoutButtons(box) || undefined) : undefined;
      },
    },
    // 2024 artdeco: the visual copy inside the show-more wrapper (2024-06-artdeco-en-self.html).
    {
      name: '2024:inline-show-more-text',
      // Not the "…see more" button, whose wrapper shares the class prefix.
      read: () =>
        wrap(
          textOf(
            qa(card, '[class*="inline-show-more-text"] > span[aria-hidden="true"]').find(
              (span) => !span.closest('button') && isVisibleWithin(span, card ?? null),
            ),
          ),
        ),
    },
    // Ember (2021-03-ember-en-other.html).
    { name: 'ember:summary-text', read: () => wrap(textOf(firstVisibleIn(card, '.pv-about__summary-text'))) },
  ];
}

/** How one generation marks experience and skill entries, and where an entry's own text lines stop. */
interface EntryMarkup {
  item: string;
  role: string;
  /** A text line of an entry (tests, not selectors: they run on every element of an entry). */
  isLine: (el: Element) => boolean;
  /** An element whose lines belong to something else (descriptions, nested roles, buttons). */
  isBoundary: (el: Element) => boolean;
  skip?: (line: Element) => boolean;
  /** The bold first line (a role's title, a group's company), when the generation marks it. */
  isBold?: (line: Element) => boolean;
  /** The "Company · Employment type" line, when the generation marks it. */
  isCompanyLine?: (line: Element) => boolean;
  /** The line that names a skill (inside the skill's link), when the generation marks it. */
  isSkillName?: (line: Element) => boolean;
}

const ENTITY = 'profile-component-entity';

/** 2024 artdeco: entities with visual/screen-reader double text; descriptions and nested roles in sub-components. */
const ARTDECO_ENTRIES: EntryMarkup = {
  item: `[data-view-name="${ENTITY}"]`,
  role: `[data-view-name="${ENTITY}"]`,
  isLine: (el) => el.tagName === 'SPAN' && el.getAttribute('aria-hidden') === 'true',
  isBoundary: (el) =>
    el.tagName === 'BUTTON' ||
    el.getAttribute('data-view-name') === ENTITY ||
    el.classList.contains('pvs-entity__sub-components'),
  // artdeco's utility classes (t-bold, t-14, t-black--light) are not hashed and outlive reorderings.
  isBold: (line) => line.closest('.t-bold') !== null,
  isCompanyLine: (line) => line.closest('.t-14.t-normal') !== null && line.closest('.t-black--light') === null,
  isSkillName: (line) => line.closest('a[data-field="skill_card_skill_topic"]') !== null,
};

/** 2025: entity-collection items of paragraphs; grouped roles are list items; descriptions are text boxes. */
const SDUI_ENTRIES: EntryMarkup = {
  item: '[componentkey^="entity-collection-item"]',
  role: 'li',
  isLine: (el) => el.tagName === 'P',
  isBoundary: (el) =>
    el.tagName === 'LI' ||
    el.tagName === 'BUTTON' ||
    el.getAttribute('data-testid') === 'expandable-text-box' ||
    (el.getAttribute('componentkey') ?? '').startsWith('entity-collection-item'),
  skip: (p) => q(p, '[data-testid="expandable-text-box"], a[href*="skill-associations"]') !== null,
  // The skill's name is the paragraph inside its link; endorsements and "used at" lines sit outside it.
  isSkillName: (line) => line.closest('a[href*="/search/"], a[href*="/skill"]') !== null,
};

interface Line {
  el: Element;
  text: string;
}

function topLevelItems(card: Element, markup: EntryMarkup): Element[] {
  return qa(card, markup.item).filter((item) => {
    for (let node = item.parentElement; node && node !== card; node = node.parentElement) {
      if (node.matches(markup.item) || isHidden(node)) return false;
    }
    return !isHidden(item);
  });
}

/**
 * The text lines that belong to `entry` itself, in order (not its description, not its nested roles): one walk
 * down the entry that never enters a boundary, so long descriptions cost nothing.
 */
function ownLines(entry: Element, markup: EntryMarkup): Line[] {
  const lines: Line[] = [];
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (isHidden(child)) continue;
      if (markup.isLine(child)) {
        const text = markup.skip?.(child) ? '' : readText(child);
        if (text) lines.push({ el: child, text });
      } else if (!markup.isBoundary(child)) {
        visit(child);
      }
    }
  };
  visit(entry);
  return lines;
}

/** `https://www.linkedin.com/company/<slug>/` for a company page link, null for anything else (search links). */
function companyPageUrl(href: string | null | undefined, base: string): string | null {
  const url = href ? parseUrl(href, base) : undefined;
  const [first, slug] = url?.pathname.split('/').filter(Boolean) ?? [];
  return url && isLinkedInHost(url) && first === 'company' && slug ? `https://www.linkedin.com/company/${slug}/` : null;
}

/** The entry's company link: the logo link when the entry has one (a search link means no page), else any. */
function entryCompanyPage(entry: Element, base: string): string | null {
  const logo = q(entry, 'a[data-field="experience_company_logo"], a[data-control-name="background_details_company"]');
  return companyPageUrl((logo ?? q(entry, 'a[href*="/company/"]'))?.getAttribute('href'), base);
}

/** "Brightwave Systems · Full-time" gives "Brightwave Systems". */
function companyOf(line: string | undefined): string | undefined {
  return line?.split(' · ')[0]?.trim() || undefined;
}

/** "3 yrs 4 mos", "5 ans 10 mois", "8 jaar 10 mnd": a duration, never a title or a company. */
const DURATION = /\b\d+\s*(?:yrs?|mos?|years?|months?|ans?|mois|jaar|jaren|mnd|maanden?)\b/i;

/** Employment types printed after the company, or alone on a group's second line. */
const EMPLOYMENT_TYPES = new Set(
  [
    'Full-time',
    'Part-time',
    'Self-employed',
    'Freelance',
    'Contract',
    'Internship',
    'Apprenticeship',
    'Seasonal',
    'CDI',
    'CDD',
    'Temps plein',
    'Temps partiel',
    'Indépendant',
    'Stage',
    'Alternance',
    'Intérim',
    'Fulltime',
    'Parttime',
    'Zelfstandige',
    'Tijdelijk',
    'Seizoenswerk',
  ].map(foldLabel),
);

const isDateLine = (text: string) => dateRangeIsCurrent(text) !== undefined;

/** "Berlin, Germany · Hybrid", "Lyon · Sur site", "Utrecht, Nederland · Op afstand": a location line. */
const WORKPLACE = /·\s*(?:hybrid|hybride|remote|on-site|sur site|a distance|op afstand|op locatie)$/;

/** A text that can be a title or a company: not a date range, a duration, an employment type or a location. */
function isNameLike(text: string | undefined): text is string {
  if (!text || isDateLine(text) || DURATION.test(text)) return false;
  const folded = foldLabel(text);
  return !EMPLOYMENT_TYPES.has(folded) && !WORKPLACE.test(folded);
}

/** The entry's logo description ("Brightwave Systems logo", "Logo de Atelier Mistral"), folded, or "". */
function logoAlt(entry: Element): string {
  const img = q(entry, 'a[data-field="experience_company_logo"] img[alt], img[alt]');
  return foldLabel(img?.getAttribute('alt') ?? '');
}

/** "Brightwave Systems · Full-time": a company line, not a title. */
function isCompanyWithType(text: string): boolean {
  const parts = text.split(' · ');
  return parts.length > 1 && EMPLOYMENT_TYPES.has(foldLabel(parts[parts.length - 1] ?? ''));
}

/** The first line the generation marks as bold, else the first line; undefined when it cannot be a name. */
function titleLine(lines: readonly Line[], markup: EntryMarkup): string | undefined {
  const text = (markup.isBold ? lines.find((line) => markup.isBold?.(line.el)) : undefined)?.text ?? lines[0]?.text;
  return isNameLike(text) && !isCompanyWithType(text) ? text : undefined;
}

/**
 * The company of a single role: the line the generation marks, else the line the logo's description names, else
 * the second line; undefined when what is found cannot be a company name.
 */
function companyLine(lines: readonly Line[], markup: EntryMarkup, alt: string, title: string): string | undefined {
  const rest = lines.filter((line) => line.text !== title && !isDateLine(line.text));
  const marked = markup.isCompanyLine ? rest.find((line) => markup.isCompanyLine?.(line.el)) : undefined;
  const named = alt ? rest.find((line) => alt.includes(foldLabel(companyOf(line.text) ?? '\u0000'))) : undefined;
  const candidate = companyOf(
    (marked ?? named ?? (lines[1] && !isDateLine(lines[1].text) ? lines[1] : undefined))?.text,
  );
  return isNameLike(candidate) && candidate !== title ? candidate : undefined;
}

/** Current roles from entries of the 2024 and 2025 layouts; undefined when the card holds no entries at all. */
function currentPositionsFrom(card: Element, markup: EntryMarkup, base: string): Position[] | undefined {
  const items = topLevelItems(card, markup);
  if (items.length === 0) return undefined;
  const positions: Position[] = [];
  for (const item of items) {
    const lines = ownLines(item, markup);
    const companyPage = () => entryCompanyPage(item, base);
    const date = lines.find((line) => isDateLine(line.text));
    if (date) {
      // One role: title, "Company · Employment type", dates.
      if (!dateRangeIsCurrent(date.text)) continue;
      const title = titleLine(lines, markup);
      const company = title ? companyLine(lines, markup, logoAlt(item), title) : undefined;
      if (title && company) positions.push({ title, company, companyPageUrl: companyPage() });
      continue;
    }
    // Grouped: the company is the header (bold, or named by the logo), the roles are nested under it.
    const alt = logoAlt(item);
    const named = alt ? lines.find((line) => alt.includes(foldLabel(line.text))) : undefined;
    const company = named?.text ?? titleLine(lines, markup);
    if (!isNameLike(company)) continue;
    for (const role of qa(item, markup.role)) {
      if (role === item || !isVisibleWithin(role, item)) continue;
      const roleLines = ownLines(role, markup);
      const roleDate = roleLines.find((line) => isDateLine(line.text));
      const title = titleLine(roleLines, markup);
      if (roleDate && dateRangeIsCurrent(roleDate.text) && title && title !== company) {
        positions.push({ title, company, companyPageUrl: companyPage() });
      }
    }
  }
  return positions;
}

/** Ember: `pv-position-entity` sections, single or grouped (`pv-entity__position-group-role-item`). */
function emberCurrentPositions(card: Element, base: string): Position[] | undefined {
  const entries = qa(card, '.pv-position-entity').filter((entry) => isVisibleWithin(entry, card));
  if (entries.length === 0) return undefined;
  const positions: Position[] = [];
  for (const entry of entries) {
    const companyPage = () => entryCompanyPage(entry, base);
    const roles = qa(entry, '.pv-entity__position-group-role-item');
    if (roles.length > 0) {
      const company = emberText(q(entry, '.pv-entity__company-summary-info h3'));
      for (const role of roles) {
        const title = emberText(q(role, 'h3'));
        if (
          dateRangeIsCurrent(emberText(q(role, '.pv-entity__date-range'))) &&
          isNameLike(title) &&
          isNameLike(company)
        ) {
          positions.push({ title, company, companyPageUrl: companyPage() });
        }
      }
      continue;
    }
    const title = emberText(q(entry, '.pv-entity__summary-info h3'));
    const company = ownText(q(entry, 'p.pv-entity__secondary-title'));
    if (dateRangeIsCurrent(emberText(q(entry, '.pv-entity__date-range'))) && isNameLike(title) && isNameLike(company)) {
      positions.push({ title, company, companyPageUrl: companyPage() });
    }
  }
  return positions;
}

function positionStrategies(page: Page): Strategy<Field<Position[]>>[] {
  const card = page.sections.get('experience');
  return [
    // 2025 (2025-06-sdui-nl-self.html: a role without company page, a grouped company).
    {
      name: '2025:entity-collection-items',
      read: () =>
        mayBe(page, 'sdui-2025') ? wrapCard(card, (c) => currentPositionsFrom(c, SDUI_ENTRIES, page.url)) : undefined,
    },
    // 2024 artdeco (2024-12-artdeco-fr-other.html: grouped roles; 2024-11-artdeco-en-traps.html: search link).
    {
      name: '2024:profile-component-entities',
      read: () => wrapCard(card, (c) => currentPositionsFrom(c, ARTDECO_ENTRIES, page.url)),
    },
    // Ember (2021-03-ember-en-other.html).
    { name: 'ember:position-entities', read: () => wrapCard(card, (c) => emberCurrentPositions(c, page.url)) },
  ];
}

/**
 * Whether a generation's card strategies are worth trying: yes when the top card showed that generation or none.
 * Their queries walk whole cards, so a 2024 page does not pay for the 2025 ones.
 */
function mayBe(page: Page, layout: Layout): boolean {
  return page.layout === null || page.layout === layout;
}

function wrapCard<T>(card: Element | undefined, read: (card: Element) => T | undefined): Field<T> | undefined {
  return card ? wrap(read(card)) : undefined;
}

/**
 * The name of each top-level skill entry: the line inside the skill's link when the generation marks it, else the
 * first line that is not an endorsement count or where the skill was used. Never a line from another entry.
 */
function entryNames(card: Element, markup: EntryMarkup, item = markup.item): string[] | undefined {
  const entries = { ...markup, item };
  const names: string[] = [];
  for (const entry of topLevelItems(card, entries)) {
    const lines = ownLines(entry, entries);
    const hooked = markup.isSkillName ? lines.find((line) => markup.isSkillName?.(line.el)) : undefined;
    const name = hooked?.text ?? lines.find((line) => !SKILL_CONTEXT.test(line.text))?.text;
    if (name) names.push(name);
  }
  return names.length > 0 ? names : undefined;
}

/** Lines under a skill's name: "23 endorsements", "Endorsed by …", "Senior Data Engineer at Nordlicht Analytics". */
const SKILL_CONTEXT =
  /^\d|endorse|recommand|onderschrijving|aanbevel|\s(?:at|chez|bij)\s|experiences? (?:at|across)|expériences?/i;

function skillStrategies(page: Page): Strategy<Field<string[]>>[] {
  const card = page.sections.get('skills');
  return [
    // 2025: skill components (2025-05-sdui-en-other.html).
    {
      name: '2025:skill-components',
      read: () =>
        mayBe(page, 'sdui-2025')
          ? wrapCard(card, (c) => entryNames(c, SDUI_ENTRIES, '[componentkey^="com.linkedin.sdui.profile.skill"]'))
          : undefined,
    },
    // 2024 artdeco: entity per skill (2024-11-artdeco-en-traps.html: "Show all 14 skills" with two listed).
    { name: '2024:profile-component-entities', read: () => wrapCard(card, (c) => entryNames(c, ARTDECO_ENTRIES)) },
    // Ember: the visible top skills only (2021-03-ember-en-other.html).
    {
      name: 'ember:skill-names',
      read: () =>
        wrapCard(card, (c) => {
          const names = qa(c, '.pv-skill-category-entity__name-text')
            .filter((el) => isVisibleWithin(el, c))
            .map(readText)
            .filter(Boolean);
          return names.length > 0 ? names : undefined;
        }),
    },
    // 2025 fallback: generic entity items.
    {
      name: '2025:entity-collection-items',
      read: () => (mayBe(page, 'sdui-2025') ? wrapCard(card, (c) => entryNames(c, SDUI_ENTRIES)) : undefined),
    },
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

function followersStrategies(page: Page): Strategy<Field<number>>[] {
  return [
    // Any generation: "1,284 followers" in the top card (2024-12-artdeco-fr-other.html).
    { name: 'top-card-count', read: () => wrap(topCardCounts(page).followers) },
    // Any generation: the count beside the Activity heading, never inside its posts (2024-06-artdeco-en-self.html).
    {
      name: 'activity-header',
      read: () => wrap(countsIn(activityHeader(page), [FOLLOWERS_TEXT])[0]),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The reader
// ---------------------------------------------------------------------------------------------------------------

export function readLinkedInProfile(doc: Document, url: string): ReadResult<LinkedInProfileSnapshot> {
  let page: Page | undefined;
  try {
    page = scan(doc, url);
  } catch {
    page = undefined;
  }
  const publicUrl = publicUrlOf(url);
  const fields = emptyFields(publicUrl ? present(publicUrl) : unreadable());
  const diagnostics: Record<string, FieldDiagnostic> = { publicUrl: { strategy: publicUrl ? 'url-slug' : null } };
  const snapshot = { site: 'linkedin', pageType: 'profile', url, selfView: null, fields } as const;

  if (!page) {
    const none = { strategy: null, note: 'the page could not be scanned' };
    for (const name of Object.keys(fields)) if (name !== 'publicUrl') diagnostics[name] = none;
    return { snapshot: boundLinkedInProfile(snapshot), diagnostics: { language: null, layout: null, fields: diagnostics } };
  }

  const p = page;
  /** Records a field's diagnostic, and its value when a strategy (or the card order) gave one. */
  const take = <K extends keyof Fields>(name: K, result: StrategyResult<Fields[K]>): Fields[K] => {
    diagnostics[name] = result.diagnostic;
    if (result.value) fields[name] = result.value;
    return fields[name];
  };
  take('name', fromTopCard(p, nameStrategies(p)));
  take('headline', fromTopCard(p, headlineStrategies(p)));
  take('location', fromTopCard(p, locationStrategies(p)));
  const photo = take('photo', fromTopCard(p, photoStrategies(p)));
  take('banner', fromTopCard(p, bannerStrategies(p, photo)));
  take('connections', fromTopCard(p, [{ name: 'top-card-count', read: () => wrap(topCardCounts(p).connections) }]));
  take('followers', fromTopCard(p, followersStrategies(p)));
  take('openToWork', fromTopCard(p, openToWorkStrategies(p)));
  take('website', fromTopCard(p, websiteStrategies(p)));
  take('about', fromCard(p, 'about', aboutStrategies(p)));
  take(
    'featured',
    fromCard(p, 'featured', [{ name: 'featured-card', read: () => present(true) }], () => present(false)),
  );
  take('currentPositions', fromCard(p, 'experience', positionStrategies(p)));
  take('skills', fromCard(p, 'skills', skillStrategies(p)));
  const self = fromTopCard(p, selfViewStrategies(p));
  diagnostics.selfView = self.diagnostic;

  return {
    snapshot: boundLinkedInProfile({ ...snapshot, selfView: self.value ?? null }),
    diagnostics: { language: languageOf(p), layout: p.layout, fields: diagnostics },
  };
}

type Fields = LinkedInProfileSnapshot['fields'];

// ---------------------------------------------------------------------------------------------------------------
// Locating a field for "Show on page": the same scan, so the same top card and cards, never a decoy
// ---------------------------------------------------------------------------------------------------------------

/** Fields printed in a card of the main column, by card. */
const FIELD_CARDS: Readonly<Record<string, SectionKind>> = {
  about: 'about',
  currentPositions: 'experience',
  skills: 'skills',
  featured: 'featured',
};

/** Top-card fields whose text is worth pinning down to its own element; the others show the whole top card. */
const TOP_CARD_TEXTS: Readonly<Record<string, (page: Page) => Strategy<Field<string>>[]>> = {
  name: nameStrategies,
  headline: headlineStrategies,
  location: locationStrategies,
};
const TOP_CARD_FIELDS = ['photo', 'banner', 'connections', 'followers', 'openToWork', 'website'];
/** Every field locateLinkedInProfile can show, from its tables: the popup offers "Show on page" for these. */
export const LINKEDIN_PROFILE_SHOWS = [...Object.keys(TOP_CARD_TEXTS), ...TOP_CARD_FIELDS, ...Object.keys(FIELD_CARDS)];

/** The innermost visible element of `scope` whose whole text is `text` (the first such branch), or undefined. */
function elementWithText(scope: Element, text: string): Element | undefined {
  let found = qa(scope, '*').find((el) => readText(el) === text && isVisibleWithin(el, scope));
  for (let inner = found; inner; inner = Array.from(inner.children).find((child) => readText(child) === text)) {
    found = inner;
  }
  return found;
}

export function locateLinkedInProfile(doc: Document, url: string, { field = '' }: ShowTarget): Element | null {
  const page = scan(doc, url);
  const kind = FIELD_CARDS[field];
  if (kind) return page.sections.get(kind) ?? null;
  const top = page.topCard;
  const texts = TOP_CARD_TEXTS[field];
  if (!top || (!texts && !TOP_CARD_FIELDS.includes(field))) return null;
  if (field === 'photo') return profilePhoto(page)?.img ?? top;
  const value = texts ? firstMatch(texts(page)).value : undefined;
  return (value?.status === 'present' && elementWithText(top, value.value)) || top;
}

/** Every field unreadable but the public address, in the snapshot's order. */
function emptyFields(publicUrl: Field<PublicUrl>): Fields {
  return {
    name: unreadable(),
    headline: unreadable(),
    about: unreadable(),
    location: unreadable(),
    photo: unreadable(),
    banner: unreadable(),
    connections: unreadable(),
    followers: unreadable(),
    publicUrl,
    openToWork: unreadable(),
    currentPositions: unreadable(),
    skills: unreadable(),
    featured: unreadable(),
    website: unreadable(),
  };
}
