/** @file Checks that the LinkedIn and X profiles link a website at all (checklist: plan ahead); which site is website-domain's business. */
import { z } from 'zod';
import { defineRule, fail, pass } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';

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
    texts: {
      fixXWebsite: 'Add a website to the profile',
      fixWebsite: 'Add a website to the contact info',
    },
    colleague: {
      description: 'A link lets an interested visitor take the next step, to the company’s site or a personal page on it, instead of leaving.',
      messages: {
        missing: 'The profile links no website: add one, such as the company’s site or a personal page on it, so visitors can go one step further.',
      },
      texts: {
        fixWebsite: 'Add a website to the contact info',
      },
    },
    fix: ({ target, snapshot }, { t }) => {
      if (target === 'x-profile') return { label: t('fixXWebsite'), url: X.editProfile };
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixWebsite'), url: LINKEDIN.editContactInfo(slug) } : null;
    },
  },
  check({ fields: { website } }) {
    return website === null ? fail('missing') : pass();
  },
});
