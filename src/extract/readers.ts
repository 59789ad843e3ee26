/** @file The reader table type and the dispatcher that runs the reader a URL selects. Pure; never throws itself. */
import type { ReadResult } from '../snapshot';
import { type PageType, pageTypeOf } from './page-type';

export type Reader = (doc: Document, url: string) => ReadResult;

/** Readers by page type. Each content script carries only its own site's table, to keep its bundle small. */
export type ReaderTable = Readonly<Partial<Record<Exclude<PageType, 'unsupported'>, Reader>>>;

/** Runs the reader for the URL's page type, or returns null when the table has none. */
export function readWith(readers: ReaderTable, doc: Document, url: string): ReadResult | null {
  const type = pageTypeOf(url);
  const reader = type === 'unsupported' ? undefined : readers[type];
  return reader ? reader(doc, url) : null;
}
