/** @file Checks that a person's LinkedIn and X profiles, once both seen, agree on where they work and, roughly, in what role. */
import { z } from 'zod';
import { defineRule, type Evidence, fail, type Fix, notApplicable, type Outcome, pass, type RuleContext } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';
import { type Match, Matcher, type Token } from '../engine/text';
import type { LinkedInProfileSnapshot, Position, XProfileSnapshot } from '../snapshot';
import { LANGUAGES, type PerLanguage } from '../snapshot/languages';
import { brandMentions, handleMatches, nearInSentence } from './shared/mentions';
import { evidenceOf, quoteList } from './shared/profile-texts';

/*
 * What agreeing means: LinkedIn's current position at the company ↔ the X bio naming the company or its handle; no
 * retired name or competitor in the X bio as if current; and where the X bio puts a role next to the company, a role
 * the LinkedIn title shares.
 *
 * Limits, said plainly: employers are recognised only by the names the guidelines give (the company, its retired
 * names, its competitors), so an X bio naming some other employer goes unseen. "ex-", "formerly" and the like
 * within four words mark a name as past. Roles come from a small fixed vocabulary (every language of LANGUAGES) and are
 * compared only when written within four words of the company in the same sentence; titles in other words are not
 * compared, and a mismatch earns half credit, since either profile may be the stale one.
 */

/** Words that put the name right after them in the past: "ex-Nordlicht", "formerly Brightwave Data Solutions". */
const PAST_BEFORE = new Matcher([
  'ex', 'former', 'formerly', 'previously', 'prev', 'past', 'before',
  'ancien', 'ancienne', 'anciennement', 'auparavant', 'précédemment',
  'oud', 'voormalig', 'voorheen', 'vroeger', 'eerder',
]);
/** Words that put the name right before them in the past: "Nordlicht alumni". */
const PAST_AFTER = new Matcher(['alumni', 'alumnus', 'alumna']);
const PAST_WORDS = 4;

/**
 * The names a past marker points at: the first name after "ex-", "formerly"… (within PAST_WORDS words, same
 * sentence), or the name just before "alumni". Only the nearest name: in "Ex-Nordlicht, Brightwave Systems" the
 * company is current. One pass: the nearest name is found by binary search in the names sorted by position, and
 * the names overlapping it lie within the longest name's reach, so a bio full of markers and names costs no more
 * than its length (comparing every marker with every name once took seconds on a long bio).
 */
function pastNames(text: string, tokens: readonly Token[], names: readonly Match[]): Set<Match> {
  const past = new Set<Match>();
  if (names.length === 0) return past;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const name of sorted) longest = Math.max(longest, name.end - name.start);
  /** The index of the first name whose first word comes after word `token` (sorted.length when none). */
  const firstAfter = (token: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as Match).firstToken > token) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const marked = new Set<number>();
  const mark = (index: number, marker: Match, words: number) => {
    const nearest = sorted[index];
    if (!nearest || marked.has(index) || nearInSentence(text, [marker], [nearest], words).length === 0) return;
    marked.add(index);
    const overlaps = (name: Match) => name.start < nearest.end && nearest.start < name.end;
    for (let k = index; k < sorted.length && (sorted[k] as Match).start < nearest.end; k += 1) if (overlaps(sorted[k] as Match)) past.add(sorted[k] as Match);
    for (let k = index - 1; k >= 0 && (sorted[k] as Match).start >= nearest.start - longest; k -= 1) if (overlaps(sorted[k] as Match)) past.add(sorted[k] as Match);
  };
  for (const marker of PAST_BEFORE.find(text, tokens)) mark(firstAfter(marker.lastToken), marker, PAST_WORDS);
  for (const marker of PAST_AFTER.find(text, tokens)) {
    // The last name (in position order) ending before the marker: among those starting before it, the names that
    // do not qualify span the marker, and so are few.
    let index = firstAfter(marker.firstToken - 1) - 1;
    while (index >= 0 && (sorted[index] as Match).lastToken >= marker.firstToken) index -= 1;
    if (index >= 0) mark(index, marker, 1);
  }
  return past;
}

/**
 * Whether a match lies inside none of `spans` (which do not overlap one another, as the accounts written in a text):
 * a binary search for the last span starting at or before it, where comparing with every span cost accounts × names.
 */
function insideNone(spans: readonly Match[]): (match: Match) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (match) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as Match).start <= match.start) low = middle + 1;
      else high = middle;
    }
    const span = sorted[low - 1];
    return !(span && match.end <= span.end);
  };
}

/**
 * Roles, each with its synonyms and abbreviations in every language of LANGUAGES: one group is one role, and a
 * title in one language matches the same role in another ("Gründerin" in the X bio, "Founder" on LinkedIn).
 */
export const ROLE_WORDS_BY_LANGUAGE: readonly PerLanguage<readonly string[]>[] = [
  {
    en: ['ceo', 'chief executive', 'managing director'],
    fr: ['pdg', 'directeur général', 'directrice générale'],
    nl: ['algemeen directeur', 'gedelegeerd bestuurder'],
    de: ['geschäftsführer', 'geschäftsführerin', 'vorstandsvorsitzender', 'vorstandsvorsitzende'],
  },
  {
    en: ['cto', 'chief technology', 'chief technical'],
    fr: ['directeur technique', 'directrice technique'],
    nl: ['technisch directeur'],
    de: ['technischer direktor', 'technische direktorin', 'technischer leiter', 'technische leiterin'],
  },
  {
    en: ['cfo', 'chief financial'],
    fr: ['directeur financier', 'directrice financière'],
    nl: ['financieel directeur'],
    de: ['finanzvorstand', 'finanzdirektor', 'finanzdirektorin', 'finanzchef', 'finanzchefin'],
  },
  {
    en: ['coo', 'chief operating'],
    fr: ['directeur des opérations'],
    nl: ['operationeel directeur'],
    de: ['betriebsleiter', 'betriebsleiterin'],
  },
  {
    en: ['cmo', 'chief marketing'],
    fr: ['directeur marketing', 'directrice marketing'],
    nl: ['marketingdirecteur'],
    de: ['marketingleiter', 'marketingleiterin', 'marketingdirektor', 'marketingdirektorin'],
  },
  {
    en: ['founder', 'cofounder'],
    fr: ['fondateur', 'fondatrice', 'cofondateur', 'cofondatrice'],
    nl: ['oprichter', 'medeoprichter'],
    de: ['gründer', 'gründerin', 'mitgründer', 'mitgründerin', 'mitbegründer', 'mitbegründerin'],
  },
  {
    en: ['intern', 'internship', 'trainee'],
    fr: ['stagiaire'],
    nl: ['stagiair', 'werkstudent'],
    de: ['praktikant', 'praktikantin', 'werkstudent', 'werkstudentin'],
  },
  { en: ['director'], fr: ['directeur', 'directrice'], nl: ['directeur'], de: ['direktor', 'direktorin'] },
  {
    en: ['vp', 'vice president'],
    fr: ['vice président', 'vice présidente'],
    nl: ['vicepresident'],
    de: ['vizepräsident', 'vizepräsidentin'],
  },
  {
    en: ['head', 'leader', 'team lead', 'tech lead'],
    fr: ['responsable'],
    nl: ['hoofd', 'teamleider', 'teamlead'],
    de: ['leiter', 'leiterin', 'teamleiter', 'teamleiterin', 'abteilungsleiter', 'abteilungsleiterin'],
  },
  { en: ['manager'], fr: ['gestionnaire'], nl: ['manager'], de: ['managerin'] },
  { en: ['engineer'], fr: ['ingénieur', 'ingénieure'], nl: ['ingenieur'], de: ['ingenieurin'] },
  {
    en: ['developer'],
    fr: ['développeur', 'développeuse'],
    nl: ['ontwikkelaar'],
    de: ['entwickler', 'entwicklerin', 'softwareentwickler', 'softwareentwicklerin'],
  },
  { en: ['analyst'], fr: ['analyste'], nl: ['analist'], de: ['analystin'] },
  {
    en: ['scientist'],
    fr: ['chercheur', 'chercheuse'],
    nl: ['onderzoeker'],
    de: ['wissenschaftler', 'wissenschaftlerin', 'forscher', 'forscherin'],
  },
  { en: ['architect'], fr: ['architecte'], nl: ['architect'], de: ['architekt', 'architektin'] },
  {
    en: ['consultant'],
    fr: ['consultante', 'conseiller', 'conseillère'],
    nl: ['adviseur'],
    de: ['berater', 'beraterin'],
  },
  { en: ['designer'], fr: ['designer'], nl: ['ontwerper'], de: ['designerin'] },
  { en: ['recruiter'], fr: ['recruteur', 'recruteuse'], nl: ['recruiter'], de: ['recruiterin', 'personalvermittler', 'personalvermittlerin'] },
];
const ROLE_GROUPS = ROLE_WORDS_BY_LANGUAGE.map((group) => LANGUAGES.flatMap((language) => group[language]));
const ROLES = new Matcher(ROLE_GROUPS.flat());
const ROLE_GROUP = new Map(ROLE_GROUPS.flatMap((words, group) => words.map((word) => [word, group] as const)));
const roleGroups = (found: readonly Match[]) => new Set(found.map((match) => ROLE_GROUP.get(match.term)));
const ROLE_WORDS = 4;

/** Why the two profiles cannot be compared, Fix labels: the rule's `meta.texts`. */
const TEXTS = {
  fixXBio: 'Edit your X bio',
  fixLinkedInExperience: 'Edit your LinkedIn experience',
  noCompany: 'The guidelines name no company.',
  xNotSeen: 'Your X profile has not been seen yet: open it once to compare the two.',
  xSomeoneElse: 'The X profile seen may be someone else’s.',
  xBioUnread: 'The X bio seen is empty or could not be read.',
  noLinkedInPosition: 'The LinkedIn profile shows no current position.',
  linkedinNotSeen: 'Your LinkedIn profile has not been seen yet: open it once to compare the two.',
  linkedinSomeoneElse: 'The LinkedIn profile seen may be someone else’s.',
  linkedinPositionsUnread: 'The LinkedIn profile seen shows no current position, or could not be read.',
  noXBio: 'The X profile has no bio.',
  noEmployer: 'Neither profile names {{brand}} as your employer: nothing to compare.',
} as const;
type Context = RuleContext<keyof typeof TEXTS>;

interface Pair {
  positions: Position[];
  bio: string;
  linkedin: LinkedInProfileSnapshot | null;
  x: XProfileSnapshot | null;
}

type Input =
  | { target: 'linkedin-profile'; snapshot: LinkedInProfileSnapshot; fields: { currentPositions: Position[] | null } }
  | { target: 'x-profile'; snapshot: XProfileSnapshot; fields: { bio: string | null } };

/** This page and the other profile of the same person, or why they cannot be compared. */
function pairOf(input: Input, { related, t }: Context): Pair | string {
  if (input.target === 'linkedin-profile') {
    const other = related.xProfile;
    if (!other) return t('xNotSeen');
    if (other.selfView !== input.snapshot.selfView) return t('xSomeoneElse');
    if (other.fields.bio.status !== 'present') return t('xBioUnread');
    if (input.fields.currentPositions === null) return t('noLinkedInPosition');
    return { positions: input.fields.currentPositions, bio: other.fields.bio.value, linkedin: null, x: other };
  }
  const other = related.linkedinProfile;
  if (!other) return t('linkedinNotSeen');
  if (other.selfView !== input.snapshot.selfView) return t('linkedinSomeoneElse');
  if (other.fields.currentPositions.status !== 'present') return t('linkedinPositionsUnread');
  if (input.fields.bio === null) return t('noXBio');
  return { positions: other.fields.currentPositions.value, bio: input.fields.bio, linkedin: other, x: null };
}

type MessageId = 'xMissing' | 'linkedinMissing' | 'retiredName' | 'otherEmployer' | 'titleMismatch';
interface Issue {
  messageId: MessageId;
  data: Record<string, string>;
  /** Parts of the X bio to highlight. */
  highlights: Match[];
  score: number;
}

/** The disagreements between the two profiles, most serious first, and the positions at the company. */
function compare(pair: Pair, context: Context): { issues: Issue[]; atCompany: Position[] } | string {
  const { guidelines, matchers, t } = context;
  const brand = guidelines.brand;
  if (!brand) return t('noCompany');
  const { bio } = pair;
  const tokens = matchers.tokens(bio);
  const namesCompany = (text: string) =>
    matchers.brand.has(text, matchers.tokens(text)) || matchers.retiredNames.has(text, matchers.tokens(text));
  // A position under a retired name is still at the company; the retired name there is another rule's business.
  const atCompany = pair.positions.filter(({ company }) => namesCompany(company));
  const competitorHandles = guidelines.confidentiality.competitors.flatMap(({ handles }) => handles);
  const competitorAccounts = handleMatches(bio, tokens, competitorHandles);
  // "@nordlicht_ai" also holds the word "nordlicht": the handle is the one mention.
  const outsideAccounts = insideNone(competitorAccounts);
  const allNames = {
    company: [...brandMentions(bio, matchers), ...handleMatches(bio, tokens, brand.handles.x)],
    retired: matchers.retiredNames.find(bio, tokens),
    competitors: [...matchers.competitors.find(bio, tokens).filter(outsideAccounts), ...competitorAccounts],
  };
  const past = pastNames(bio, tokens, [...allNames.company, ...allNames.retired, ...allNames.competitors]);
  const current = (found: Match[]) => found.filter((match) => !past.has(match));
  const inBio = current(allNames.company);
  const retired = current(allNames.retired);
  const competitors = current(allNames.competitors);

  const issues: Issue[] = [];
  if (atCompany.length === 0) {
    if (inBio.length === 0) return t('noEmployer', { brand: brand.name });
    issues.push({ messageId: 'linkedinMissing', data: { brand: brand.name }, highlights: inBio, score: 0 });
    return { issues, atCompany };
  }
  if (retired.length > 0) {
    const data = { brand: brand.name, retired: quoteList(retired.map((match) => match.text), context) };
    issues.push({ messageId: 'retiredName', data, highlights: retired, score: 0 });
  }
  if (competitors.length > 0) {
    const data = { brand: brand.name, other: quoteList(competitors.map((match) => match.text), context) };
    issues.push({ messageId: 'otherEmployer', data, highlights: competitors, score: 0 });
  }
  if (inBio.length === 0) {
    if (retired.length === 0) {
      const data = { brand: brand.name, title: (atCompany[0] as Position).title };
      issues.push({ messageId: 'xMissing', data, highlights: [], score: 0 });
    }
    return { issues, atCompany };
  }
  // Roles the bio puts next to the company; compatible when the LinkedIn title shares one role group.
  const roles = [...new Set(nearInSentence(bio, ROLES.find(bio, tokens), inBio, ROLE_WORDS).map(([role]) => role))];
  const titles = atCompany.map(({ title }) => title);
  if (roles.length > 0) {
    const inTitles = roleGroups(titles.flatMap((title) => ROLES.find(title, matchers.tokens(title))));
    if (![...roleGroups(roles)].some((group) => inTitles.has(group))) {
      issues.push({
        messageId: 'titleMismatch',
        data: { brand: brand.name, xRole: quoteList(roles.map((match) => match.text), context), title: titles.join(' / ') },
        highlights: roles,
        score: 0.5,
      });
    }
  }
  return { issues, atCompany };
}

function outcomeOf(pair: Pair, issues: Issue[], atCompany: Position[]): Outcome<MessageId> {
  const first = issues[0];
  if (!first) return pass();
  const ranges = issues.flatMap(({ highlights }) => highlights.map((match) => [match.start, match.end] as const));
  const bioEvidence = evidenceOf('bio', pair.bio, ranges);
  const positions = first.messageId === 'linkedinMissing' ? pair.positions : atCompany;
  const evidence: Evidence[] = [
    ...bioEvidence.map((item) => (pair.x ? { ...item, url: pair.x.url } : item)),
    ...positions.map((position) => ({
      field: 'currentPositions',
      text: `${position.title} · ${position.company}`,
      ...(pair.linkedin ? { url: pair.linkedin.url } : {}),
    })),
  ];
  return fail(first.messageId, first.data, evidence, Math.min(...issues.map(({ score }) => score)));
}

export default defineRule({
  meta: {
    id: 'cross-site-consistency',
    step: 'team-up',
    title: 'Your LinkedIn and X profiles tell the same story',
    failureTitle: 'Your LinkedIn and X profiles disagree',
    description:
      'A visitor who checks both profiles and finds two employers or two jobs wonders which is true, and the company loses the credit of both.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['currentPositions'], 'x-profile': ['bio'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      xMissing: 'LinkedIn says you work at {{brand}} ({{title}}), but your X bio does not say so: name {{brand}} or its account there.',
      linkedinMissing: 'Your X bio names {{brand}}, but none of your current LinkedIn positions is there: update whichever is out of date.',
      retiredName: 'Your X bio still says {{retired}} while LinkedIn says {{brand}}: use the current name.',
      otherEmployer:
        'Your X bio names {{other}} with no “ex-” or “formerly” beside it, while LinkedIn says you work at {{brand}}: make clear which is current.',
      titleMismatch:
        'Your X bio calls you {{xRole}} at {{brand}}, while your LinkedIn title is “{{title}}”: if one of them is out of date, update it.',
    },
    texts: TEXTS,
    colleague: {
      title: 'The LinkedIn and X profiles tell the same story',
      failureTitle: 'The LinkedIn and X profiles disagree',
      messages: {
        xMissing: 'LinkedIn says the person works at {{brand}} ({{title}}), but the X bio does not say so: name {{brand}} or its account there.',
        linkedinMissing: 'The X bio names {{brand}}, but none of the current LinkedIn positions is there: update whichever is out of date.',
        retiredName: 'The X bio still says {{retired}} while LinkedIn says {{brand}}: use the current name.',
        otherEmployer:
          'The X bio names {{other}} with no “ex-” or “formerly” beside it, while LinkedIn says the person works at {{brand}}: make clear which is current.',
        titleMismatch:
          'The X bio calls the person {{xRole}} at {{brand}}, while the LinkedIn title is “{{title}}”: if one of them is out of date, update it.',
      },
      texts: {
        fixXBio: 'Edit the X bio',
        fixLinkedInExperience: 'Edit the LinkedIn experience',
        xNotSeen: 'The X profile has not been seen yet: open it once to compare the two.',
        linkedinNotSeen: 'The LinkedIn profile has not been seen yet: open it once to compare the two.',
        noEmployer: 'Neither profile names {{brand}} as the employer: nothing to compare.',
      },
    },
    fix: (input, context): Fix | null => {
      const pair = pairOf(input, context);
      const compared = typeof pair === 'string' ? pair : compare(pair, context);
      // LinkedIn's experience is the fuller record: the X bio is fixed, unless LinkedIn lacks the position.
      if (typeof pair !== 'string' && typeof compared !== 'string' && compared.issues[0]?.messageId === 'linkedinMissing') {
        const slug = linkedInSlugOf((pair.linkedin ?? input.snapshot).url);
        return slug ? { label: context.t('fixLinkedInExperience'), url: LINKEDIN.editPositions(slug) } : null;
      }
      return { label: context.t('fixXBio'), url: X.editProfile };
    },
  },
  check(input, _options, context) {
    if (!context.guidelines.brand) return notApplicable(context.t('noCompany'));
    const pair = pairOf(input, context);
    if (typeof pair === 'string') return notApplicable(pair);
    const compared = compare(pair, context);
    if (typeof compared === 'string') return notApplicable(compared);
    return outcomeOf(pair, compared.issues, compared.atCompany);
  },
});
