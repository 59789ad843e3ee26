/** @file The LinkedIn readers by page type, for the LinkedIn content script and the combined table. */
import type { ReaderTable } from '../readers';
import { readLinkedInConnections } from './connections';
import { readLinkedInInvitations } from './invitations';
import { readLinkedInProfile } from './profile';

export const LINKEDIN_READERS: ReaderTable = {
  'linkedin-profile': readLinkedInProfile,
  'linkedin-invitations-received': readLinkedInInvitations,
  'linkedin-invitations-sent': readLinkedInInvitations,
  'linkedin-connections': readLinkedInConnections,
};
