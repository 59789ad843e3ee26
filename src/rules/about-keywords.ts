/**
 * @file Checks that the LinkedIn About or the X bio covers the season's strategy themes (checklist: plan ahead), in
 * words of its own: a theme word inside a name (the company's, the employer's, a competitor's, the person's) does not
 * count. Its length is about-length's business.
 */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';
import { evidenceOf, openingOf } from './shared/profile-texts';
import { themeFinder } from './shared/themes';

/** A LinkedIn About has room for every theme of a season (strategies rarely have more than three). */
const LINKEDIN_THEMES_CAP = 3;

export default defineRule({
  meta: {
    id: 'about-keywords',
    step: 'plan-ahead',
    title: 'The About section and bio carry this season’s themes',
    failureTitle: 'The About section or bio misses this season’s themes',
    description:
      'The summary is where a visitor checks what you stand for: when it speaks the season’s strategy, every visit carries the company’s message.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['about'], 'x-profile': ['bio'] },
    options: z.strictObject({
      minThemes: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Themes needed for full credit; by default every theme (at most 3) in a LinkedIn About, one in an X bio'),
      minThemesX: z.number().int().positive().optional().describe('Overrides minThemes for the X bio (160 characters)'),
    }),
    defaultOptions: {},
    messages: {
      noAbout: 'There is no About section: a few lines on what you do and for whom, in the words of this season’s themes ({{themes}}), would tell visitors why you matter.',
      noBio: 'The bio is empty: one line naming what you work on, in the words of this season’s themes ({{themes}}), tells visitors why to follow you.',
      aboutThemes: 'Themes of this season found in the About section: {{covered}} of {{required}} expected. Not there yet: {{missing}}.',
      bioThemes: 'Themes of this season found in the bio: {{covered}} of {{required}} expected. Not there yet: {{missing}}.',
      aboutThemesChoose:
        'Themes of this season found in the About section: {{covered}} of {{required}} expected. Add {{needed}} of these: {{choices}}.',
      bioThemesChoose: 'Themes of this season found in the bio: {{covered}} of {{required}} expected. Add {{needed}} of these: {{choices}}.',
    },
    texts: {
      fixBio: 'Edit the bio',
      fixAbout: 'Edit the About section',
      noThemes: 'The guidelines name no strategy themes.',
    },
    colleague: {
      description:
        'The summary is where a visitor checks what the person stands for: when it speaks the season’s strategy, every visit carries the company’s message.',
      messages: {
        noAbout:
          'There is no About section: a few lines on what the person does and for whom, in the words of this season’s themes ({{themes}}), would tell visitors why that matters.',
        noBio:
          'The bio is empty: one line naming what the person works on, in the words of this season’s themes ({{themes}}), tells visitors why to follow the account.',
      },
    },
    fix: ({ target, snapshot }, { t }) => {
      if (target === 'x-profile') return { label: t('fixBio'), url: X.editProfile };
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixAbout'), url: LINKEDIN.editAbout(slug) } : null;
    },
  },
  check(input, options, { matchers, t }) {
    if (matchers.themes.length === 0) return notApplicable(t('noThemes'));
    const onX = input.target === 'x-profile';
    const text = onX ? input.fields.bio : input.fields.about;
    const names = matchers.themes.map((theme) => theme.name);
    if (text === null) return fail(onX ? 'noBio' : 'noAbout', { themes: names.join(', ') });

    const wanted = onX ? (options.minThemesX ?? options.minThemes ?? 1) : (options.minThemes ?? LINKEDIN_THEMES_CAP);
    const required = Math.min(wanted, names.length);
    const found = themeFinder(input, matchers)(text);
    const covered = found.filter((theme) => theme.matches.length > 0);
    const field = onX ? 'bio' : 'about';
    const ranges = covered.flatMap((theme) => theme.matches.map((match): [number, number] => [match.start, match.end]));
    // What was found, highlighted (excerpts of a long About); with nothing found, the opening of the text.
    const evidence = ranges.length > 0 ? evidenceOf(field, text, ranges) : [openingOf(field, text)];
    if (covered.length >= required) return pass(evidence);
    const missing = found.filter((theme) => theme.matches.length === 0).map((theme) => theme.name);
    const needed = required - covered.length;
    const score = covered.length / required;
    // Every missing theme is expected, or only some of them: the message never lists more than it asks for.
    if (missing.length === needed) {
      return fail(onX ? 'bioThemes' : 'aboutThemes', { covered: covered.length, required, missing: missing.join(', ') }, evidence, score);
    }
    const data = { covered: covered.length, required, needed, choices: missing.join(', ') };
    return fail(onX ? 'bioThemesChoose' : 'aboutThemesChoose', data, evidence, score);
  },
});
