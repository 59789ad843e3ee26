/**
 * @file A finding's title on the colleague's page and sheet, from its rule id alone (a session keeps no text): the
 * rule's `failureTitle` (or `title` once fixed) in the browser's language, the built-in checklist item's title for
 * `manual:<id>`, and the id itself for a company's own checklist item (its words are in the guidelines, not here).
 * The page speaks to the ambassador about the colleague's profile (the rule's colleague wording, where it has one);
 * the coaching sheet speaks to the colleague about their own (`voice: 'own'`).
 * It reads messages.json (`rule_*`, `manual_*`, whose English the rules' own generates) and imports no rule: the
 * rules and their zod schemas would be most of the page's code, and its time to paint (test/bench/colleague-page.ts).
 */
import { findingTitleIn } from '../../engine/message-keys';
import type { Voice } from '../../engine/voice';
import { translateFindings } from '../shared/rule-texts';

export function findingTitle(ruleId: string, passed = false, voice: Voice = 'colleague'): string {
  return findingTitleIn(translateFindings, ruleId, passed, voice);
}
