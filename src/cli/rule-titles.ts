/**
 * @file A finding's title from its rule id alone, for the command line's team report (a session keeps no text): the
 * rule's failure title in the report's language (the extension's own messages.json, `rule_*` and `manual_*`), the
 * id itself for a company's own checklist item, whose words are in its guidelines.
 */
import type { Translate } from '../engine/messages';
import { manualKey, ruleKey } from '../engine/message-keys';

const MANUAL_PREFIX = 'manual:';

export function titleOfRule(ruleId: string, translate: Translate): string {
  if (ruleId.startsWith(MANUAL_PREFIX)) return translate(manualKey(ruleId.slice(MANUAL_PREFIX.length), 'title')) ?? ruleId;
  return translate(ruleKey(ruleId, 'failureTitle')) ?? ruleId;
}
