/** @file The LinkedIn readers by page type, with their predicates, for the LinkedIn content script and all readers. */
import type { ReaderTable } from '../readers';
import { locateLinkedInConnections, readLinkedInConnections } from './connections';
import { locateLinkedInInvitations, readLinkedInInvitations } from './invitations';
import {
  isLinkedInConnections,
  isLinkedInInvitationsReceived,
  isLinkedInInvitationsSent,
  isLinkedInProfile,
} from '../../snapshot/pages/linkedin';
import { locateLinkedInProfile, readLinkedInProfile } from './profile';

export const LINKEDIN_READERS: ReaderTable = {
  'linkedin-profile': { is: isLinkedInProfile, read: readLinkedInProfile, locate: locateLinkedInProfile },
  'linkedin-invitations-received': {
    is: isLinkedInInvitationsReceived,
    read: readLinkedInInvitations,
    locate: locateLinkedInInvitations,
  },
  'linkedin-invitations-sent': {
    is: isLinkedInInvitationsSent,
    read: readLinkedInInvitations,
    locate: locateLinkedInInvitations,
  },
  'linkedin-connections': { is: isLinkedInConnections, read: readLinkedInConnections, locate: locateLinkedInConnections },
};
