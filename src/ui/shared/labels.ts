/**
 * @file Which message names each page type, checklist step and snapshot field, and the supported pages the popup
 * links to. Keys only: the words are in assets/_locales.
 */
import type { PageType } from '../../snapshot/pages/page-type';
import type { Step } from '../../guidelines/schema';
import type { MessageKey } from './i18n';

export const PAGE_TYPE_LABELS: Readonly<Record<PageType, MessageKey>> = {
  'linkedin-profile': 'pageLinkedinProfile',
  'linkedin-invitations-received': 'pageLinkedinInvitationsReceived',
  'linkedin-invitations-sent': 'pageLinkedinInvitationsSent',
  'linkedin-connections': 'pageLinkedinConnections',
  'x-profile': 'pageXProfile',
  'x-following': 'pageXFollowing',
  unsupported: 'pageUnsupported',
};

export const STEP_LABELS: Readonly<Record<Step, MessageKey>> = {
  'clean-up': 'stepCleanUp',
  'plan-ahead': 'stepPlanAhead',
  'team-up': 'stepTeamUp',
  guidelines: 'stepGuidelines',
};

/**
 * Snapshot fields in plain words, as they follow "your" ("couldn't read your About section"). A field a later
 * reader adds without a label here is shown by its name: odd, but never hidden.
 */
export const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  name: 'fieldName',
  headline: 'fieldHeadline',
  about: 'fieldAbout',
  location: 'fieldLocation',
  photo: 'fieldPhoto',
  banner: 'fieldBanner',
  connections: 'fieldConnections',
  followers: 'fieldFollowers',
  publicUrl: 'fieldPublicUrl',
  openToWork: 'fieldOpenToWork',
  currentPositions: 'fieldCurrentPositions',
  skills: 'fieldSkills',
  skillsTotal: 'fieldSkillsTotal',
  featured: 'fieldFeatured',
  website: 'fieldWebsite',
  invitations: 'fieldInvitations',
  totalCount: 'fieldTotalCount',
  handle: 'fieldHandle',
  bio: 'fieldBio',
  joined: 'fieldJoined',
  following: 'fieldFollowing',
  pinnedPost: 'fieldPinnedPost',
  verified: 'fieldVerified',
  accounts: 'fieldAccounts',
};

/** Where the coach works, for the "unsupported page" state. */
export const SUPPORTED_PAGES: readonly { label: MessageKey; url: string }[] = [
  { label: 'supportedLinkedinProfile', url: 'https://www.linkedin.com/in/me/' },
  { label: 'supportedLinkedinInvitationsReceived', url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/' },
  { label: 'supportedLinkedinInvitationsSent', url: 'https://www.linkedin.com/mynetwork/invitation-manager/sent/' },
  { label: 'supportedLinkedinConnections', url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/' },
  { label: 'supportedX', url: 'https://x.com/home' },
];
