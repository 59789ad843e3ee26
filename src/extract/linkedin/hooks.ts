/**
 * @file LinkedIn's dated selectors table: every hook the LinkedIn readers use (see ../hooks.ts), newest first per
 * target. Profile hooks first, then the invitation manager's, then the connections list's.
 */
import type { HookTable } from '../hooks';

// ---------------------------------------------------------------------------------------------------------------
// Profile (/in/<slug>/)
// ---------------------------------------------------------------------------------------------------------------
const PROFILE: HookTable = [];

// ---------------------------------------------------------------------------------------------------------------
// Invitation manager (received and sent) and connections list
// ---------------------------------------------------------------------------------------------------------------
const NETWORK: HookTable = [];

export const LINKEDIN_HOOKS: HookTable = [...PROFILE, ...NETWORK];
