/**
 * @file The bundle's fast check: the same rules as the zod schema of ./bundle.ts, written out by hand, so that reading
 * a valid bundle of 6,000 sessions costs one walk over it and no zod (zod took about 0.4 s of CPU a bundle, twice
 * JSON.parse). It says only "valid, and here is the bundle" (a new object of the known fields: unknown fields
 * dropped, as zod drops them) or "not valid"; for an invalid bundle ./bundle.ts runs the schema, which names every
 * fault and where. test/coaching/bundle-check.test.ts holds the two to the same answer and the same output.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, type CoachingBundle } from './bundle-merge';
import type { Colleague, Session } from './record';
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
    return {
      id: id(colleague.id),
      name: text(colleague.name, MAX_NAME_CHARS),
      profiles: list(colleague.profiles, 2, 1).map((each) => {
        const profile = object(each);
        return { site: oneOf(profile.site, SITES), key: id(profile.key) };
      }),
      noticeConfirmedAt: this.instant(colleague.noticeConfirmedAt),
      noticeRetentionMonths: whole(colleague.noticeRetentionMonths, 1, MAX_RETENTION_MONTHS),
      createdAt: this.instant(colleague.createdAt),
    };
  }

  session(value: unknown): Session {
    const session = object(value);
    const guidelines = object(session.guidelines);
    const score = object(session.score);
    const steps = object(score.steps);
    const answersIn = object(session.answers);
    const answers: Record<string, boolean> = {};
    for (const key of Object.keys(answersIn)) answers[short(key)] = yes(answersIn[key]);
    const at = this.instant(session.at);
    if (!CANONICAL_INSTANT.test(at)) fail();
    const checked: Session = {
      id: id(session.id),
      colleagueId: id(session.colleagueId),
      site: oneOf(session.site, SITES),
      profileKey: short(session.profileKey),
      at,
      guidelines: { name: short(guidelines.name), fingerprint: short(guidelines.fingerprint) },
      score: {
        overall: percent(score.overall),
        steps: {
          'clean-up': percent(steps['clean-up']),
          'plan-ahead': percent(steps['plan-ahead']),
          'team-up': percent(steps['team-up']),
          guidelines: percent(steps.guidelines),
        },
      },
      outcomes: list(session.outcomes, MAX_OUTCOMES).map((each) => {
        const outcome = object(each);
        return {
          ruleId: short(outcome.ruleId),
          step: oneOf(outcome.step, STEPS),
          status: oneOf(outcome.status, STATUSES),
          points: number(outcome.points, 0, 100),
          labels: list(outcome.labels, MAX_LABELS).map(short),
        };
      }),
      answers,
      notes: list(session.notes, MAX_NOTES).map((each) => {
        const note = object(each);
        return { text: text(note.text, MAX_TEXT_CHARS), forColleague: yes(note.forColleague) };
      }),
      actions: list(session.actions, MAX_ACTIONS).map((each) => {
        const action = object(each);
        return { id: short(action.id), ruleId: short(action.ruleId), text: text(action.text, MAX_TEXT_CHARS), due: this.day(action.due) };
      }),
    };
    if (session.nextSessionOn !== undefined) checked.nextSessionOn = this.day(session.nextSessionOn);
    if (session.audience !== undefined) {
      const audience = object(session.audience);
      checked.audience = { followers: count(audience.followers), connections: count(audience.connections) };
    }
    return checked;
  }

  bundle(value: unknown): CoachingBundle {
    const bundle = object(value);
    if (bundle.format !== BUNDLE_FORMAT || bundle.version !== BUNDLE_VERSION) fail();
    const exportedAt = this.instant(bundle.exportedAt);
    const guidelinesIn = bundle.guidelines === null ? null : object(bundle.guidelines);
    const checked: CoachingBundle = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt,
      guidelines: guidelinesIn && { name: short(guidelinesIn.name), fingerprint: short(guidelinesIn.fingerprint) },
      colleagues: list(bundle.colleagues, Infinity).map((each) => this.colleague(each)),
      sessions: list(bundle.sessions, Infinity).map((each) => this.session(each)),
    };
    if (bundle.settings !== undefined) {
      const settings = object(bundle.settings);
      const viewCost = settings.viewCost === null ? null : object(settings.viewCost);
      checked.settings = {
        teamSizes: list(settings.teamSizes, MAX_TEAM_SIZES).map((each) => {
          const size = object(each);
          return { from: this.day(size.from), size: whole(size.size, 1, MAX_TEAM_SIZE) };
        }),
        viewCost: viewCost && {
          perThousand: number(viewCost.perThousand, Number.MIN_VALUE, MAX_VIEW_COST),
          currency: typeof viewCost.currency === 'string' && CURRENCY.test(viewCost.currency) ? viewCost.currency : fail(),
        },
      };
    }
    return checked;
  }
}

/**
 * The bundle, fields known to this version only, if `value` (what JSON.parse gave) passes every check the schema
 * makes; null at the first fault. Cross-checks (ids used twice, times to come) are ./bundle.ts's, after either.
 */
export function fastBundle(value: unknown): CoachingBundle | null {
  try {
    return new Checker().bundle(value);
  } catch (error) {
    if (error === INVALID) return null;
    throw error;
  }
}
