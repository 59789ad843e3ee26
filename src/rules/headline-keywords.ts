/** @file Checks that the LinkedIn headline carries one of the season's strategy themes (checklist: plan ahead); it does not judge its length or tone. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN, linkedinSlugOf } from '../engine/fix-urls';

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
    fix: ({ snapshot }, { t }) => {
      const slug = linkedinSlugOf(snapshot.url);
      return slug ? { label: t('fixHeadline'), url: LINKEDIN.editIntro(slug) } : null;
    },
  },
  check({ fields: { headline } }, _options, { matchers, t }) {
    if (matchers.themes.length === 0) return notApplicable(t('noThemes'));
    const themes = matchers.themes.map((theme) => theme.name).join(', ');
    if (headline === null) return fail('noHeadline', { themes });
    const tokens = matchers.tokens(headline);
    const found = matchers.themes.flatMap(({ matcher }) => matcher.find(headline, tokens));
    if (found.length === 0) return fail('noTheme', { themes }, [{ field: 'headline', text: headline }]);
    return pass([{ field: 'headline', text: headline, highlights: found.map((match) => [match.start, match.end]) }]);
  },
});
