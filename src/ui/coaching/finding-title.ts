/**
 * @file A finding's title on the colleague's page and sheet, from its rule id alone (a session keeps no text): the
 * rule's `failureTitle` (or `title` once fixed) in the browser's language, the built-in checklist item's title for
 * `manual:<id>`, and the id itself for a company's own checklist item (its words are in the guidelines, not here).
 */
import { manualKey, ruleKey } from '../../engine/message-keys';
import { localize } from '../../engine/messages';
import { DEFAULT_MANUAL_ITEMS } from '../../guidelines/presets/default';
import { RULES } from '../../rules';
import { translateFindings } from '../rule-texts';

const MANUAL_PREFIX = 'manual:';

export function findingTitle(ruleId: string, passed = false): string {
  if (ruleId.startsWith(MANUAL_PREFIX)) {
    const id = ruleId.slice(MANUAL_PREFIX.length);
    const item = DEFAULT_MANUAL_ITEMS.find((manual) => manual.id === id);
    return item ? localize(translateFindings, manualKey(id, 'title'), item.title) : id;
  }
  const rule = RULES[ruleId];
  if (!rule) return ruleId;
  const part = passed ? 'title' : 'failureTitle';
  return localize(translateFindings, ruleKey(ruleId, part), rule.meta[part]);
}
