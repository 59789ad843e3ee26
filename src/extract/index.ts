/**
 * @file Every reader, for the command-line audit, the tests and the benchmark: picks the reader for a URL and
 * runs it. Pure: the caller passes the document and the URL. Returns null for pages no reader covers.
 * (Content scripts import only their own site's table, which reads the markup generations the sites serve today;
 * this table also reads the archived ones of old saved pages: the Ember-era LinkedIn profile.)
 */
import type { ReadResult } from '../snapshot';
import { linkedInReaders } from './linkedin';
import { EMBER } from './linkedin/profile/ember';
import { readWith } from './readers';
import { X_READERS } from './x';

export const ALL_READERS = { ...linkedInReaders([EMBER]), ...X_READERS };

export function readPage(doc: Document, url: string): ReadResult | null {
  return readWith(ALL_READERS, doc, url);
}
