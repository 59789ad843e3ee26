/**
 * @file A finding's title on the colleague's page and sheet, from its rule id alone (a session keeps no text): the
 * rule's `failureTitle` (or `title` once fixed) in the browser's language, the built-in checklist item's title for
 * `manual:<id>`, and the id itself for a company's own checklist item (its words are in the guidelines, not here).
 * The page speaks to the ambassador about the colleague's profile (the rule's colleague wording, where it has one);
 * the coaching sheet speaks to the colleague about their own (`voice: 'own'`).
 * It reads messages.json (`rule_*`, `manual_*`, whose English the rules' own generates) and imports no rule: the
 * rules and their zod schemas would be most of the page's code, and its time to paint (test/bench/colleague-page.ts).
 */
import { manualKey, ruleKey } from '../../engine/message-keys';
import type { Voice } from '../../engine/voice';
import { translateFindings } from '../shared/rule-texts';

const MANUAL_PREFIX = 'manual:';

export function findingTitle(ruleId: string, passed = false, voice: Voice = 'colleague'): string {
  if (ruleId.startsWith(MANUAL_PREFIX)) return translateFindings(manualKey(ruleId.slice(MANUAL_PREFIX.length), 'title')) ?? ruleId;
  const part = passed ? 'title' : 'failureTitle';
  return (voice === 'colleague' ? translateFindings(ruleKey(ruleId, part, 'colleague')) : undefined) ?? translateFindings(ruleKey(ruleId, part)) ?? ruleId;
}
