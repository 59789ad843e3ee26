/**
 * @file The registry: every rule, by id, in alphabetical order. A rule id users may have stored (turned off,
 * weighted, snoozed) is never reused or silently renamed: a rename goes through a migration with a test.
 */
import type { AnyRule } from '../engine/define-rule';
import pendingInvitationAge from './pending-invitation-age';

export const RULES: Readonly<Record<string, AnyRule>> = {
  'pending-invitation-age': pendingInvitationAge as AnyRule,
};

export const RULE_LIST: readonly AnyRule[] = Object.values(RULES);
