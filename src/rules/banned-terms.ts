/** @file Flags the guidelines' banned terms in a profile's free texts (LinkedIn headline, About, job titles; X name, bio, pinned post); it does not judge tone. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { findInTexts, fixForField, profileTexts, summarise } from './shared/profile-texts';

export default defineRule({
  meta: {
    id: 'banned-terms',
    step: 'guidelines',
    title: 'No banned term on the profile',
    failureTitle: 'The profile uses a banned term',
    description:
      'The company bans these words for a reason (a promise it cannot make, a subject it must not touch), and on an employee’s profile they read as the company speaking.',
    severity: 'serious',
    requires: { 'linkedin-profile': ['headline', 'about'], 'x-profile': ['name', 'bio'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      banned: 'The guidelines ban {{terms}}, found {{count}} time(s) in your {{fields}}: reword or remove it.',
    },
    texts: {
      noBannedTerms: 'The guidelines ban no terms.',
    },
    colleague: {
      messages: {
        banned: 'The guidelines ban {{terms}}, found {{count}} time(s) in the {{fields}}: reword or remove it.',
      },
    },
    fix: (input, context) =>
      fixForField(input, findInTexts(profileTexts(input), context.matchers.banned, context.matchers)[0]?.source.field, context),
  },
  check(input, _options, context) {
    const { matchers, t } = context;
    if (matchers.banned.size === 0) return notApplicable(t('noBannedTerms'));
    const found = findInTexts(profileTexts(input), matchers.banned, matchers);
    if (found.length === 0) return pass();
    const { terms, count, fields, evidence } = summarise(found, context);
    return fail('banned', { terms, count, fields }, evidence);
  },
});
