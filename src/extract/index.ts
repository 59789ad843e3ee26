/**
 * @file Picks the page reader for a URL and runs it. Pure: the caller passes the document and the URL.
 * Returns null for pages no reader covers; never throws.
 */
import type { ReadResult } from '../snapshot';
import { readLinkedInConnections } from './linkedin/connections';
import { readLinkedInInvitations } from './linkedin/invitations';
import { readLinkedInProfile } from './linkedin/profile';
import { type PageType, pageTypeOf } from './page-type';
import { readXFollowing } from './x/following';
import { readXProfile } from './x/profile';

type Reader = (doc: Document, url: string) => ReadResult;

const READERS: Readonly<Record<Exclude<PageType, 'unsupported'>, Reader>> = {
  'linkedin-profile': readLinkedInProfile,
  'linkedin-invitations-received': readLinkedInInvitations,
  'linkedin-invitations-sent': readLinkedInInvitations,
  'linkedin-connections': readLinkedInConnections,
  'x-profile': readXProfile,
  'x-following': readXFollowing,
};

export function readPage(doc: Document, url: string): ReadResult | null {
  const type = pageTypeOf(url);
  if (type === 'unsupported') return null;
  return READERS[type](doc, url);
}
