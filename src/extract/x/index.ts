/** @file The X readers by page type, for the X content script and the combined table. */
import type { ReaderTable } from '../readers';
import { readXFollowing } from './following';
import { readXProfile } from './profile';

export const X_READERS: ReaderTable = {
  'x-profile': readXProfile,
  'x-following': readXFollowing,
};
