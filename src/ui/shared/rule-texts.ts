/**
 * @file The rules' own words (titles, descriptions, findings) in the browser's language, for the options page: the
 * same messages.json entries (rule_*, manual_*, engine_*) the background hands the engine, read through
 * `browser.i18n`, with the rules' English as the fallback. It translates nothing of the interface (i18n.ts does).
 */
import { browser } from 'wxt/browser';
import type { AnyRule } from '../../engine/define-rule';
import { ruleKey, type RulePart } from '../../engine/message-keys';
import { localize, type Translate } from '../../engine/messages';
import { formatErrorIn, type GuidelinesMessage, renderMessage } from '../../guidelines/messages';

/** For the engine: the message under a key, or undefined (unknown key, or no i18n at all) so English applies. */
export const translateFindings: Translate = (key) => {
  try {
    // A plain signature: WXT types getMessage by key only after `wxt prepare`.
    return (browser.i18n as { getMessage(name: string): string }).getMessage(key) || undefined;
  } catch {
    return undefined;
  }
};

/** A guidelines error or warning as one line in the browser's language (the parser's messages by id). */
export const errorLine = (error: { path: string; line: number | null; message: string; text?: GuidelinesMessage }) =>
  formatErrorIn(error, translateFindings);

/** A message of the guidelines' (src/guidelines/messages.ts) in the browser's language. */
export const guidelinesText = (text: GuidelinesMessage) => renderMessage(text, translateFindings);

/** A rule's title or description in the browser's language. */
export function ruleText(rule: AnyRule, part: Extract<RulePart, 'title' | 'description'>): string {
  return localize(translateFindings, ruleKey(rule.meta.id, part), rule.meta[part]);
}
