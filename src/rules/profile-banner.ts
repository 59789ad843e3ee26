/** @file Checks that the LinkedIn and X profiles show a custom banner, not the default (checklist: plan ahead); it cannot tell what the banner shows. */
import { z } from 'zod';
import { defineRule, fail, pass } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';

export default defineRule({
  meta: {
    id: 'profile-banner',
    step: 'plan-ahead',
    title: 'The profile has a custom banner',
    failureTitle: 'The profile shows the default banner',
    description:
      'The banner is the widest space every visitor sees: the company’s visual or the season’s campaign there works for the brand at every visit.',
    severity: 'minor',
    requires: { 'linkedin-profile': ['banner'], 'x-profile': ['banner'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      defaultBanner:
        'The profile shows the default banner: put up the company’s visual or this season’s campaign image (ask the communications team for one).',
    },
    texts: {
      fixXHeader: 'Edit the header image',
      fixBanner: 'Open the profile and click the camera on the banner',
    },
    fix: ({ target, snapshot }, { t }) => {
      if (target === 'x-profile') return { label: t('fixXHeader'), url: X.editProfile };
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixBanner'), url: LINKEDIN.profile(slug) } : null;
    },
  },
  check({ fields: { banner } }) {
    return banner === true ? pass() : fail('defaultBanner');
  },
});
