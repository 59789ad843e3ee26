/**
 * @file URLs each page-type predicate must accept, and URLs none may: the page-type test checks that every example
 * matches its own predicate and no other. Kept apart from page-type.ts so no content script ships them.
 */
import type { PageType } from './page-type';

/** URLs each predicate must accept; the page-type test checks that no other predicate accepts them. */
export const PAGE_EXAMPLES: Readonly<Record<Exclude<PageType, 'unsupported'>, readonly string[]>> = {
  'linkedin-profile': [
    'https://www.linkedin.com/in/ada-vermeulen-4b2a1c7/',
    'https://www.linkedin.com/in/ada-vermeulen-4b2a1c7',
    'https://www.linkedin.com/in/jdoe/?originalSubdomain=be',
    'https://www.linkedin.com/in/jdoe/overlay/contact-info/',
    'https://www.linkedin.com/in/jdoe/edit/intro/',
    'https://linkedin.com/in/jdoe/',
  ],
  'linkedin-invitations-received': [
    'https://www.linkedin.com/mynetwork/invitation-manager/',
    'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    'https://www.linkedin.com/mynetwork/invitation-manager/received/?filterCriteria=null',
  ],
  'linkedin-invitations-sent': [
    'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
    'https://www.linkedin.com/mynetwork/invitation-manager/sent/people/',
  ],
  'linkedin-connections': ['https://www.linkedin.com/mynetwork/invite-connect/connections/'],
  'x-profile': [
    'https://x.com/brightwave_ada',
    'https://x.com/brightwave_ada/',
    'https://x.com/brightwave_ada/with_replies',
    'https://x.com/brightwave_ada/media',
    'https://twitter.com/brightwave_ada',
    'https://mobile.x.com/brightwave_ada',
  ],
  'x-following': ['https://x.com/brightwave_ada/following', 'https://twitter.com/brightwave_ada/following/'],
};

/** URLs that look close to a supported page but are not one. */
export const UNSUPPORTED_EXAMPLES = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/jdoe/details/skills/',
  'https://www.linkedin.com/in/jdoe/recent-activity/all/',
  'https://www.linkedin.com/company/brightwave-systems/',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/mynetwork/invite-connect/connections/extra/',
  'http://www.linkedin.com/in/jdoe/',
  'https://www.linkedin.com.evil.example/in/jdoe/',
  'https://x.com/home',
  'https://x.com/explore',
  'https://x.com/i/bookmarks',
  'https://x.com/brightwave_ada/status/1790000000000000000',
  'https://x.com/brightwave_ada/followers',
  'https://x.com/brightwave_ada/verified_followers',
  'https://x.com/this_handle_is_far_too_long',
  'https://example.com/in/jdoe/',
  'not a url',
] as const;
