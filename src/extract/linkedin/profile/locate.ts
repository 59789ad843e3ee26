/**
 * @file Locating a field of a LinkedIn profile for "Show on page": the same scan as the reader, so the same top card
 * and cards, never a decoy. Also the fields it can show, from its own tables.
 */
import type { Field } from '../../../snapshot';
import { firstMatch, isVisibleWithin, qa, readText, type Strategy } from '../../dom';
import type { ShowTarget } from '../../../snapshot/pages/page-type';
import type { SectionKind } from '../phrases';
import { type ArchivedGeneration, type Page, scan } from './scan';
import { headlineStrategies, locationStrategies, nameStrategies, profilePhoto } from './top-card';

/** Fields printed in a card of the main column, by card. */
const FIELD_CARDS: Readonly<Record<string, SectionKind>> = {
  about: 'about',
  currentPositions: 'experience',
  skills: 'skills',
  skillsTotal: 'skills',
  featured: 'featured',
};

/** Top-card fields whose text is worth pinning down to its own element; the others show the whole top card. */
const TOP_CARD_TEXTS: Readonly<Record<string, (page: Page) => Strategy<Field<string>>[]>> = {
  name: nameStrategies,
  headline: headlineStrategies,
  location: locationStrategies,
};
const TOP_CARD_FIELDS = ['photo', 'banner', 'connections', 'followers', 'openToWork', 'website'];

/** The fields the locator can show, from its own tables (the popup offers "Show on page" for these only). */
export const LINKEDIN_PROFILE_SHOWS: readonly string[] = [
  ...Object.keys(TOP_CARD_TEXTS),
  ...TOP_CARD_FIELDS,
  ...Object.keys(FIELD_CARDS),
];

/** The innermost visible element of `scope` whose whole text is `text` (the first such branch), or undefined. */
function elementWithText(scope: Element, text: string): Element | undefined {
  let found = qa(scope, '*').find((el) => readText(el) === text && isVisibleWithin(el, scope));
  for (let inner = found; inner; inner = Array.from(inner.children).find((child) => readText(child) === text)) {
    found = inner;
  }
  return found;
}

/** The live locator: the generations LinkedIn serves today. */
export function locateLinkedInProfile(doc: Document, url: string, target: ShowTarget): Element | null {
  return locateProfileWith([], doc, url, target);
}

/** A locator that also knows archived generations, like the reader it goes with. */
export function profileLocatorWith(archive: readonly ArchivedGeneration[]) {
  return (doc: Document, url: string, target: ShowTarget): Element | null => locateProfileWith(archive, doc, url, target);
}

function locateProfileWith(
  archive: readonly ArchivedGeneration[],
  doc: Document,
  url: string,
  { field = '' }: ShowTarget,
): Element | null {
  const page = scan(doc, url, archive);
  const kind = FIELD_CARDS[field];
  if (kind) return page.sections.get(kind) ?? null;
  const top = page.topCard;
  const texts = TOP_CARD_TEXTS[field];
  if (!top || (!texts && !TOP_CARD_FIELDS.includes(field))) return null;
  if (field === 'photo') return profilePhoto(page)?.img ?? top;
  const value = texts ? firstMatch(texts(page)).value : undefined;
  return (value?.status === 'present' && elementWithText(top, value.value)) || top;
}
