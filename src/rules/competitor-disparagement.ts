/** @file Flags a disparaging word close to a competitor's name or handle in a profile's free texts; a neutral mention passes. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import type { Matchers } from '../engine/matchers';
import { type Match, near } from '../engine/text';
import type { Guidelines } from '../guidelines/schema';
import { breakBetweenWords, handleMatches, sentenceIndex } from './shared/mentions';
import { optionsFromGuidelines } from './shared/rule-options';
import {
  evidenceOf,
  fieldNames,
  fixForField,
  MAX_EVIDENCE,
  type ProfileInput,
  type ProfileText,
  profileTexts,
  quoteList,
} from './shared/profile-texts';

// Free texts: LinkedIn headline, About, job titles; X name, bio, pinned post. "Previously at Nordlicht Analytics" is fine;
// this rule does not judge sarcasm or praise, only the closeness of words the guidelines list.

interface Jibe {
  source: ProfileText;
  pairs: Array<[Match, Match]>;
}

/**
 * Competitor mentions and disparaging words within `words` words of each other. Across a sentence break
 * ("Previously at Nordlicht Analytics. Our pipeline is never slow.") only half the distance counts, so a
 * neighbouring sentence about something else is not read as a jibe while "Nordlicht? A joke." still is.
 */
function jibes(input: ProfileInput, guidelines: Guidelines, matchers: Matchers, words: number): Jibe[] {
  // `check` and then `fix` ask for the same input: computed once.
  const cached = jibesCache.get(input);
  if (cached?.words === words && cached.guidelines === guidelines) return cached.found;
  const handles = guidelines.confidentiality.competitors.flatMap((competitor) => competitor.handles);
  const found: Jibe[] = [];
  for (const source of profileTexts(input)) {
    const tokens = matchers.tokens(source.text);
    const competitors = [...matchers.competitors.find(source.text, tokens), ...handleMatches(source.text, tokens, handles)];
    if (competitors.length === 0) continue;
    const disparaging = matchers.disparaging.find(source.text, tokens);
    if (disparaging.length === 0) continue;
    const sentence = sentenceIndex(source.text, tokens);
    const pairs = near(competitors, disparaging, words).filter(
      ([competitor, word]) => !breakBetweenWords(sentence, competitor, word) || wordGap(competitor, word) <= Math.floor(words / 2),
    );
    if (pairs.length > 0) found.push({ source, pairs });
  }
  jibesCache.set(input, { guidelines, words, found });
  return found;
}

const jibesCache = new WeakMap<ProfileInput, { guidelines: Guidelines; words: number; found: Jibe[] }>();

/** Words from the end of the first match to the start of the second, as `near` counts them. */
function wordGap(a: Match, b: Match): number {
  return b.firstToken > a.lastToken ? b.firstToken - a.lastToken : Math.max(0, a.firstToken - b.lastToken);
}

const namesCache = new WeakMap<Guidelines, Map<string, string>>();

/** The competitor's own name for an alias or handle the text used (looked up in a table built once per guidelines). */
function competitorName(guidelines: Guidelines, match: Match): string {
  let names = namesCache.get(guidelines);
  if (!names) {
    names = new Map();
    for (const { name, aliases, handles } of guidelines.confidentiality.competitors) {
      for (const term of [name, ...aliases, ...handles]) if (!names.has(term.toLowerCase())) names.set(term.toLowerCase(), name);
    }
    namesCache.set(guidelines, names);
  }
  return names.get(match.term.toLowerCase()) ?? match.text;
}

const options = z.strictObject({
  /** How close, in words; defaults to the guidelines' `confidentiality.nearWords`. */
  nearWords: z
    .number()
    .int()
    .min(1)
    .max(30)
    .optional()
    .describe('how many words apart a disparaging word and a competitor’s name still count as together; defaults to confidentiality.nearWords'),
});

/** The distance in force: this rule's option when the guidelines set one, else `confidentiality.nearWords`. */
function nearWordsOf(guidelines: Guidelines, nearWords: number | undefined): number {
  return nearWords ?? guidelines.confidentiality.nearWords;
}

export default defineRule({
  meta: {
    id: 'competitor-disparagement',
    step: 'guidelines',
    title: 'No competitor is run down',
    failureTitle: 'The profile runs down a competitor',
    description:
      'Running down a competitor in public reads as the company’s voice, invites a reply and can become a legal matter; what you do well says more.',
    severity: 'critical',
    requires: { 'linkedin-profile': ['headline', 'about'], 'x-profile': ['name', 'bio'] },
    options,
    defaultOptions: {},
    messages: {
      disparaging:
        'Your {{fields}} put(s) {{words}} next to {{competitors}}: say what you do well instead of running a competitor down.',
    },
    texts: {
      noCompetitors: 'The guidelines name no competitors.',
      noWords: 'The guidelines list no disparaging words.',
    },
    colleague: {
      description:
        'Running down a competitor in public reads as the company’s voice, invites a reply and can become a legal matter; what the person does well says more.',
      messages: {
        disparaging:
          'The {{fields}} put(s) {{words}} next to {{competitors}}: saying what the person does well works better than running a competitor down.',
      },
    },
    fix: (input, context) => {
      const { guidelines, matchers } = context;
      const words = nearWordsOf(guidelines, optionsFromGuidelines(guidelines, 'competitor-disparagement', options, {}).nearWords);
      return fixForField(input, jibes(input, guidelines, matchers, words)[0]?.source.field, context);
    },
  },
  check(input, { nearWords }, context) {
    const { guidelines, matchers, t } = context;
    if (guidelines.confidentiality.competitors.length === 0) return notApplicable(t('noCompetitors'));
    if (matchers.disparaging.size === 0) return notApplicable(t('noWords'));
    const found = jibes(input, guidelines, matchers, nearWordsOf(guidelines, nearWords));
    if (found.length === 0) return pass();
    const pairs = found.flatMap(({ pairs }) => pairs);
    return fail(
      'disparaging',
      {
        fields: fieldNames(found.map(({ source }) => source), context),
        words: quoteList(pairs.map(([, word]) => word.text), context),
        competitors: [...new Set(pairs.map(([competitor]) => competitorName(guidelines, competitor)))].join(', '),
      },
      found
        .flatMap(({ source, pairs }) =>
          evidenceOf(source.field, source.text, pairs.flatMap(([a, b]) => [[a.start, a.end] as const, [b.start, b.end] as const])),
        )
        .slice(0, MAX_EVIDENCE),
    );
  },
});
