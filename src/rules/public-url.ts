/** @file Checks that the LinkedIn profile has a custom /in/ address, not the generated one (checklist: plan ahead). */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN } from '../engine/fix-urls';

export default defineRule({
  meta: {
    id: 'public-url',
    step: 'plan-ahead',
    title: 'The profile has a custom address',
    failureTitle: 'The profile address is the generated one',
    description:
      'A clean linkedin.com/in/ address fits on a business card, an email signature or a conference badge, and looks cared for.',
    severity: 'minor',
    requires: { 'linkedin-profile': ['publicUrl'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      generated: 'The profile address ends in “{{slug}}”, the one LinkedIn generated: choose a custom address, such as your name.',
    },
    texts: {
      fixAddress: 'Choose a custom address in the public profile settings',
      noAddress: 'The page shows no public profile address.',
    },
    colleague: {
      messages: {
        generated: 'The profile address ends in “{{slug}}”, the one LinkedIn generated: choose a custom address, such as the person’s name.',
      },
      texts: {
        fixAddress: 'Choose a custom address in the public profile settings',
      },
    },
    fix: (_input, { t }) => ({ label: t('fixAddress'), url: LINKEDIN.publicProfileSettings }),
  },
  check({ fields: { publicUrl } }, _options, { t }) {
    if (publicUrl === null) return notApplicable(t('noAddress'));
    if (publicUrl.custom) return pass();
    const prefix = 'linkedin.com/in/';
    return fail('generated', { slug: publicUrl.slug }, [
      { field: 'publicUrl', text: `${prefix}${publicUrl.slug}`, highlights: [[prefix.length, prefix.length + publicUrl.slug.length]] },
    ]);
  },
});
