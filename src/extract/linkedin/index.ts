/** @file The LinkedIn readers by page type, with their predicates, for the LinkedIn content script and all readers. */
import type { ReaderTable } from '../readers';
import { readLinkedInConnections } from './connections';
import { readLinkedInInvitations } from './invitations';
import {
  isLinkedInConnections,
  isLinkedInInvitationsReceived,
  isLinkedInInvitationsSent,
  isLinkedInProfile,
} from './page-type';
import { readLinkedInProfile } from './profile';

export const LINKEDIN_READERS: ReaderTable = {
  'linkedin-profile': { is: isLinkedInProfile, read: readLinkedInProfile },
  'linkedin-invitations-received': { is: isLinkedInInvitationsReceived, read: readLinkedInInvitations },
  'linkedin-invitations-sent': { is: isLinkedInInvitationsSent, read: readLinkedInInvitations },
  'linkedin-connections': { is: isLinkedInConnections, read: readLinkedInConnections },
};
