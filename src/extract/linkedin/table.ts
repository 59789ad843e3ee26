/**
 * @file The LinkedIn readers by page type, with their predicates, for the LinkedIn content script and all readers.
 * Without the phrase book: the content script sets it from the popup's requests; src/extract/linkedin/index.ts,
 * everyone else's door, sets the bundled one.
 */
import type { ReaderTable } from '../readers';
import type { ArchivedGeneration } from './profile/scan';
import { locateLinkedInConnections, readLinkedInConnections } from './connections';
import { locateLinkedInInvitations, readLinkedInInvitations } from './invitations';
import {
  isLinkedInConnections,
  isLinkedInInvitationsReceived,
  isLinkedInInvitationsSent,
  isLinkedInProfile,
} from '../../snapshot/pages/linkedin';
import { LINKEDIN_PROFILE_SHOWS, profileLocatorWith, profileReaderWith } from './profile';

/**
 * The readers, knowing the given archived profile generations besides the live ones: none in the content script
 * (LINKEDIN_READERS), the Ember era in the full table of src/extract/index.ts.
 */
export const linkedInReaders = (archive: readonly ArchivedGeneration[]): ReaderTable => ({
  'linkedin-profile': {
    is: isLinkedInProfile,
    read: profileReaderWith(archive),
    locate: profileLocatorWith(archive),
    shows: { fields: LINKEDIN_PROFILE_SHOWS },
  },
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
});

/** The live readers, for the content script: the generations LinkedIn serves today. */
export const LINKEDIN_READERS: ReaderTable = linkedInReaders([]);
