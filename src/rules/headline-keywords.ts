/**
 * @file Checks that the LinkedIn headline carries one of the season's strategy themes (checklist: plan ahead), in words
 * of its own: a theme word inside a name (the company's, the employer's, a competitor's, the person's) does not count.
 * It does not judge the headline's length or tone.
 */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';
import { themeFinder } from './shared/themes';

export default defineRule({
  meta: {
    id: 'headline-keywords',
    step: 'plan-ahead',
    title: 'The headline speaks to this season’s strategy',
    failureTitle: 'The headline misses this season’s themes',
    description:
      'The headline travels with your name into every search, comment and invitation: it is the first place the company’s themes are seen.',
    severity: 'serious',
    requires: { 'linkedin-profile': ['headline'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      noHeadline: 'The profile has no headline: write one that says what you do, in the words of this season’s themes ({{themes}}).',
      noTheme: 'The headline names none of this season’s themes ({{themes}}): work one of them into it.',
    },
    texts: {
      fixHeadline: 'Edit the headline',
      noThemes: 'The guidelines name no strategy themes.',
    },
    colleague: {
      description:
        'The headline travels with the person’s name into every search, comment and invitation: it is the first place the company’s themes are seen.',
      messages: {
        noHeadline: 'The profile has no headline: write one that says what the job is, in the words of this season’s themes ({{themes}}).',
      },
    },
    fix: ({ snapshot }, { t }) => {
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixHeadline'), url: LINKEDIN.editIntro(slug) } : null;
    },
  },
  check(input, _options, { matchers, t }) {
    const { headline } = input.fields;
    if (matchers.themes.length === 0) return notApplicable(t('noThemes'));
    const themes = matchers.themes.map((theme) => theme.name).join(', ');
    if (headline === null) return fail('noHeadline', { themes });
    const found = themeFinder(input, matchers)(headline).flatMap((theme) => theme.matches);
    if (found.length === 0) return fail('noTheme', { themes }, [{ field: 'headline', text: headline }]);
    return pass([{ field: 'headline', text: headline, highlights: found.map((match) => [match.start, match.end]) }]);
  },
});
