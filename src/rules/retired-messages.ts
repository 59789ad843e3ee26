/** @file Flags retired company names and past seasons' messages left in the headline, About, bio or pinned post (checklist: plan ahead); it does not judge what should replace them. */
import { z } from 'zod';
import { defineRule, type Evidence, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';
import type { Matchers } from '../engine/matchers';
import type { Match } from '../engine/text';
import { evidenceOf, MAX_EVIDENCE, quoteList } from './shared/profile-texts';

interface Found {
  field: string;
  text: string;
  retired: Match[];
  past: Match[];
}

/** The texts read (null when the page has none), by field name, in the order the profile shows them. */
type Texts = ReadonlyArray<readonly [string, string | null]>;

function findAll(texts: Texts, matchers: Matchers): { read: number; found: Found[] } {
  let read = 0;
  const found: Found[] = [];
  for (const [field, text] of texts) {
    if (text === null) continue;
    read += 1;
    const tokens = matchers.tokens(text);
    const retired = matchers.retiredNames.find(text, tokens);
    const past = matchers.pastMessages.find(text, tokens);
    if (retired.length > 0 || past.length > 0) found.push({ field, text, retired, past });
  }
  return { read, found };
}

export default defineRule({
  meta: {
    id: 'retired-messages',
    step: 'plan-ahead',
    title: 'No retired name or past-season message lingers',
    failureTitle: 'A retired name or a past season’s message lingers',
    description:
      'A company name it no longer uses or last season’s slogan tells visitors the profile, and maybe the company, is out of date.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['headline', 'about'], 'x-profile': ['bio', 'pinnedPost'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      retiredName: 'The profile still uses a name the company has retired ({{names}}): write “{{official}}” instead.',
      pastMessage: 'A past season’s message is still on the profile ({{messages}}): replace it with this season’s.',
      both: 'The profile still carries a retired company name ({{names}}, now “{{official}}”) and a past season’s message ({{messages}}): bring them up to date.',
    },
    texts: {
      fixBio: 'Edit the bio',
      fixPinnedPost: 'Open the profile to replace or unpin the pinned post',
      fixHeadline: 'Edit the headline',
      fixAbout: 'Edit the About section',
      nothingRetired: 'The guidelines list no retired names and no past-season messages.',
    },
    fix: (input, { matchers, t }) => {
      if (input.target === 'x-profile') {
        const { found } = findAll([['bio', input.fields.bio]], matchers);
        return found.length > 0
          ? { label: t('fixBio'), url: X.editProfile }
          : { label: t('fixPinnedPost'), url: input.snapshot.url };
      }
      const slug = linkedInSlugOf(input.snapshot.url);
      if (!slug) return null;
      const { found } = findAll([['headline', input.fields.headline]], matchers);
      return found.length > 0
        ? { label: t('fixHeadline'), url: LINKEDIN.editIntro(slug) }
        : { label: t('fixAbout'), url: LINKEDIN.editAbout(slug) };
    },
  },
  check(input, _options, context) {
    const { guidelines, matchers, t } = context;
    if (matchers.retiredNames.size === 0 && matchers.pastMessages.size === 0) return notApplicable(t('nothingRetired'));
    const texts: Texts =
      input.target === 'x-profile'
        ? [
            ['bio', input.fields.bio],
            ['pinnedPost', input.fields.pinnedPost],
          ]
        : [
            ['headline', input.fields.headline],
            ['about', input.fields.about],
          ];
    const { read, found } = findAll(texts, matchers);
    if (found.length === 0) return pass();

    const evidence: Evidence[] = found
      .flatMap(({ field, text, retired, past }) =>
        evidenceOf(field, text, [...retired, ...past].map((match): [number, number] => [match.start, match.end])),
      )
      .slice(0, MAX_EVIDENCE);
    const retired = found.flatMap((item) => item.retired.map((match) => match.text));
    const past = found.flatMap((item) => item.past.map((match) => match.text));
    const names = retired.length > 0 ? quoteList(retired, context) : '';
    const messages = past.length > 0 ? quoteList(past, context) : '';
    const official = guidelines.brand ? (guidelines.brand.officialSpelling ?? guidelines.brand.name) : '';
    const score = 1 - found.length / read;
    if (names && messages) return fail('both', { names, official, messages }, evidence, score);
    if (names) return fail('retiredName', { names, official }, evidence, score);
    return fail('pastMessage', { messages }, evidence, score);
  },
});
