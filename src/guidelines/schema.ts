/**
 * @file The company's social media guidelines as a zod schema: the file a communications team writes (YAML or
 * JSON), the defaults a minimal file gets, and the types the rules read. It does not parse files or explain
 * errors (see parse.ts) and holds no company data (see presets/).
 *
 * Terms everywhere are plain words or phrases, matched as whole words ignoring case and accents, tolerant of
 * plurals (src/engine/text.ts). They are never regular expressions: nothing a user writes is ever run as a pattern.
 */
import { z } from 'zod';
import { LANGUAGES } from '../snapshot/languages';
import { message, renderMessage, schemaMessage } from './messages';

/**
 * C0 and C1 control characters (NUL, escape…) and bidi overrides: invisible, they make a name that looks right
 * differ from what is shown ("Bright\0wave"), and they can rewrite a terminal. Never needed in guidelines.
 */
// eslint-disable-next-line no-control-regex -- the point is to find them
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_MESSAGE = schemaMessage('noControls');
const noControls = (value: string) => !CONTROL.test(value);

/** Pages are matched word by word, and a word is letters and digits (src/engine/text.ts): symbols are not matched. */
const hasWord = (term: string) => /[\p{L}\p{N}]/u.test(term);
/**
 * "C++", "C#", ".NET": the symbols are dropped when matching, so the term would match every "C" ("Plan C") or
 * "net" ("Net zero"). Refused until the matcher knows such names; "B.V.", "Node.js" and "renewable*" are fine.
 */
const SYMBOL_BOUND = /[\p{L}\p{N}][+#]|(?:^|\s)\.[\p{L}\p{N}]/u;

/** A word or phrase to look for. Bounded so that no file can make matching slow. */
export const TermSchema = z
  .string()
  .trim()
  .min(1, schemaMessage('notEmpty'))
  .max(120, schemaMessage('termTooLong'))
  .refine(noControls, CONTROL_MESSAGE)
  .refine(hasWord, schemaMessage('termNeedsWord'))
  .refine((term) => !SYMBOL_BOUND.test(term), schemaMessage('termSymbols'));

/** A name, title or explanation: bounded so that no file can fill the popup (or storage) with one string. */
const text = (max: number) =>
  z.string().trim().min(1, schemaMessage('notEmpty')).max(max, schemaMessage('textTooLong', { max })).refine(noControls, CONTROL_MESSAGE);

const terms = (max = 500) => z.array(TermSchema).max(max, schemaMessage('maxItems', { count: max })).default([]);

/** "2026-09-01": a calendar date, read in the user's own day (no time zone games). */
/** A round trip, since engines roll 2026-02-30 over to March 2 instead of refusing it. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, schemaMessage('dateFormat'))
  .refine(isCalendarDate, schemaMessage('calendarDate'));

export const XHandleSchema = z
  .string()
  .trim()
  .regex(/^@/, schemaMessage('handleAt'))
  .regex(/^@[A-Za-z0-9_]{1,15}$/, schemaMessage('handleShape'));

export const HashtagSchema = z
  .string()
  .trim()
  .regex(/^#/, schemaMessage('hashtagHash'))
  .regex(/^#[\p{L}\p{N}_]{1,100}$/u, schemaMessage('hashtagShape'));

export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  // 253 characters: the longest domain name DNS allows; checked first so no pattern runs over a huge string.
  .max(253, schemaMessage('domainTooLong'))
  .regex(/^(?!https?:)/, schemaMessage('domainBare'))
  // Upper case is already lowered above; allowing it here too keeps the generated JSON Schema (which cannot lower
  // case) from rejecting "Example.com".
  .regex(/^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/, schemaMessage('domainShape'));

/** 2,000 characters: what browsers and servers reliably accept in an address; a campaign link needs far fewer. */
export const MAX_URL_LENGTH = 2000;

export const LinkedInCompanyPageSchema = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, schemaMessage('textTooLong', { max: MAX_URL_LENGTH }))
  .regex(
    /^https:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/company\/[^/?#\s]+\/?$/,
    schemaMessage('linkedinCompanyPage'),
  );

export const STEPS = ['clean-up', 'plan-ahead', 'team-up', 'guidelines'] as const;
export const StepSchema = z.enum(STEPS);

/**
 * The languages Profile Coach speaks (assets/_locales): a per-language keyword map has at most these keys, so it
 * cannot multiply the 200 keywords of a theme by every two-letter code (676 of them).
 */
export const KEYWORD_LANGUAGES = LANGUAGES;

/** Keywords as one list, or one list per interface language ({ en: [...], fr: [...] }). */
const KeywordsSchema = z
  .union([
    z.array(TermSchema).max(200),
    z.record(
      z.string().regex(new RegExp(`^(?:${KEYWORD_LANGUAGES.join('|')})$`), schemaMessage('languageCode', { codes: KEYWORD_LANGUAGES.join(', ') })),
      z.array(TermSchema).max(200),
    ),
  ])
  .default([])
  .transform((value) => (Array.isArray(value) ? value : Object.values(value).flat()));

export const ThemeSchema = z.strictObject({
  name: text(200),
  /** Words and synonyms that show the theme, in every language the company writes in. */
  keywords: KeywordsSchema,
});

export const BrandSchema = z.strictObject({
  name: text(200),
  /** How the name must be written (e.g. "Smartworking®"); defaults to `name`. */
  officialSpelling: text(200).optional(),
  /** Other ways of writing the name that still name the company ("Smart Working", "SW Group"). */
  spellings: terms(50),
  /** Legal forms that may follow the name ("SA", "NV", "B.V."). */
  legalForms: terms(20),
  /** Names the company no longer uses: a profile that still carries one looks out of date. */
  retiredNames: terms(50),
  linkedinPages: z.array(LinkedInCompanyPageSchema).max(20).default([]),
  domains: z.array(DomainSchema).max(50).default([]),
  handles: z.strictObject({ x: z.array(XHandleSchema).max(20).default([]) }).default({ x: [] }),
  hashtags: z.array(HashtagSchema).max(50).default([]),
});

export const CompetitorSchema = z.strictObject({
  name: TermSchema,
  aliases: terms(20),
  handles: z.array(XHandleSchema).max(20).default([]),
});

export const ConfidentialTermSchema = z.union([
  TermSchema.transform((term) => ({ term, why: undefined as string | undefined })),
  z.strictObject({ term: TermSchema, why: text(1000).optional() }),
]);

export const DisclosureSchema = z.strictObject({
  required: z.boolean().default(true),
  /** Any one of these, written in the bio or About, satisfies the rule ("Views are my own", "Employee at …"). */
  wordings: z.array(TermSchema).min(1, schemaMessage('wordingsMin')).max(20),
});

export const CampaignSchema = z
  .strictObject({
    name: text(200),
    start: DateSchema,
    end: DateSchema,
    hashtag: HashtagSchema.optional(),
    link: z
      .string()
      .max(MAX_URL_LENGTH, schemaMessage('textTooLong', { max: MAX_URL_LENGTH }))
      .pipe(z.url({ protocol: /^https?$/, error: schemaMessage('httpAddress') }))
      .optional(),
    keywords: terms(50),
  })
  // Compared only when both are real dates: a month 13 is reported once, as such, not also as an end before start.
  .refine((campaign) => !isCalendarDate(campaign.start) || !isCalendarDate(campaign.end) || campaign.start <= campaign.end, {
    message: schemaMessage('endAfterStart'),
    path: ['end'],
  });

export const ManualItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaMessage('kebabId')),
  step: StepSchema,
  title: text(300),
  why: text(1000).optional(),
});

export const ChecklistSchema = z.strictObject({
  /** A received invitation older than this is stale: answer it or ignore it. */
  staleInvitationDays: z.number().int().positive().max(3650).default(21),
  /** A sent invitation older than this will not be accepted any more: withdraw it. */
  withdrawSentDays: z.number().int().positive().max(3650).default(30),
  /** A headline or About unchanged for longer than this is not refreshed for the season. */
  refreshDays: z.number().int().positive().max(3650).default(180),
  /** A pending list longer than this buries the invitation that matters. */
  backlogSize: z.number().int().positive().max(100_000).default(30),
  /** Connected longer ago than this and in a target sector: worth getting back in touch. */
  reconnectDays: z.number().int().positive().max(36_500).default(365),
  /** The score from which a person counts as onboarded (team figures). */
  onboardingScore: z.number().int().min(0).max(100).default(70),
  /** Things no page can show; each is scored only once the person answers it. Answers are kept by id: one id, one item. */
  manual: z
    .array(ManualItemSchema)
    .max(50)
    .superRefine((items, context) => {
      const first = new Map<string, number>();
      items.forEach((item, index) => {
        const seen = first.get(item.id);
        if (seen === undefined) first.set(item.id, index);
        else {
          // Made while parsing, with the file's own id: the message goes along as params for the parser to word.
          const text = message('duplicateItemId', { id: item.id, item: seen + 1 });
          context.addIssue({ code: 'custom', path: [index, 'id'], message: renderMessage(text), params: { text } });
        }
      });
    })
    .optional(),
});

/** Per rule: `off`, or its weight, severity, options and the company's own words for why it matters. */
export const RuleSettingSchema = z.union([
  z.literal('off'),
  z.strictObject({
    off: z.boolean().optional(),
    weight: z.number().min(0).max(100).optional(),
    severity: z.enum(['minor', 'moderate', 'serious', 'critical']).optional(),
    why: text(1000).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);

/**
 * Which rules and steps make one stage of the team's figures (src/coaching/stages.ts, `DEFAULT_STAGES`): each list
 * given replaces the default one, a list left out keeps it. The rule ids are checked against the rules the caller
 * runs (parse-checks.ts `stageProblems`), the steps here.
 */
export const StageOverrideSchema = z.strictObject({
  rules: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaMessage('ruleIdShape'))).max(50, schemaMessage('maxItems', { count: 50 })).optional(),
  steps: z.array(StepSchema).max(STEPS.length, schemaMessage('maxItems', { count: STEPS.length })).optional(),
});

/**
 * At most 5,000 terms in all. Each list has its own cap, but together they allowed some 90,000 (themes alone:
 * 50 × 200 × 3 languages), and every term is compiled and looked for on every check: the rules' target is under
 * 10 ms per check. A season's guidelines hold a few hundred terms; 5,000 is ten times the largest we have seen.
 */
export const MAX_TERMS = 5000;

/** Every term the matcher will look for, counted on the parsed guidelines (keywords already flattened). */
export function countTerms(guidelines: {
  brand?: { spellings: readonly string[]; legalForms: readonly string[]; retiredNames: readonly string[] } | undefined;
  strategy: { themes: ReadonlyArray<{ keywords: readonly string[] }>; sectors: ReadonlyArray<{ keywords: readonly string[] }>; audiences: readonly string[]; pastMessages: readonly string[] };
  confidentiality: { banned: readonly string[]; confidential: readonly unknown[]; competitors: ReadonlyArray<{ aliases: readonly string[] }>; disparaging: readonly string[] };
  disclosure: { linkedin?: { wordings: readonly string[] } | undefined; x?: { wordings: readonly string[] } | undefined };
  campaigns: ReadonlyArray<{ keywords: readonly string[] }>;
}): number {
  const { brand, strategy, confidentiality, disclosure, campaigns } = guidelines;
  let count = brand ? brand.spellings.length + brand.legalForms.length + brand.retiredNames.length : 0;
  for (const theme of [...strategy.themes, ...strategy.sectors]) count += theme.keywords.length;
  count += strategy.audiences.length + strategy.pastMessages.length;
  count += confidentiality.banned.length + confidentiality.confidential.length + confidentiality.disparaging.length;
  for (const competitor of confidentiality.competitors) count += 1 + competitor.aliases.length;
  count += (disclosure.linkedin?.wordings.length ?? 0) + (disclosure.x?.wordings.length ?? 0);
  for (const campaign of campaigns) count += campaign.keywords.length;
  return count;
}

export const GuidelinesSchema = z.strictObject({
  version: z.literal(1, schemaMessage('versionOne')).default(1),
  /** The company. Optional: the built-in default guidelines carry no company data. */
  brand: BrandSchema.optional(),
  strategy: z
    .strictObject({
      /** The season the strategy is for ("Autumn 2026"), shown in messages. */
      season: text(200).optional(),
      themes: z.array(ThemeSchema).max(50).default([]),
      /** Target sectors: people in them are worth connecting with. */
      sectors: z.array(ThemeSchema).max(50).default([]),
      audiences: terms(50),
      /** Slogans and themes of past seasons that should not linger on profiles. */
      pastMessages: terms(100),
    })
    .default({ themes: [], sectors: [], audiences: [], pastMessages: [] }),
  confidentiality: z
    .strictObject({
      /** Never to be written on a profile. */
      banned: terms(1000),
      /** Unreleased products, clients, unpublished results. */
      confidential: z.array(ConfidentialTermSchema).max(1000).default([]),
      competitors: z.array(CompetitorSchema).max(200).default([]),
      /** Words that run someone down when written close to a competitor's name. */
      disparaging: terms(500),
      /** How close, in words, a disparaging word must be to a competitor's name to count. */
      nearWords: z.number().int().min(1).max(30).default(6),
    })
    .default({ banned: [], confidential: [], competitors: [], disparaging: [], nearWords: 6 }),
  disclosure: z
    .strictObject({ linkedin: DisclosureSchema.optional(), x: DisclosureSchema.optional() })
    .default({}),
  campaigns: z.array(CampaignSchema).max(200).default([]),
  /** Accounts not to follow on X (e.g. a competitor's executives during a bid, known trolls). */
  avoid: z.strictObject({ x: z.array(XHandleSchema).max(1000).default([]) }).default({ x: [] }),
  checklist: ChecklistSchema.default(ChecklistSchema.parse({})),
  rules: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaMessage('ruleIdShape')), RuleSettingSchema).default({}),
  /** The company's own stages for the team's figures: which rules and steps make a safe, connected, speaking profile. */
  stages: z
    .strictObject({ safe: StageOverrideSchema.optional(), connected: StageOverrideSchema.optional(), speaking: StageOverrideSchema.optional() })
    .optional(),
}).superRefine((guidelines, context) => {
  const count = countTerms(guidelines);
  if (count > MAX_TERMS) {
    const text = message('tooManyTerms', { count, max: MAX_TERMS });
    context.addIssue({ code: 'custom', path: [], message: renderMessage(text), params: { text } });
  }
});

/** What a file says (before defaults). */
export type GuidelinesInput = z.input<typeof GuidelinesSchema>;
/** What the rules read (defaults filled in). */
export type Guidelines = z.output<typeof GuidelinesSchema>;
export type Brand = z.output<typeof BrandSchema>;
export type Campaign = z.output<typeof CampaignSchema>;
export type ManualItem = z.output<typeof ManualItemSchema>;
export type RuleSetting = z.output<typeof RuleSettingSchema>;
export type Step = z.output<typeof StepSchema>;
export type StageOverride = z.output<typeof StageOverrideSchema>;
