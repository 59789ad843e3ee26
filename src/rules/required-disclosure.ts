/**
 * @file Checks that the LinkedIn headline or About, or the X bio, carries a disclosure wording the guidelines require:
 * one of the wordings they list, no other (a near wording such as "opinions mine" counts only if listed); not where
 * it stands.
 */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { fixForField, openingOf, profileTexts, quoteList } from './shared/profile-texts';

export default defineRule({
  meta: {
    id: 'required-disclosure',
    step: 'guidelines',
    title: 'The profile says your views are your own',
    failureTitle: 'The profile lacks the required disclosure',
    description:
      'Without a disclosure, a personal opinion reads as the company’s position; with it, you can speak freely and the company is not answerable for it.',
    severity: 'serious',
    requires: { 'linkedin-profile': ['about', 'headline'], 'x-profile': ['bio'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      missing: 'Your {{place}} does not carry the disclosure the guidelines ask for: add {{wording}}.',
      missingOneOf: 'Your {{place}} does not carry the disclosure the guidelines ask for: add one of the wordings they accept, {{wordings}}.',
      noText: 'Your profile has no {{place}}, and the guidelines ask for a disclosure there: write one that includes {{wording}}.',
      noTextOneOf:
        'Your profile has no {{place}}, and the guidelines ask for a disclosure there: write one that includes one of the wordings they accept, {{wordings}}.',
    },
    texts: {
      noDisclosure: 'The guidelines set no disclosure for {{site}}.',
      notRequired: 'The guidelines do not require a disclosure on {{site}}.',
      placeBio: 'bio',
      placeAbout: 'About',
      placeHeadlineOrAbout: 'headline or About',
    },
    colleague: {
      title: 'The profile says its views are personal',
      description:
        'Without a disclosure, a personal opinion reads as the company’s position; with it, the person can speak freely and the company is not answerable for it.',
      messages: {
        missing: 'The {{place}} does not carry the disclosure the guidelines ask for: add {{wording}}.',
        missingOneOf: 'The {{place}} does not carry the disclosure the guidelines ask for: add one of the wordings they accept, {{wordings}}.',
        noText: 'The profile has no {{place}}, and the guidelines ask for a disclosure there: write one that includes {{wording}}.',
        noTextOneOf:
          'The profile has no {{place}}, and the guidelines ask for a disclosure there: write one that includes one of the wordings they accept, {{wordings}}.',
      },
    },
    // The About (LinkedIn) and the bio (X) are where a disclosure belongs; the headline is too precious for it.
    fix: (input, context) => fixForField(input, input.target === 'linkedin-profile' ? 'about' : 'bio', context),
  },
  check(input, _options, context) {
    const { guidelines, matchers, t } = context;
    const platform = input.target === 'linkedin-profile' ? 'linkedin' : 'x';
    const disclosure = guidelines.disclosure[platform];
    const matcher = matchers.disclosure[platform];
    const site = platform === 'x' ? 'X' : 'LinkedIn';
    if (!disclosure || !matcher) return notApplicable(t('noDisclosure', { site }));
    if (!disclosure.required) return notApplicable(t('notRequired', { site }));
    // Only the wordings the guidelines list count (case, accents and plurals aside), each named once in the message.
    const one = new Set(disclosure.wordings).size === 1;
    const data: Record<string, string> = { [one ? 'wording' : 'wordings']: quoteList(disclosure.wordings, context) };
    const texts = profileTexts(input, ['headline', 'about', 'bio']);
    if (texts.length === 0) {
      return fail(one ? 'noText' : 'noTextOneOf', { ...data, place: t(platform === 'x' ? 'placeBio' : 'placeAbout') });
    }
    for (const { field, text } of texts) {
      const found = matcher.find(text, matchers.tokens(text));
      if (found.length > 0) return pass([{ field, text, highlights: found.map((match) => [match.start, match.end]) }]);
    }
    return fail(
      one ? 'missing' : 'missingOneOf',
      { ...data, place: t(platform === 'x' ? 'placeBio' : 'placeHeadlineOrAbout') },
      texts.map(({ field, text }) => openingOf(field, text)),
    );
  },
});
