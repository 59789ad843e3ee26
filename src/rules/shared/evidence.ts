/**
 * @file The one bound on a finding's evidence: at most MAX_EVIDENCE items, then one "…and N more" item, whatever
 * the page holds (100,000 invitations once gave one finding 94,500 items and a 23 MB message). It judges nothing.
 */
import type { Evidence } from '../../engine/define-rule';
import { type Speech, sharedText } from './texts';

/** At most this many evidence items per rule: enough to show the pattern, never a wall. */
export const MAX_EVIDENCE = 20;

/**
 * Evidence for the first MAX_EVIDENCE of `items` (only those are turned into evidence), and an "…and N more" item
 * in `field` when there are more.
 */
export function listEvidence<T>(
  items: readonly T[],
  toEvidence: (item: T) => Evidence,
  context: Speech,
  field: string,
): Evidence[] {
  const evidence = items.slice(0, MAX_EVIDENCE).map(toEvidence);
  if (items.length > MAX_EVIDENCE) evidence.push({ field, text: sharedText(context, 'andMore', { count: items.length - MAX_EVIDENCE }) });
  return evidence;
}
