/**
 * @file Finds the season's themes in a profile's text, leaving out the words that belong to a name: the company's
 * (as the guidelines spell it, retired names too), its competitors', the employers of the current positions and the
 * person's own. "Head of Partnerships at Lumen Analytics" speaks no "analytics" theme: the word is the employer's
 * name. Shared by the rules that judge whether a text speaks the themes; it judges nothing itself.
 */
import type { Matchers } from '../../engine/matchers';
import { type Match, Matcher, type Token } from '../../engine/text';
import type { ProfileInput } from './profile-texts';

export interface ThemeFound {
  /** The theme's name, as the guidelines wrote it. */
  name: string;
  /** Its words found outside names, in text order. */
  matches: Match[];
}

/** The names the profile itself carries: the employers of its current positions (LinkedIn) and the person's name. */
function ownNames(input: ProfileInput): string[] {
  const names: string[] = [];
  const { name } = input.snapshot.fields;
  if (name.status === 'present') names.push(name.value);
  if (input.target === 'linkedin-profile') {
    const positions = input.snapshot.fields.currentPositions;
    if (positions.status === 'present') for (const position of positions.value) names.push(position.company);
  }
  return names;
}

/**
 * Which tokens of the text belong to a name, one flag per token. The names are matched like any term (whole
 * words, case, accents and plurals aside), with the guidelines' matchers compiled once and the profile's few own
 * names compiled here: one pass over the text per list.
 */
function nameTokens(text: string, tokens: readonly Token[], matchers: Matchers, own: Matcher): Uint8Array {
  const inName = new Uint8Array(tokens.length);
  for (const names of [matchers.brand, matchers.retiredNames, matchers.competitors, own]) {
    for (const match of names.find(text, tokens)) inName.fill(1, match.firstToken, match.lastToken + 1);
  }
  return inName;
}

/**
 * Returns a finder for this profile: each theme with its words found in `text` outside names (a theme word inside a
 * name, even in part of a phrase, does not count).
 */
export function themeFinder(input: ProfileInput, matchers: Matchers): (text: string) => ThemeFound[] {
  const own = new Matcher(ownNames(input));
  return (text) => {
    const tokens = matchers.tokens(text);
    const inName = nameTokens(text, tokens, matchers, own);
    const outsideNames = (match: Match) => inName.subarray(match.firstToken, match.lastToken + 1).every((flag) => flag === 0);
    return matchers.themes.map(({ name, matcher }) => ({ name, matches: matcher.find(text, tokens).filter(outsideNames) }));
  };
}
