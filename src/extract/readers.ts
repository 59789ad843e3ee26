/** @file The reader table type and the dispatcher that runs the reader a URL selects. Pure; never throws itself. */
import type { ReadResult } from '../snapshot';
import { type PageType, type Predicate, parsePageUrl, type SupportedPageType } from './page-type';

export type Reader = (doc: Document, url: string) => ReadResult;

/** A page type's predicate (the same as in PAGE_PREDICATES) and its reader. */
export interface PageReader {
  is: Predicate;
  read: Reader;
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
