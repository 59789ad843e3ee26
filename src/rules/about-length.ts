/** @file Checks that the LinkedIn About and the X bio exist and are long enough to say something (checklist: plan ahead); what they say is about-keywords' business. */
import { z } from 'zod';
import { defineRule, fail, pass } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';
import { openingOf } from './shared/profile-texts';

/** The sites' own limits (2025): a LinkedIn About holds 2,600 characters, an X bio 160. */
const LINKEDIN_MAX = 2600;
const X_MAX = 160;

/** Characters as a person counts them: an accented letter is one however it is encoded, and so is most emoji. */
const lengthOf = (text: string) => Array.from(text.trim().normalize('NFC')).length;

export default defineRule({
  meta: {
    id: 'about-length',
    step: 'plan-ahead',
    title: 'The About section and bio say enough',
    failureTitle: 'The About section or bio is missing or too short',
    description:
      'Visitors who open the About or read the bio want to know what you do and for whom; an empty or one-line summary wastes the visit.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['about'], 'x-profile': ['bio'] },
    options: z.strictObject({
      minCharsLinkedIn: z.number().int().positive().max(LINKEDIN_MAX).describe('Characters a LinkedIn About needs (LinkedIn allows 2,600)'),
      minCharsX: z.number().int().positive().max(X_MAX).describe('Characters an X bio needs (X allows 160)'),
    }),
    defaultOptions: { minCharsLinkedIn: 300, minCharsX: 60 },
    messages: {
      noAbout: 'There is no About section: LinkedIn gives you 2,600 characters to say what you do, for whom, and what is coming this season.',
      noBio: 'The bio is empty: X gives you 160 characters to say what you work on and for whom.',
      shortAbout:
        'The About section has {{length}} characters, fewer than the {{minChars}} that make a useful summary (LinkedIn allows 2,600): say what you do, for whom, and what is coming this season.',
      shortBio: 'The bio has {{length}} characters, fewer than {{minChars}} (X allows 160): say what you work on and for whom.',
    },
    texts: {
      fixBio: 'Edit the bio',
      fixAbout: 'Edit the About section',
    },
    colleague: {
      description:
        'Visitors who open the About or read the bio want to know what the person does and for whom; an empty or one-line summary wastes the visit.',
      messages: {
        noAbout: 'There is no About section: LinkedIn gives 2,600 characters to say what the person does, for whom, and what is coming this season.',
        noBio: 'The bio is empty: X gives 160 characters to say what the person works on and for whom.',
        shortAbout:
          'The About section has {{length}} characters, fewer than the {{minChars}} that make a useful summary (LinkedIn allows 2,600): it should say what the person does, for whom, and what is coming this season.',
        shortBio: 'The bio has {{length}} characters, fewer than {{minChars}} (X allows 160): it should say what the person works on and for whom.',
      },
    },
    fix: ({ target, snapshot }, { t }) => {
      if (target === 'x-profile') return { label: t('fixBio'), url: X.editProfile };
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixAbout'), url: LINKEDIN.editAbout(slug) } : null;
    },
  },
  check(input, { minCharsLinkedIn, minCharsX }) {
    const onX = input.target === 'x-profile';
    const text = onX ? input.fields.bio : input.fields.about;
    if (text === null) return fail(onX ? 'noBio' : 'noAbout');
    const minChars = onX ? minCharsX : minCharsLinkedIn;
    const length = lengthOf(text);
    if (length >= minChars) return pass();
    return fail(onX ? 'shortBio' : 'shortAbout', { length, minChars }, [openingOf(onX ? 'bio' : 'about', text)], length / minChars);
  },
});
