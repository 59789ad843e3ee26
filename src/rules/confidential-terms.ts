/** @file Flags confidential terms (code names, clients under NDA, unpublished results) in a profile's free texts, with the guidelines' reason. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { findInTexts, fixForField, profileTexts, summarise } from './shared/profile-texts';

// Free texts: LinkedIn headline, About, job titles; X name, bio, pinned post (shared/profile-texts.ts).

export default defineRule({
  meta: {
    id: 'confidential-terms',
    step: 'guidelines',
    title: 'Nothing confidential on the profile',
    failureTitle: 'The profile names something confidential',
    description:
      'An unannounced product, a client under NDA or a result before its publication, once on a public profile, cannot be taken back.',
    severity: 'critical',
    requires: { 'linkedin-profile': ['headline', 'about'], 'x-profile': ['name', 'bio'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      confidential: '{{terms}} is confidential and appears in your {{fields}}: remove it.',
      confidentialWhy: '{{terms}} must not appear on your profile ({{fields}}): {{why}}',
    },
    texts: {
      noConfidentialTerms: 'The guidelines list no confidential terms.',
    },
    colleague: {
      messages: {
        confidential: '{{terms}} is confidential and appears in the {{fields}}: remove it.',
        confidentialWhy: '{{terms}} must not appear on the profile ({{fields}}): {{why}}',
      },
    },
    fix: (input, context) =>
      fixForField(input, findInTexts(profileTexts(input), context.matchers.confidential, context.matchers)[0]?.source.field, context),
  },
  check(input, _options, context) {
    const { matchers, t } = context;
    if (matchers.confidential.size === 0) return notApplicable(t('noConfidentialTerms'));
    const found = findInTexts(profileTexts(input), matchers.confidential, matchers);
    if (found.length === 0) return pass();
    const { terms, fields, evidence } = summarise(found, context);
    // The company's own reasons, each once, in the order the terms were found.
    const whys = [
      ...new Set(found.flatMap(({ matches }) => matches.flatMap((match) => matchers.confidentialWhy.get(match.term) ?? []))),
    ];
    if (whys.length === 0) return fail('confidential', { terms, fields }, evidence);
    return fail('confidentialWhy', { terms, fields, why: whys.join(' ') }, evidence);
  },
});
