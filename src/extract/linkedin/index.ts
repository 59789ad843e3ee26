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
import { LINKEDIN_PROFILE_SHOWS, locateLinkedInProfile, readLinkedInProfile } from './profile';

export const LINKEDIN_READERS: ReaderTable = {
  'linkedin-profile': { is: isLinkedInProfile, read: readLinkedInProfile, locate: locateLinkedInProfile, shows: { fields: LINKEDIN_PROFILE_SHOWS } },
  // List pages show a card by the profile link of an evidence item of their list field.
  'linkedin-invitations-received': {
    is: isLinkedInInvitationsReceived,
    read: readLinkedInInvitations,
    locate: locateLinkedInInvitations,
    shows: { links: 'invitations' },
  },
  'linkedin-invitations-sent': {
    is: isLinkedInInvitationsSent,
    read: readLinkedInInvitations,
    locate: locateLinkedInInvitations,
    shows: { links: 'invitations' },
  },
  'linkedin-connections': {
    is: isLinkedInConnections,
    read: readLinkedInConnections,
    locate: locateLinkedInConnections,
    shows: { links: 'connections' },
  },
};
