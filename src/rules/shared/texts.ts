/**
 * @file The words the shared rule helpers show (Fix labels of a profile's fields, field names in messages, the tail
 * of a long evidence list), in English, and their lookup in the active language under `rule_shared_<name>`. A rule's
 * own words live in its `meta.texts`; these are the ones several rules share. It judges nothing.
 */
import type { RuleContext } from '../../engine/define-rule';
import { sharedTextKey } from '../../engine/message-keys';
import { localize, type MessageData } from '../../engine/messages';

export const SHARED_TEXTS = {
  fixXPinnedPost: 'Open your pinned post',
  fixXName: 'Edit your X name',
  fixXBio: 'Edit your X bio',
  fixAbout: 'Edit your About section',
  fixExperience: 'Edit your experience',
  fixContactInfo: 'Edit your contact info',
  fixHeadline: 'Edit your headline',
  // Field names as messages list them ("found in your headline, About").
  fieldHeadline: 'headline',
  fieldAbout: 'About',
  fieldCurrentPositions: 'job title',
  fieldName: 'name',
  fieldBio: 'bio',
  fieldPinnedPost: 'pinned post',
  /** The last item of an evidence list cut short. */
  andMore: '…and {{count}} more',
  /** A value quoted in a message (“Views my own”): each language writes its own quotation marks. */
  quoted: '“{{text}}”',
  /** An invitation and how long it has waited. */
  daysWaiting: '{{name}} ({{days}} days)',
} as const;

export type SharedText = keyof typeof SHARED_TEXTS;

/** A shared text in the active language (English when there is no translation), placeholders filled. */
export function sharedText({ translate }: Pick<RuleContext, 'translate'>, name: SharedText, data?: MessageData): string {
  return localize(translate, sharedTextKey(name), SHARED_TEXTS[name], data);
}
