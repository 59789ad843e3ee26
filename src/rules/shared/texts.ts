/**
 * @file The words the shared rule helpers show (Fix labels of a profile's fields, field names in messages, the tail
 * of a long evidence list), in English, and their lookup in the active language under `rule_shared_<name>`. A rule's
 * own words live in its `meta.texts`; these are the ones several rules share. On a colleague's profile they speak
 * about the profile (`SHARED_COLLEAGUE_TEXTS`, src/engine/voice.ts). It judges nothing.
 */
import type { RuleContext } from '../../engine/define-rule';
import { sharedTextKey } from '../../engine/message-keys';
import type { MessageData } from '../../engine/messages';
import { localizeIn } from '../../engine/voice';

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

/** The shared texts' wordings about a colleague's profile, where the own ones address the person. */
export const SHARED_COLLEAGUE_TEXTS: Readonly<Partial<Record<SharedText, string>>> = {
  fixXPinnedPost: 'Open the pinned post',
  fixXName: 'Edit the X name',
  fixXBio: 'Edit the X bio',
  fixAbout: 'Edit the About section',
  fixExperience: 'Edit the experience section',
  fixContactInfo: 'Edit the contact info',
  fixHeadline: 'Edit the headline',
};

/** What the helpers need of the rule's context to speak: the active language, and the voice (one's own without it). */
export type Speech = Pick<RuleContext, 'translate'> & Partial<Pick<RuleContext, 'voice'>>;

/** A shared text in the active language and voice (English when there is no translation), placeholders filled. */
export function sharedText({ translate, voice = 'own' }: Speech, name: SharedText, data?: MessageData): string {
  return localizeIn(voice, translate, (v) => sharedTextKey(name, v), SHARED_TEXTS[name], SHARED_COLLEAGUE_TEXTS[name], data);
}
