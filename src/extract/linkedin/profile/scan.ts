/**
 * @file One pass over a LinkedIn profile page: the markup generation, the profile's own top card and cards (by
 * componentkey tail, anchor, an archived generation's class or heading), and the small scoped helpers every field
 * reader shares. It reads no field itself.
 */
import type { Field, Position } from '../../../snapshot';
import {
  absent,
  firstMatch,
  isVisibleWithin,
  present,
  q,
  qa,
  readText,
  type Strategy,
  type StrategyResult,
} from '../../dom';
import { languageFromTag, type LinkedInLanguage, type SectionKind, sectionOfHeading } from '../phrases';

/** Markup generations, named in diagnostics. */
type Layout = 'sdui-2025' | 'artdeco-2024' | 'ember';

/** The fields an archived generation may add strategies to, tried after the live generations' own. */
interface ArchivedFields {
  name: Field<string>;
  headline: Field<string>;
  about: Field<string>;
  currentPositions: Field<Position[]>;
  skills: Field<string[]>;
}

/**
 * A markup generation LinkedIn no longer serves, still found in old saved pages: read by the full reader table (the
 * command-line audit, tests, bench: src/extract/index.ts), never by the content script, which has no bytes to spare.
 */
export interface ArchivedGeneration {
  layout: Layout;
  /** Its top card: strategy name and selector, tried after the live generations' and before the h1 fallback. */
  topCard: readonly [name: string, selector: string];
  /** Any element that marks the generation in the main column. */
  marks: string;
  /** Its card classes, by card. */
  cards: Partial<Record<SectionKind, string>>;
  /** Its photo: strategy name and selector, tried before the first own image. */
  photo: readonly [name: string, selector: string];
  fields: { [K in keyof ArchivedFields]?: (page: Page) => Strategy<ArchivedFields[K]> };
}

/** The archived generations' strategies for a field, in their order. */
export function archived<K extends keyof ArchivedFields>(page: Page, field: K): Strategy<ArchivedFields[K]>[] {
  return page.archive.flatMap((generation) => generation.fields[field]?.(page) ?? []);
}

/** What one pass over the page found: the scopes every field reads from. */
export interface Page {
  doc: Document;
  url: string;
  /** The archived generations this reader knows (none in the content script). */
  archive: readonly ArchivedGeneration[];
  layout: Layout | null;
  /** The profile's own top card, or null when no strategy found it (then top-card fields are unreadable). */
  topCard: Element | null;
  /** The profile's own cards by kind, first visible one in the main column. */
  sections: Map<SectionKind, Element>;
  headingLanguages: LinkedInLanguage[];
  /** Lookups several fields share, computed on first use. */
  cache: { photo?: { img: Element; strategy: string } | null; counts?: { connections?: number; followers?: number } };
}

function firstVisible(elements: Element[], scope: Element | null = null): Element | undefined {
  return elements.find((el) => isVisibleWithin(el, scope));
}

export function firstVisibleIn(scope: Element | null | undefined, selector: string): Element | undefined {
  if (!scope) return undefined;
  // The first match is nearly always the visible one; list them all only when it is not.
  const first = q(scope, selector);
  if (!first || isVisibleWithin(first, scope)) return first ?? undefined;
  return firstVisible(qa(scope, selector), scope);
}

/** Visible text or undefined (never an empty string). */
export function textOf(el: Element | null | undefined): string | undefined {
  const text = readText(el);
  return text || undefined;
}

const TOP_CARD_HOOKS = {
  sdui: '[componentkey$="Topcard"], [componentkey$="TopCard"]',
  artdeco: 'section[data-member-id]',
} as const;

/**
 * The top card among the main column's sections (every generation's top card is a section, so the walk that lists
 * the cards finds it too); a whole-column query only when no section carries a hook.
 */
function findTopCard(main: Element, sections: Element[], archive: readonly ArchivedGeneration[]): StrategyResult<Element> {
  const hooks = [...Object.values(TOP_CARD_HOOKS), ...archive.map((generation) => generation.topCard[1])].join(', ');
  let candidates = sections.filter((el) => el.matches(hooks));
  if (candidates.length === 0) candidates = qa(main, hooks);
  const pick = (selector: string) => firstVisible(candidates.filter((el) => el.matches(selector)));
  return firstMatch<Element>([
    // 2025 server-driven layout: the card's componentkey ends with "Topcard" (2025-*-sdui-*.html).
    { name: '2025:componentkey-Topcard', read: () => pick(TOP_CARD_HOOKS.sdui) },
    // 2024 artdeco: the top card is the section carrying the member id (2024-*-artdeco-*.html).
    { name: '2024:data-member-id', read: () => pick(TOP_CARD_HOOKS.artdeco) },
    // Archived generations (profile/ember.ts).
    ...archive.map(({ topCard: [name, selector] }) => ({ name, read: () => pick(selector) })),
    // Any generation: the section around the first visible h1 of the main column.
    { name: 'h1-section', read: () => firstVisible(qa(main, 'h1'))?.closest('section') ?? undefined },
  ]);
}

/**
 * How each generation marks a card: the 2024 artdeco anchor (`<div id="about" class="pv-profile-card__anchor">`),
 * and the tails of the 2025 `componentkey="com.linkedin.sdui.profile.card.ref<member id><Tail>"` (no tail ends
 * another); archived generations add their classes (ArchivedGeneration.cards).
 */
const CARD_HOOKS: readonly (readonly [kind: SectionKind, anchor: string, tails: string])[] = [
  ['analytics', '', 'Analytics'],
  ['about', 'about', 'About'],
  ['featured', 'featured', 'Featured'],
  ['activity', 'content_collections', ''],
  ['experience', 'experience', 'ExperienceTopLevelSection'],
  ['education', 'education', 'EducationTopLevelSection'],
  ['skills', 'skills', 'Skills'],
  ['languages', 'languages', 'LanguageTopLevel Languages'],
  ['interests', 'interests', 'Interests'],
];

/** A 2025 card: `componentkey="com.linkedin.sdui.profile.card.ref<member id><Tail>"`. */
const SDUI_CARD = '[componentkey^="com.linkedin.sdui.profile.card"]';

/** Which card an element is, by componentkey tail, anchor, an archived generation's class, then heading in any language. */
function classifyCard(
  card: Element,
  archive: readonly ArchivedGeneration[],
): { kind: SectionKind; language?: LinkedInLanguage } | undefined {
  const key = card.getAttribute('componentkey');
  let hooked = key
    ? CARD_HOOKS.find(([, , tails]) => tails && tails.split(' ').some((tail) => key.endsWith(tail)))
    : undefined;
  // The first child whose id is a known anchor names the card.
  for (const child of Array.from(card.children)) {
    hooked ??= child.id ? CARD_HOOKS.find(([, anchor]) => anchor === child.id) : undefined;
  }
  if (hooked) return { kind: hooked[0] };
  for (const { cards } of archive) {
    const kind = (Object.keys(cards) as SectionKind[]).find((k) => card.classList.contains(cards[k] ?? ''));
    if (kind) return { kind };
  }
  // A heading names the card only if it is the card's own, not the first heading of a card nested inside it.
  const heading = q(card, 'h2');
  if (!heading || heading.closest(`section, ${SDUI_CARD}`) !== card) return undefined;
  return sectionOfHeading(readText(heading));
}

function layoutOf(
  strategy: string | null,
  main: Element,
  topCard: Element | null,
  archive: readonly ArchivedGeneration[],
): Layout | null {
  if (strategy?.startsWith('2025')) return 'sdui-2025';
  if (strategy?.startsWith('2024') || q(main, 'section[data-view-name="profile-card"]')) return 'artdeco-2024';
  const old = archive.find(
    (generation) =>
      strategy?.startsWith(generation.layout) || topCard?.matches(generation.topCard[1]) || q(main, generation.marks),
  );
  return old?.layout ?? null;
}

export function scan(doc: Document, url: string, archive: readonly ArchivedGeneration[] = []): Page {
  const main = q(doc, 'main') ?? doc.body ?? doc.documentElement;
  // One query for both kinds of card: sections (every generation) and 2025 cards that come as a div.
  const cards = qa(main, `section, ${SDUI_CARD}`);
  const allSections = cards.filter((el) => el.localName === 'section');
  const top = findTopCard(main, allSections, archive);
  const topCard = top.value ?? null;
  const sections = new Map<SectionKind, Element>();
  const headingLanguages: LinkedInLanguage[] = [];
  // 2025 cards are sections; should one come as a div, its componentkey prefix finds it.
  const sdui = top.diagnostic.strategy?.startsWith('2025');
  for (const card of sdui ? cards : allSections) {
    if (topCard && (topCard === card || topCard.contains(card) || card.contains(topCard))) continue;
    const found = classifyCard(card, archive);
    if (!found || sections.has(found.kind) || !isVisibleWithin(card, null)) continue;
    sections.set(found.kind, card);
    if (found.language) headingLanguages.push(found.language);
  }
  return {
    doc,
    url,
    archive,
    layout: layoutOf(top.diagnostic.strategy, main, topCard, archive),
    topCard,
    sections,
    headingLanguages,
    cache: {},
  };
}

export function languageOf(page: Page): LinkedInLanguage | null {
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
export function fromCard<T>(
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

export function fromTopCard<T>(page: Page, strategies: readonly Strategy<T>[]): StrategyResult<T> {
  if (!page.topCard) return { value: undefined, diagnostic: { strategy: null, note: 'top card not found' } };
  return firstMatch(strategies);
}

export function wrap<T>(value: T | undefined): Field<T> | undefined {
  return value === undefined ? undefined : present(value);
}

/**
 * Whether a generation's card strategies are worth trying: yes when the top card showed that generation or none.
 * Their queries walk whole cards, so a 2024 page does not pay for the 2025 ones.
 */
export function mayBe(page: Page, layout: Layout): boolean {
  return page.layout === null || page.layout === layout;
}

export function wrapCard<T>(card: Element | undefined, read: (card: Element) => T | undefined): Field<T> | undefined {
  return card ? wrap(read(card)) : undefined;
}
