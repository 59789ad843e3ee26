/** @file Checks that the X bio names the company's X account as an @handle; naming the company in words earns half. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { brandMentions, handleMentions } from './shared/mentions';
import { evidenceOf, fixForField, openingOf } from './shared/profile-texts';

export default defineRule({
  meta: {
    id: 'company-handle',
    step: 'team-up',
    title: 'Your X bio names the company’s account',
    failureTitle: 'Your X bio does not name the company’s account',
    description:
      'An @handle in your bio turns every visit to your profile into one tap to the company’s account, and lets the company find and amplify you.',
    severity: 'moderate',
    requires: { 'x-profile': ['bio'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      noBio: 'Your X profile has no bio: write one that says what you do at {{handle}}.',
      missing: 'Your X bio does not name {{handle}}: mention it where you say what you do.',
      nameOnly: 'Your X bio names {{brand}} in words: write {{handle}} instead, so the name links to the company’s account.',
    },
    texts: {
      noAccount: 'The guidelines give no X account for the company.',
    },
    colleague: {
      title: 'The X bio names the company’s account',
      failureTitle: 'The X bio does not name the company’s account',
      description:
        'An @handle in the bio turns every visit to the profile into one tap to the company’s account, and lets the company find and amplify the person.',
      messages: {
        noBio: 'The X profile has no bio: write one that says what the job at {{handle}} is.',
        missing: 'The X bio does not name {{handle}}: mention it where the bio says what the job is.',
        nameOnly: 'The X bio names {{brand}} in words: write {{handle}} instead, so the name links to the company’s account.',
      },
    },
    fix: (input, context) => fixForField(input, 'bio', context),
  },
  check({ fields: { bio } }, _options, { guidelines, matchers, t }) {
    const { brand } = guidelines;
    if (!brand || brand.handles.x.length === 0) return notApplicable(t('noAccount'));
    const handle = brand.handles.x[0] as string;
    if (bio === null) return fail('noBio', { handle });
    const handles = handleMentions(bio, brand.handles.x);
    if (handles.length > 0) return pass(evidenceOf('bio', bio, handles.map(({ start, end }) => [start, end])));
    const names = brandMentions(bio, matchers);
    if (names.length === 0) return fail('missing', { handle }, [openingOf('bio', bio)]);
    return fail(
      'nameOnly',
      { handle, brand: names[0]?.text ?? brand.name },
      evidenceOf('bio', bio, names.map(({ start, end }) => [start, end])),
      0.5,
    );
  },
});
