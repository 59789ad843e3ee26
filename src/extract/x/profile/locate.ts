/**
 * @file Where an X profile's field is on the page, for the popup's "show on the page": inside the profile's own header
 * and timeline only (never the sidebar, a hover card or a tweet's author line), and the fields it can show.
 */
import type { ShowTarget } from '../../../snapshot/pages/page-type';
import { q } from '../../dom';
import { headerLink, headerLinks } from './counts';
import { findScope, handleFromUrl, one, profileTimeline } from './scope';

/** The `data-testid` each header field is printed in; name and handle share UserName. */
const FIELD_TEST_IDS: Readonly<Record<string, string>> = {
  bio: 'UserDescription',
  location: 'UserLocation',
  website: 'UserUrl',
  joined: 'UserJoinDate',
};

/** Where a header field (or the pinned post) is, inside the profile's own header and column only, or null. */
export function locateXProfile(doc: Document, url: string, { field }: ShowTarget): Element | null {
  const { scope } = findScope(doc);
  if (!scope) return null;
  const { userName } = scope;
  const bare = handleFromUrl(url);
  const testId = field && FIELD_TEST_IDS[field];
  if (testId) return one(scope, `[data-testid="${testId}"]`);
  if (field === 'name' || field === 'handle') return userName;
  if (field === 'photo') {
    return headerLink(headerLinks(scope), bare, 'photo') ?? one(scope, '[data-testid^="UserAvatar-Container-"]');
  }
  if (field === 'banner') return headerLink(headerLinks(scope), bare, 'header_photo') ?? null;
  // The first post of the profile's own timeline is the pinned one when there is one (see pinnedPost).
  if (field === 'pinnedPost') return q(profileTimeline(scope), '[data-testid="tweet"]');
  return null;
}

/** The fields locateXProfile can show: the header items of FIELD_TEST_IDS and the fields it finds otherwise. */
export const X_PROFILE_SHOWS: readonly string[] = [
  ...Object.keys(FIELD_TEST_IDS),
  'name',
  'handle',
  'photo',
  'banner',
  'pinnedPost',
];
