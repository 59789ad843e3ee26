/**
 * @file The reader table type and the dispatchers that run the reader (or locator) a URL selects. Pure; never
 * throws itself.
 */
import type { ReadResult } from '../snapshot';
import {
  type PageType,
  type Predicate,
  parsePageUrl,
  type ShowTarget,
  type Shows,
  type SupportedPageType,
} from '../snapshot/pages/page-type';

export type Reader = (doc: Document, url: string) => ReadResult;

/**
 * Where a target is printed on the page, found through the reader's own scoping (so never a decoy), or null.
 * Pure like the reader.
 */
export type Locator = (doc: Document, url: string, target: ShowTarget) => Element | null;

/**
 * A page type's predicate (the same as in PAGE_PREDICATES), its reader, its locator, and what the locator can show,
 * taken from the locator's own tables (LINKEDIN_PROFILE_SHOWS…): the popup offers "Show on page" from it.
 */
export interface PageReader {
  is: Predicate;
  read: Reader;
  locate?: Locator;
  shows?: Shows;
}

/**
 * Readers by page type, each with the predicate that selects it. Each content script carries only its own site's
 * table, predicates included, to keep its bundle small.
 */
export type ReaderTable = Readonly<Partial<Record<SupportedPageType, PageReader>>>;

/** The page type of a URL among the table's types; 'unsupported' for any other page. */
export function pageTypeIn(readers: ReaderTable, url: string): PageType {
  const parsed = parsePageUrl(url);
  if (!parsed) return 'unsupported';
  for (const [type, page] of Object.entries(readers)) {
    if (page.is(parsed)) return type as PageType;
  }
  return 'unsupported';
}

/** Runs the reader for the URL's page type, or returns null when the table has none. */
export function readWith(readers: ReaderTable, doc: Document, url: string): ReadResult | null {
  const type = pageTypeIn(readers, url);
  return type === 'unsupported' ? null : (readers[type]?.read(doc, url) ?? null);
}

/** The element the URL's page type prints the target in, or null when it has none (or no locator). */
export function locateWith(readers: ReaderTable, doc: Document, url: string, target: ShowTarget): Element | null {
  const type = pageTypeIn(readers, url);
  return type === 'unsupported' ? null : (readers[type]?.locate?.(doc, url, target) ?? null);
}
