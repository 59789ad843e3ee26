/** @file The X readers by page type, with their predicates, for the X content script and the combined table. */
import type { ReaderTable } from '../readers';
import { locateXFollowing, readXFollowing } from './following';
import { isXFollowing, isXProfile } from '../../snapshot/pages/x';
import { locateXProfile, readXProfile, X_PROFILE_SHOWS } from './profile';

export const X_READERS: ReaderTable = {
  'x-profile': { is: isXProfile, read: readXProfile, locate: locateXProfile, shows: { fields: X_PROFILE_SHOWS } },
  // A followed account's card, by the profile link of an evidence item of `accounts`.
  'x-following': { is: isXFollowing, read: readXFollowing, locate: locateXFollowing, shows: { links: 'accounts' } },
};
