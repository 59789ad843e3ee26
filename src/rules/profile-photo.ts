/** @file Checks that the LinkedIn and X profiles show a real photo, not the placeholder (checklist: plan ahead); it cannot judge the photo itself. */
import { z } from 'zod';
import { defineRule, fail, pass } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';

export default defineRule({
  meta: {
    id: 'profile-photo',
    step: 'plan-ahead',
    title: 'The profile shows a photo',
    failureTitle: 'The profile shows the placeholder instead of a photo',
    description:
      'The photo travels with every comment, post and invitation: a face makes people recognise you and trust what you share for the company.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['photo'], 'x-profile': ['photo'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      placeholder: 'The profile shows the placeholder instead of a photo: add a clear, recent photo of your face.',
    },
    texts: {
      fixXPhoto: 'Edit the profile photo',
      fixPhoto: 'Open the profile and click the photo to add one',
    },
    colleague: {
      description:
        'The photo travels with every comment, post and invitation: a face makes people recognise the person and trust what they share for the company.',
      messages: {
        placeholder: 'The profile shows the placeholder instead of a photo: add a clear, recent photo showing the face.',
      },
    },
    fix: ({ target, snapshot }, { t }) => {
      if (target === 'x-profile') return { label: t('fixXPhoto'), url: X.editProfile };
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixPhoto'), url: LINKEDIN.profile(slug) } : null;
    },
  },
  check({ fields: { photo } }) {
    return photo === true ? pass() : fail('placeholder');
  },
});
