/**
 * @file Answers the popup's "check this snapshot" request, in the background: validates the snapshot against the
 * contract, loads the guidelines in force (the background passes the guidelines store's
 * `loadActiveGuidelines`), runs the rules engine with the person's checklist answers and today's date, and returns the
 * ranked findings with the points each would recover. It runs here, not in the popup, because the engine's zod
 * schemas alone weigh about 26 KB gzipped, most of the popup's 35 KB budget. It does not touch the DOM or storage
 * itself (the background passes `remember`, which keeps the last snapshot for the options page's preview,
 * `progress`, which keeps the scores of one's own pages per day, and `isCoached`, which looks a colleague up in the
 * coaching record).
 */
import { z } from 'zod';
import { checkSnapshot, type Translate } from '../engine';
import type { AnyRule, Related } from '../engine/define-rule';
import { isViewersOwn, MAX_REASON_NOTE, NOT_APPLICABLE_REASONS } from '../engine/personal';
import { calendarDay } from '../engine/dates';
import { pointsOf } from '../engine/score';
import { pageTypeOf, parsePageUrl, siteOf } from '../snapshot/pages/page-type';
import { fingerprintOf } from '../guidelines/fingerprint';
import { DEFAULT_GUIDELINES } from '../guidelines/presets/default';
import { type Guidelines, ManualItemSchema } from '../guidelines/schema';
import { type Snapshot, SnapshotSchema } from '../snapshot';
import { pageKeyOf } from '../snapshot/page-key';
import type { RelatedContext } from '../storage/profile-history';
import { visitOf, type Visit } from '../storage/progress';
import type { CheckRequest, CheckResult, GuidelinesInUse, GuidelinesSource, ProgressSince } from './protocol';

/** The guidelines in force as the store loads them (`loadActiveGuidelines`), with the copies it passed over. */
export interface LoadedGuidelines {
  source: GuidelinesSource;
  guidelines: Guidelines;
  errors?: ReadonlyArray<{ source: Exclude<GuidelinesSource, 'default'> }>;
}

/**
 * A snapshot of a page of its own site, as the readers make them: https, a LinkedIn or X host of the site it says,
 * no credentials or port (a snapshot claiming `https://evil.example/in/victim/` is refused, never checked or stored).
 */
function isOnItsSite(snapshot: Snapshot): boolean {
  const url = parsePageUrl(snapshot.url);
  if (!url || url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  return siteOf(pageTypeOf(url)) === snapshot.site;
}

/** More than a checklist can hold (50 items of the company's, plus the built-in ones), never thousands. */
export const MAX_ANSWERS = 200;

/**
 * A record the popup sends by id (checklist answers, rules set aside): ids shaped like the checklist's own
 * (kebab-case, so never `__proto__`), at most MAX_ANSWERS of them, own properties only. Counted before any key is
 * parsed, and kept in an object without a prototype, so that `answers.constructor` is no answer.
 */
function byIdSchema<T extends z.ZodType>(value: T, what: string) {
  return z
    .custom<object>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), `must be an object of ${what}`)
    .refine((input) => Object.keys(input).length <= MAX_ANSWERS, `at most ${MAX_ANSWERS} ${what}`)
    // zod's record skips this key without a word; it is no id, and no honest popup sends it.
    .refine((input) => !Object.hasOwn(input, '__proto__'), 'not an id: __proto__')
    .pipe(z.record(ManualItemSchema.shape.id.max(100), value))
    .transform((record): Readonly<Record<string, z.output<T>>> => Object.assign(Object.create(null) as Record<string, z.output<T>>, record));
}

const AnswersSchema = byIdSchema(z.boolean(), 'answers');

/** "Doesn't apply to me": a reason from the short list, and for "other" a few words of the person's own. */
const NotApplicableSchema = byIdSchema(
  z.strictObject({
    reason: z.enum(NOT_APPLICABLE_REASONS),
    note: z.string().trim().min(1).max(MAX_REASON_NOTE).optional(),
  }),
  'choices',
);

/** The whole request, as the popup sends it: anything else it carries is dropped. */
const CheckRequestSchema = z.object({
  type: z.literal('check'),
  snapshot: SnapshotSchema.refine(isOnItsSite, { message: 'not a LinkedIn or X page over https', path: ['url'] }),
  answers: AnswersSchema,
  colleagueAnswers: AnswersSchema.optional(),
  notApplicable: NotApplicableSchema.optional(),
});

export interface CheckDeps {
  /**
   * The guidelines in force and where they came from (the background passes `loadActiveGuidelines`); the built-in
   * defaults when not given. Plain guidelines (tests) count as one's own file.
   */
  loadGuidelines?: () => Promise<LoadedGuidelines | Guidelines>;
  now?: () => Date;
  /** The rules to run: the registry when not given (tests bring their own). */
  rules?: readonly AnyRule[];
  /**
   * Keeps the validated snapshot for the options page's preview (src/storage/last-check.ts). A failure to keep it
   * never fails the check.
   */
  remember?: (snapshot: Snapshot, answers: Readonly<Record<string, boolean>>) => Promise<void>;
  /**
   * What is known beyond this page (one's own profile on the other site, since when the summary is unchanged), read
   * and updated by the background (src/storage/profile-history.ts). A failure only means less is known.
   */
  related?: (snapshot: Snapshot, now: Date, context: RelatedContext) => Promise<Related>;
  /**
   * Whether someone else's profile (by page key) belongs to a colleague with a coaching record, their notice confirmed
   * (the background passes the coaching store's `colleagueByProfile`). Only then does the history keep their
   * summary's fingerprint. Never asked on one's own pages; a failure counts as "no record".
   */
  isCoached?: (key: string) => Promise<boolean>;
  /** The findings' texts in the browser's language (the background passes `browser.i18n.getMessage`); English without. */
  translate?: Translate;
  /**
   * Records today's visit of one of the person's own pages and says what changed since the last visit of another
   * day (the background passes `recordProgress`, src/storage/progress.ts). Never called for a profile not known
   * to be one's own. A failure only means no "since last time".
   */
  progress?: (key: string, visit: Visit) => Promise<ProgressSince | undefined>;
}

/** Progress is kept for one's own pages only: list pages, and profiles the reader saw as one's own. */
const isKnownOwn = (snapshot: Snapshot) => snapshot.pageType !== 'profile' || snapshot.selfView === true;

/** Checks a request from one of the extension's own pages (the background makes sure of the sender). */
export async function runCheck(request: CheckRequest, deps: CheckDeps = {}): Promise<CheckResult> {
  // Everything is validated before anything is remembered or looked up: a refused request stores nothing.
  const parsed = CheckRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [field, ...path] = issue?.path ?? [];
    // A snapshot's issue says where in the snapshot ("url: …"), as the popup shows it; any other, where in the request.
    const where = field === 'snapshot' ? path : issue?.path ?? [];
    return {
      ok: false,
      reason: field === 'snapshot' ? 'invalid-snapshot' : 'invalid-request',
      message: issue ? `${where.join('.')}: ${issue.message}` : 'invalid request',
    };
  }
  const { snapshot } = parsed.data;
  // The viewer's answers and choices are theirs: on someone else's profile they are neither used nor kept.
  const own = isViewersOwn(snapshot);
  const answers = own ? parsed.data.answers : {};
  const notApplicable = own ? parsed.data.notApplicable : undefined;
  // What a colleague answered in a coaching session counts on their profile, and only there.
  const colleagueAnswers = own ? undefined : parsed.data.colleagueAnswers;
  const now = deps.now?.() ?? new Date();
  // Remembering the page, looking up its history and loading the guidelines touch different storage items, so they
  // run side by side: the popup waits for the slowest, not for the three in turn.
  const { remember, related: relatedOf, loadGuidelines, isCoached } = deps;
  // On someone else's profile only, and beside the other reads: is there a coaching record of them? The history
  // waits for the answer before it keeps anything of them; one's own pages never ask.
  const coached = own ? undefined : attempt(isCoached && (() => isCoached(pageKeyOf(snapshot))), false);
  const [, related, guidelinesRead] = await Promise.all([
    // A full or failing storage costs the options page its preview, never the popup its answer.
    attempt(remember && (() => remember(snapshot, answers)), undefined),
    // Without history the rules that need it say "incomplete" or "not applicable", as on a first visit.
    attempt(relatedOf && (() => relatedOf(snapshot, now, coached ? { coached } : {})), {} as Related),
    attempt(
      loadGuidelines &&
        (async (): Promise<LoadedGuidelines> => {
          const value = await loadGuidelines();
          return isLoaded(value) ? value : { source: 'user', guidelines: value };
        }),
      null,
    ),
  ]);
  const loaded: LoadedGuidelines = guidelinesRead ?? { source: 'default', guidelines: DEFAULT_GUIDELINES };
  const guidelinesFailed = loadGuidelines !== undefined && guidelinesRead === null;
  const guidelines = loaded.guidelines;
  try {
    const { findings, score } = checkSnapshot(snapshot, {
      guidelines,
      now,
      related,
      answers,
      ...(colleagueAnswers ? { colleagueAnswers } : {}),
      notApplicable,
      translate: deps.translate,
      ...(deps.rules ? { rules: deps.rules } : {}),
    });
    let progress: ProgressSince | undefined;
    if (deps.progress && isKnownOwn(snapshot)) {
      try {
        progress = await deps.progress(pageKeyOf(snapshot), visitOf(calendarDay(now), findings, score));
      } catch {
        // Without it, the popup simply says nothing about last time.
      }
    }
    return {
      ok: true,
      findings,
      points: pointsOf(findings),
      score,
      guidelinesFailed,
      guidelines: inUse(loaded),
      ...(progress ? { progress } : {}),
    };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs a step that may fail (storage full, damaged): its failure, even a synchronous throw, gives the fallback. */
async function attempt<T, F>(step: (() => Promise<T>) | undefined, fallback: F): Promise<T | F> {
  if (!step) return fallback;
  try {
    return await step();
  } catch {
    return fallback;
  }
}

const isLoaded = (value: LoadedGuidelines | Guidelines): value is LoadedGuidelines =>
  'source' in value && 'guidelines' in value;

/** What the popup says about the guidelines: their source, the company's name and season, the invalid copies passed over. */
function inUse(loaded: LoadedGuidelines): GuidelinesInUse {
  const company = loaded.guidelines.brand?.name;
  const season = loaded.guidelines.strategy.season;
  const passedOver = [...new Set((loaded.errors ?? []).map((error) => error.source))];
  return {
    source: loaded.source,
    ...(company ? { company } : {}),
    ...(season ? { season } : {}),
    passedOver,
    fingerprint: fingerprintOf(loaded.guidelines),
  };
}
