/**
 * @file The bundle's fast check: the same rules as the zod schemas of ./bundle.ts (version 1, and version 2 with its
 * list of outcomes), written out by hand, so that reading a valid bundle of 6,000 sessions costs one walk over it and
 * no zod (zod took about 0.4 s of CPU a bundle, twice JSON.parse). It says only "valid, and here is the bundle" (the
 * value itself, or where it holds unknown fields a copy of the known ones: unknown fields dropped, as zod drops them)
 * or "not valid"; for an invalid bundle ./bundle.ts runs the schema, which names every fault and where.
 * test/coaching/bundle.test.ts holds the two to the same answer and the same output, for either version.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, type CoachingBundle, type CompactBundle, type CompactSession, EXPANDED_VERSION } from './bundle-merge';
import type { Colleague, RuleOutcome, Session } from './record';
import { InstantSchema, STATUSES, STEPS } from './record-schema';

/** A person's name as read from a profile is rarely over 100 characters; 300 leaves room for a note in brackets. */
export const MAX_NAME_CHARS = 300;
/** A note or an action's words: the ambassador's own, a few paragraphs at most. */
export const MAX_TEXT_CHARS = 20_000;
/** Ids, keys, rule ids, labels, guidelines' names and prints. */
export const MAX_SHORT_CHARS = 500;
/** The longest retention a notice may name (the options page's own maximum, ten years). */
export const MAX_RETENTION_MONTHS = 120;
export const MAX_TEAM_SIZE = 10_000_000;
export const MAX_TEAM_SIZES = 1000;
export const MAX_VIEW_COST = 1_000_000;
/** Followers or connections: a whole number, and no profile has a billion. */
export const MAX_COUNT = 1_000_000_000;
export const MAX_OUTCOMES = 500;
export const MAX_LABELS = 50;
export const MAX_NOTES = 200;
export const MAX_ACTIONS = 200;

/** `Date.prototype.toISOString`'s form: the only one the store keeps for a session (its `at` index orders by it). */
export const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const CURRENCY = /^[A-Z]{3}$/;
/** zod's own pattern for `z.iso.datetime()` (UTC, any precision, a day of the calendar): the very one, not a copy. */
const INSTANT: RegExp = InstantSchema._zod.def.pattern ?? /^$/;

export const isRealDay = (day: string): boolean => {
  const date = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

type Json = Record<string, unknown>;
/** Thrown (and caught below) at the first fault: the schema then says what and where. */
const INVALID = Symbol('invalid');

const fail = (): never => {
  throw INVALID;
};
const object = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : fail();
const list = (value: unknown, max: number, min = 0): unknown[] =>
  Array.isArray(value) && value.length >= min && value.length <= max ? value : fail();
const text = (value: unknown, max: number, min = 0): string =>
  typeof value === 'string' && value.length >= min && value.length <= max ? value : fail();
const short = (value: unknown): string => text(value, MAX_SHORT_CHARS);
const id = (value: unknown): string => text(value, MAX_SHORT_CHARS, 1);
const yes = (value: unknown): boolean => (typeof value === 'boolean' ? value : fail());
/** A finite number in [min, max] (JSON's 1e999 is Infinity, which zod refuses too). */
const number = (value: unknown, min: number, max: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fail();
const whole = (value: unknown, min: number, max: number): number => (Number.isInteger(number(value, min, max)) ? (value as number) : fail());
const percent = (value: unknown): number | null => (value === null ? null : number(value, 0, 100));
const count = (value: unknown): number | null => (value === null ? null : whole(value, 0, MAX_COUNT));
const oneOf = <T extends string>(value: unknown, options: readonly T[]): T => (options.includes(value as T) ? (value as T) : fail());
const SITES = ['linkedin', 'x'] as const;

const PROFILE_KEYS = ['site', 'key'];
const COLLEAGUE_KEYS = ['id', 'name', 'profiles', 'noticeConfirmedAt', 'noticeRetentionMonths', 'createdAt'];
const GUIDELINES_KEYS = ['name', 'fingerprint'];
const SCORE_KEYS = ['overall', 'steps'];
const OUTCOME_KEYS = ['ruleId', 'step', 'status', 'points', 'labels'];
const NOTE_KEYS = ['text', 'forColleague'];
const ACTION_KEYS = ['id', 'ruleId', 'text', 'due'];
const AUDIENCE_KEYS = ['followers', 'connections'];
const SESSION_KEYS = [
  'id', 'colleagueId', 'site', 'profileKey', 'at', 'guidelines', 'score', 'outcomes', 'answers', 'notes', 'actions', 'nextSessionOn', 'audience',
];
const TEAM_SIZE_KEYS = ['from', 'size'];
const VIEW_COST_KEYS = ['perThousand', 'currency'];
const SETTINGS_KEYS = ['teamSizes', 'viewCost'];
const BUNDLE_KEYS = ['format', 'version', 'exportedAt', 'guidelines', 'colleagues', 'sessions', 'settings'];
const COMPACT_KEYS = ['format', 'version', 'exportedAt', 'guidelines', 'outcomes', 'colleagues', 'sessions', 'settings'];

/**
 * `value` itself when it has no key but the known ones and nothing inside it was copied, else a copy of the known
 * ones (`changed` replacing those copied inside): unknown fields dropped, as zod drops them. A valid bundle as
 * Profile Coach writes it is all kept as JSON.parse made it, not copied: half the objects, half the collecting.
 */
function only<T>(value: Json, keys: readonly string[], changed?: Json): T {
  if (!changed) {
    let known = 0;
    for (const key of keys) if (value[key] !== undefined) known += 1;
    let own = 0;
    for (const _ in value) own += 1;
    if (own === known) return value as T;
  }
  const copy: Json = {};
  for (const key of keys) {
    const kept = changed && key in changed ? changed[key] : value[key];
    if (kept !== undefined) copy[key] = kept;
  }
  return copy as T;
}

/** `values` itself when `check` kept every item as it was, else a new list of what it gave. */
function each<T>(values: unknown[], check: (value: unknown) => T): T[] {
  let copy: T[] | null = null;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    const checked = check(value);
    if (copy) copy.push(checked);
    else if (checked !== value) {
      copy = values.slice(0, index) as T[];
      copy.push(checked);
    }
  }
  return copy ?? (values as T[]);
}

const guidelinesRef = (value: unknown): { name: string; fingerprint: string } => {
  const guidelines = object(value);
  short(guidelines.name);
  short(guidelines.fingerprint);
  return only(guidelines, GUIDELINES_KEYS);
};

/** Checks of strings that recur (days, times) made once per distinct string. */
class Checker {
  private readonly days = new Map<string, boolean>();
  private readonly instants = new Map<string, boolean>();

  day(value: unknown): string {
    if (typeof value !== 'string') return fail();
    let real = this.days.get(value);
    if (real === undefined) {
      real = DAY.test(value) && isRealDay(value);
      this.days.set(value, real);
    }
    return real ? value : fail();
  }

  instant(value: unknown): string {
    if (typeof value !== 'string') return fail();
    let good = this.instants.get(value);
    if (good === undefined) {
      good = INSTANT.test(value);
      this.instants.set(value, good);
    }
    return good ? value : fail();
  }

  colleague(value: unknown): Colleague {
    const colleague = object(value);
    id(colleague.id);
    text(colleague.name, MAX_NAME_CHARS);
    const profiles = each(list(colleague.profiles, 2, 1), (entry) => {
      const profile = object(entry);
      oneOf(profile.site, SITES);
      id(profile.key);
      return only(profile, PROFILE_KEYS);
    });
    this.instant(colleague.noticeConfirmedAt);
    whole(colleague.noticeRetentionMonths, 1, MAX_RETENTION_MONTHS);
    this.instant(colleague.createdAt);
    return only(colleague, COLLEAGUE_KEYS, profiles === colleague.profiles ? undefined : { profiles });
  }

  outcome(value: unknown): RuleOutcome {
    const outcome = object(value);
    short(outcome.ruleId);
    oneOf(outcome.step, STEPS);
    oneOf(outcome.status, STATUSES);
    number(outcome.points, 0, 100);
    for (const label of list(outcome.labels, MAX_LABELS)) short(label);
    return only(outcome, OUTCOME_KEYS);
  }

  /** A session whose outcomes are each checked by `outcome`: written out (version 1) or a place in the list (version 2). */
  session<O>(value: unknown, outcome: (value: unknown) => O): Omit<Session, 'outcomes'> & { outcomes: O[] } {
    const session = object(value);
    id(session.id);
    id(session.colleagueId);
    oneOf(session.site, SITES);
    short(session.profileKey);
    // Each session's own time, not one that recurs: checked, not remembered (6,000 times a bundle, each once).
    if (typeof session.at !== 'string' || !CANONICAL_INSTANT.test(session.at) || !INSTANT.test(session.at)) fail();
    const guidelines = guidelinesRef(session.guidelines);
    const scoreIn = object(session.score);
    percent(scoreIn.overall);
    const stepsIn = object(scoreIn.steps);
    for (const step of STEPS) percent(stepsIn[step]);
    const steps = only(stepsIn, STEPS);
    const score = only(scoreIn, SCORE_KEYS, steps === stepsIn ? undefined : { steps });
    const outcomes = each(list(session.outcomes, MAX_OUTCOMES), outcome);
    // A record: every key is checked, none is unknown. One spelt __proto__ (parseBundle refuses it before this) is
    // copied as zod copies it, by assignment.
    let answers = object(session.answers);
    for (const key of Object.keys(answers)) {
      short(key);
      yes(answers[key]);
    }
    if (Object.hasOwn(answers, '__proto__')) {
      const copy: Json = {};
      for (const key of Object.keys(answers)) copy[key] = answers[key];
      answers = copy;
    }
    const notes = each(list(session.notes, MAX_NOTES), (entry) => {
      const note = object(entry);
      text(note.text, MAX_TEXT_CHARS);
      yes(note.forColleague);
      return only(note, NOTE_KEYS);
    });
    const actions = each(list(session.actions, MAX_ACTIONS), (entry) => {
      const action = object(entry);
      short(action.id);
      short(action.ruleId);
      text(action.text, MAX_TEXT_CHARS);
      this.day(action.due);
      return only(action, ACTION_KEYS);
    });
    if (session.nextSessionOn !== undefined) this.day(session.nextSessionOn);
    let audience: Json | undefined;
    if (session.audience !== undefined) {
      const audienceIn = object(session.audience);
      count(audienceIn.followers);
      count(audienceIn.connections);
      audience = only(audienceIn, AUDIENCE_KEYS);
      if (audience === audienceIn) audience = undefined;
    }
    const changed =
      guidelines !== session.guidelines ||
      score !== session.score ||
      outcomes !== session.outcomes ||
      notes !== session.notes ||
      actions !== session.actions ||
      answers !== session.answers ||
      audience !== undefined;
    const replaced = { guidelines, score, outcomes, answers, notes, actions, audience: audience ?? session.audience };
    return only(session, SESSION_KEYS, changed ? replaced : undefined);
  }

  bundle(value: unknown): CoachingBundle {
    const bundle = object(value);
    if (bundle.version !== EXPANDED_VERSION) fail();
    return this.parts(bundle, BUNDLE_KEYS, (entry) => this.session(entry, (outcome) => this.outcome(outcome))) as CoachingBundle;
  }

  /** Version 2: its list of outcomes, and each session's outcomes as places in it (whether each is in it: ./bundle.ts). */
  compact(value: unknown): CompactBundle {
    const bundle = object(value);
    if (bundle.version !== BUNDLE_VERSION) fail();
    const outcomes = each(list(bundle.outcomes, Infinity), (entry) => this.outcome(entry));
    const checked = this.parts(bundle, COMPACT_KEYS, (entry) => this.session(entry, place), outcomes !== bundle.outcomes ? { outcomes } : undefined);
    return checked as unknown as CompactBundle;
  }

  /**
   * What every version has: format, time, guidelines, colleagues, sessions (each by `session`) and settings; `keys`
   * the version's own, `changedBefore` what its caller checked of the rest and copied.
   */
  private parts<S>(
    bundle: Json,
    keys: readonly string[],
    session: (value: unknown) => S,
    changedBefore?: Json,
  ): Omit<CoachingBundle, 'version' | 'sessions'> & { sessions: S[] } {
    if (bundle.format !== BUNDLE_FORMAT) fail();
    this.instant(bundle.exportedAt);
    const guidelines = bundle.guidelines === null ? null : guidelinesRef(bundle.guidelines);
    const colleagues = each(list(bundle.colleagues, Infinity), (entry) => this.colleague(entry));
    const sessions = each(list(bundle.sessions, Infinity), session);
    let settings: Json | undefined;
    if (bundle.settings !== undefined) {
      const settingsIn = object(bundle.settings);
      const teamSizes = each(list(settingsIn.teamSizes, MAX_TEAM_SIZES), (entry) => {
        const size = object(entry);
        this.day(size.from);
        whole(size.size, 1, MAX_TEAM_SIZE);
        return only(size, TEAM_SIZE_KEYS);
      });
      let viewCost: Json | null = null;
      if (settingsIn.viewCost !== null) {
        const cost = object(settingsIn.viewCost);
        number(cost.perThousand, Number.MIN_VALUE, MAX_VIEW_COST);
        if (typeof cost.currency !== 'string' || !CURRENCY.test(cost.currency)) fail();
        viewCost = only(cost, VIEW_COST_KEYS);
      }
      settings = only(settingsIn, SETTINGS_KEYS, teamSizes !== settingsIn.teamSizes || viewCost !== settingsIn.viewCost ? { teamSizes, viewCost } : undefined);
    }
    const changed =
      changedBefore !== undefined ||
      guidelines !== bundle.guidelines ||
      colleagues !== bundle.colleagues ||
      sessions !== bundle.sessions ||
      settings !== bundle.settings;
    return only(bundle, keys, changed ? { ...changedBefore, guidelines, colleagues, sessions, settings } : undefined);
  }
}

/** A place in a version 2 bundle's list of outcomes: a whole number from 0 (./bundle.ts checks it is in the list). */
const place = (value: unknown): number => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : fail());

/**
 * The version 1 bundle, fields known to this version only, if `value` (what JSON.parse gave) passes every check the
 * schema makes; null at the first fault. Cross-checks (ids used twice, times to come, places past the list of
 * outcomes) are ./bundle.ts's, after either.
 */
export function fastBundle(value: unknown): CoachingBundle | null {
  return checked(() => new Checker().bundle(value));
}

/** The same for version 2 (`CompactBundle`): its list of outcomes checked once, and each session's places in it. */
export function fastCompactBundle(value: unknown): CompactBundle | null {
  return checked(() => new Checker().compact(value));
}

/**
 * Version 2 checked a part at a time, by one checker (its days and times checked once each): `head`, the bundle
 * without its sessions (an empty list), and `session`, each of its sessions; each null at the first fault, like
 * `fastCompactBundle`, whose checks together they are. ./bundle.ts `parseLaidOutBundle` reads a bundle so.
 */
export function fastCompactParts(): { head: (value: unknown) => CompactBundle | null; session: (value: unknown) => CompactSession | null } {
  const checker = new Checker();
  return {
    head: (value) => checked(() => checker.compact(value)),
    session: (value) => checked(() => checker.session(value, place)),
  };
}

function checked<T>(check: () => T): T | null {
  try {
    return check();
  } catch (error) {
    if (error === INVALID) return null;
    throw error;
  }
}
