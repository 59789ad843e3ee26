/** @file Checks that every mention of the company in the LinkedIn headline and About, or the X bio, is written the official way. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import type { Matchers } from '../engine/matchers';
import type { Match } from '../engine/text';
import type { Brand } from '../guidelines/schema';
import { brandMentions } from './shared/mentions';
import {
  evidenceOf,
  fixForField,
  MAX_EVIDENCE,
  type ProfileInput,
  type ProfileText,
  profileTexts,
  quoteList,
} from './shared/profile-texts';
import { optionsFromGuidelines } from './shared/rule-options';

// Hashtags, @handles, web and e-mail addresses and retired names are not spellings of the name and are left to other
// rules; a legal form after the name ("Brightwave Systems NV") is fine.

const MARK = /[®™]/gu;
const HAS_MARK = /[®™]/u;
const TRAILING_MARKS = /[®™]+$/u;
const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim();
const unmarked = (text: string) => spaced(text.replace(MARK, ''));

const options = z.strictObject({
  /**
   * Whether a ® or ™ in the official spelling must be written too. Defaults to true exactly when the official
   * spelling carries one. The mark must follow the name directly ("Smartworking®", not "Smartworking ®" nor
   * "Smartworking(R)"); a mark the official spelling lacks is not flagged (that is a legal question, not spelling).
   */
  requireMark: z
    .boolean()
    .optional()
    .describe('whether a ® or ™ in the official spelling must be written right after the name; defaults to true when the official spelling has one'),
});
type Options = z.infer<typeof options>;

interface WrongMention {
  source: ProfileText;
  match: Match;
  kind: 'misspelled' | 'missingMark';
}

function official(brand: Brand): string {
  return spaced(brand.officialSpelling ?? brand.name);
}

/** Every prose mention of the company, and those written otherwise than the official spelling. */
function review(input: ProfileInput, brand: Brand, matchers: Matchers, { requireMark }: Options) {
  const spelling = official(brand);
  const mark = TRAILING_MARKS.exec(spelling)?.[0] ?? '';
  const core = spelling.slice(0, spelling.length - mark.length).trimEnd();
  const markRequired = requireMark ?? HAS_MARK.test(spelling);
  let total = 0;
  const wrong: WrongMention[] = [];
  for (const source of profileTexts(input, ['headline', 'about', 'bio'])) {
    for (const match of brandMentions(source.text, matchers)) {
      total += 1;
      // Whitespace is compared loosely (a line break inside the name is still the name); letters exactly.
      const written = spaced(source.text.slice(match.start, match.end));
      if (markRequired) {
        if (written !== core) wrong.push({ source, match, kind: 'misspelled' });
        else if (mark && !source.text.startsWith(mark, match.end)) wrong.push({ source, match, kind: 'missingMark' });
      } else if (unmarked(written) !== unmarked(core)) {
        wrong.push({ source, match, kind: 'misspelled' });
      }
    }
  }
  return { spelling, total, wrong };
}

export default defineRule({
  meta: {
    id: 'brand-spelling',
    step: 'guidelines',
    title: 'The company’s name is written the official way',
    failureTitle: 'The company’s name is misspelled',
    description:
      'A name written three ways looks like three companies to a reader and to search; the official spelling is part of the brand.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['headline', 'about'], 'x-profile': ['bio'] },
    options,
    defaultOptions: {},
    messages: {
      misspelled: 'Write the company’s name “{{official}}”: {{count}} of {{total}} mention(s) read {{wrong}}.',
      missingMark: 'Write the company’s name with its mark, “{{official}}”: {{count}} of {{total}} mention(s) lack it.',
    },
    texts: {
      noCompany: 'The guidelines name no company.',
      noMention: 'The profile does not name the company in its text.',
    },
    fix: (input, context) => {
      const { guidelines, matchers } = context;
      if (!guidelines.brand) return null;
      const settings = optionsFromGuidelines(guidelines, 'brand-spelling', options, {});
      return fixForField(input, review(input, guidelines.brand, matchers, settings).wrong[0]?.source.field, context);
    },
  },
  check(input, settings, context) {
    const { guidelines, matchers, t } = context;
    const { brand } = guidelines;
    if (!brand) return notApplicable(t('noCompany'));
    const { spelling, total, wrong } = review(input, brand, matchers, settings);
    if (total === 0) return notApplicable(t('noMention'));
    if (wrong.length === 0) return pass();
    const bySource = new Map<ProfileText, Match[]>();
    for (const { source, match } of wrong) {
      const matches = bySource.get(source);
      if (matches) matches.push(match);
      else bySource.set(source, [match]);
    }
    const evidence = [...bySource]
      .flatMap(([source, matches]) => evidenceOf(source.field, source.text, matches.map((match) => [match.start, match.end])))
      .slice(0, MAX_EVIDENCE);
    const data = {
      official: spelling,
      count: wrong.length,
      total,
      wrong: quoteList(wrong.map(({ source, match }) => source.text.slice(match.start, match.end)), context),
    };
    return fail(wrong.some(({ kind }) => kind === 'misspelled') ? 'misspelled' : 'missingMark', data, evidence, 1 - wrong.length / total);
  },
});
