/** @file Checks that the LinkedIn About, or the X bio or pinned post, carries one of the company's hashtags; it does not count how many. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { hasHashtag } from '../engine/matchers';
import { fixForField, openingOf, profileTexts } from './shared/profile-texts';

export default defineRule({
  meta: {
    id: 'brand-hashtags',
    step: 'team-up',
    title: 'Your profile carries a company hashtag',
    failureTitle: 'Your profile carries no company hashtag',
    description:
      'A company hashtag links your profile to everything your colleagues and the company post under it, and makes you findable with them.',
    severity: 'minor',
    requires: { 'linkedin-profile': ['about'], 'x-profile': ['bio'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      missing: 'None of the company’s hashtags ({{hashtags}}) in the {{place}}: add one where it fits.',
    },
    texts: {
      noHashtags: 'The guidelines give no company hashtag.',
      placeAbout: 'About',
      placeXTexts: 'bio and pinned post',
    },
    colleague: {
      title: 'The profile carries a company hashtag',
      failureTitle: 'The profile carries no company hashtag',
      description:
        'A company hashtag links the profile to everything colleagues and the company post under it, and makes the person findable with them.',
    },
    fix: (input, context) => fixForField(input, input.target === 'linkedin-profile' ? 'about' : 'bio', context),
  },
  check(input, _options, { guidelines, t }) {
    const hashtags = guidelines.brand?.hashtags ?? [];
    if (hashtags.length === 0) return notApplicable(t('noHashtags'));
    // The pinned post is read when the page showed it; it is not required, so an unread one never blocks the rule.
    const texts = profileTexts(input, ['about', 'bio', 'pinnedPost']);
    if (texts.some(({ text }) => hashtags.some((hashtag) => hasHashtag(text, hashtag)))) return pass();
    return fail(
      'missing',
      { place: t(input.target === 'linkedin-profile' ? 'placeAbout' : 'placeXTexts'), hashtags: hashtags.join(', ') },
      texts.map(({ field, text }) => openingOf(field, text)),
    );
  },
});
