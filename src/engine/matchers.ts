/**
 * @file The guidelines' word lists compiled into matchers, once per guidelines object (cached), so running every
 * rule on a snapshot costs one pass over each text per list. Holds no rule logic.
 */
import type { Campaign, Guidelines } from '../guidelines/schema';
import { fold, Matcher, type Token, tokenize } from './text';

export interface NamedMatcher {
  name: string;
  matcher: Matcher;
}

export interface Matchers {
  /** The company's name, official spelling and accepted spellings. */
  brand: Matcher;
  retiredNames: Matcher;
  themes: NamedMatcher[];
  sectors: NamedMatcher[];
  pastMessages: Matcher;
  banned: Matcher;
  confidential: Matcher;
  /** The `why` the guidelines give for a confidential term, by term. */
  confidentialWhy: Map<string, string>;
  competitors: Matcher;
  disparaging: Matcher;
  disclosure: { linkedin: Matcher | null; x: Matcher | null };
  campaigns: Array<{ campaign: Campaign; matcher: Matcher }>;
  /** Tokens of a text, computed once per text during a run. */
  tokens(text: string): Token[];
}

const cache = new WeakMap<Guidelines, Matchers>();

export function matchersFor(guidelines: Guidelines): Matchers {
  const cached = cache.get(guidelines);
  if (cached) return cached;
  const { brand, strategy, confidentiality, disclosure, campaigns } = guidelines;
  const tokenCache = new Map<string, Token[]>();
  const matchers: Matchers = {
    brand: new Matcher(brand ? [brand.name, ...(brand.officialSpelling ? [brand.officialSpelling] : []), ...brand.spellings] : []),
    retiredNames: new Matcher(brand?.retiredNames ?? []),
    themes: strategy.themes.map((theme) => ({ name: theme.name, matcher: new Matcher([theme.name, ...theme.keywords]) })),
    sectors: strategy.sectors.map((sector) => ({ name: sector.name, matcher: new Matcher([sector.name, ...sector.keywords]) })),
    pastMessages: new Matcher(strategy.pastMessages),
    banned: new Matcher(confidentiality.banned),
    confidential: new Matcher(confidentiality.confidential.map((item) => item.term)),
    confidentialWhy: new Map(
      confidentiality.confidential.flatMap((item) => (item.why ? [[item.term, item.why] as const] : [])),
    ),
    competitors: new Matcher(confidentiality.competitors.flatMap((competitor) => [competitor.name, ...competitor.aliases])),
    disparaging: new Matcher(confidentiality.disparaging),
    disclosure: {
      linkedin: disclosure.linkedin ? new Matcher(disclosure.linkedin.wordings) : null,
      x: disclosure.x ? new Matcher(disclosure.x.wordings) : null,
    },
    campaigns: campaigns.map((campaign) => ({
      campaign,
      matcher: new Matcher([campaign.name, ...campaign.keywords, ...(campaign.hashtag ? [campaign.hashtag.slice(1)] : [])]),
    })),
    tokens(text) {
      let tokens = tokenCache.get(text);
      if (!tokens) {
        // Bounded: a run over thousands of snapshots must not keep every text alive.
        if (tokenCache.size > 2000) tokenCache.clear();
        tokens = tokenize(text);
        tokenCache.set(text, tokens);
      }
      return tokens;
    },
  };
  cache.set(guidelines, matchers);
  return matchers;
}

/** Whether `text` carries the hashtag, as a whole tag ("#Smartworking" is not found in "#SmartworkingLife"). */
export function hasHashtag(text: string, hashtag: string): boolean {
  const haystack = fold(text);
  const needle = fold(hashtag);
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    const next = haystack.charAt(at + needle.length);
    if (!/[\p{L}\p{N}_]/u.test(next)) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}
