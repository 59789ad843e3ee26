/** @file Checks that the LinkedIn and X profiles link a website at all (checklist: plan ahead); which site is website-domain's business. */
import { z } from 'zod';
import { defineRule, fail, pass } from '../engine/define-rule';
import { LINKEDIN, linkedinSlugOf, X } from '../engine/fix-urls';

export default defineRule({
  meta: {
    id: 'website-link',
    step: 'plan-ahead',
    title: 'The profile links a website',
    failureTitle: 'The profile links no website',
    description:
      'A link lets an interested visitor take the next step, to the company’s site or your page on it, instead of leaving.',
    severity: 'minor',
    requires: { 'linkedin-profile': ['website'], 'x-profile': ['website'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      missing: 'The profile links no website: add one, such as the company’s site or your page on it, so visitors can go one step further.',
    },
    fix: ({ target, snapshot }) => {
      if (target === 'x-profile') return { label: 'Add a website to the profile', url: X.editProfile };
      const slug = linkedinSlugOf(snapshot.url);
      return slug ? { label: 'Add a website to the contact info', url: LINKEDIN.editContactInfo(slug) } : null;
    },
  },
  check({ fields: { website } }) {
    return website === null ? fail('missing') : pass();
  },
});
