/**
 * @file X's dated selectors table: every hook the X readers use (see ../hooks.ts), newest first per target.
 */
import type { HookTable } from '../hooks';

export const X_HOOKS: HookTable = [];
