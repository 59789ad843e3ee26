/**
 * @file The coaching record's database: its name, its version, its object stores and the migrations that bring a
 * database written by any earlier version to this one (run by IndexedDB itself, in the upgrade transaction, all or
 * nothing). Zod-free, so the popup can open the store; the zod schemas that check records on read are in ./validate.ts.
 *
 * A new shape bumps DB_VERSION and adds its step to MIGRATIONS, with a test on data written by the previous version
 * (test/storage/coaching/migrations.test.ts). Every record is migrated in the upgrade, so records carry no version
 * of their own: the database's version is theirs.
 * The flat records (colleagues, their summaries, settings, forgotten) are checked on read here, by hand: the popup reads colleagues,
 * and a zod schema would bring zod's core (the options page's chunk) into it. The sessions, deep and read only by
 * the coaching pages, are checked with zod (./validate.ts, which also holds a zod schema of the colleague that a
 * test holds these checks to).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Colleague, Session } from '../../coaching/record';
import { summaryOf } from '../../coaching/summary';
import type { ColleagueSummary, TeamSize, ViewCost } from '../../coaching/team-types';

export const DB_NAME = 'profile-coach-coaching';

/**
 * 1: colleagues, sessions, settings, forgotten (3: summaries).
 * 2: each colleague keeps a tally of their sessions (count, bytes, latest), rewritten with every session written in
 * the same transaction, so listing 500 colleagues reads 500 records instead of 6,000 sessions (with 6,000 sessions,
 * 600 ms in Node over fake-indexeddb at version 1: `npm run bench`).
 * 3: each colleague also has the summary of their readable sessions (src/coaching/summary.ts `summaryOf`), made
 * again in the same transaction as every write of their sessions, so the dashboard reads 500 colleagues and no
 * session (19 MB with 6,000 sessions). Kept in an object store of its own beside the colleagues, keyed by the
 * colleague's id: inside the colleague's record (4.5 KB with 12 sessions, where the rest is 350 bytes) it made every
 * list of colleagues (the popup's, the options page's) read 2.3 MB instead of 0.2 MB, twice as slow.
 */
export const DB_VERSION = 3;

/** What the lists show of a colleague's sessions without reading them. */
export interface SessionTally {
  count: number;
  /** Bytes of the sessions as stored JSON (UTF-8). */
  bytes: number;
  latest: { at: string; overall: number | null } | null;
}

/**
 * A colleague as stored: the record's fields, the keys of their profiles, flat, for the multi-entry index that
 * finds a colleague from the page open (IndexedDB indexes strings, not the `{ site, key }` objects), and (version 2)
 * the tally of their sessions.
 */
export type StoredColleague = Colleague & { profileKeys: string[]; tally: SessionTally };

/**
 * The summary of a colleague's sessions as stored (version 3), under the colleague's id: of the sessions that read
 * (`checkSessionRecord`), as the team's figures take them. A damaged or missing one costs the colleague's sessions
 * to be read again, not the colleague.
 */
export type StoredSummary = ColleagueSummary & { id: string };

const encoder = new TextEncoder();

/** Bytes of a record as JSON in UTF-8. */
export function recordBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/** The tally of a colleague's sessions as stored (a record without a time counts, but is never the latest). */
export function tallyOf(sessions: readonly unknown[]): SessionTally {
  let bytes = 0;
  let latest: SessionTally['latest'] = null;
  for (const session of sessions) {
    bytes += recordBytes(session);
    const { at, score } = (session ?? {}) as Partial<Session>;
    if (typeof at === 'string' && (!latest || at > latest.at)) {
      const overall = score?.overall;
      latest = { at, overall: typeof overall === 'number' ? overall : null };
    }
  }
  return { count: sessions.length, bytes, latest };
}

/** The summary of a colleague's sessions as stored: of those that read as this version writes them (`team()` skips the others). */
export function storedSummaryOf(id: string, sessions: readonly unknown[]): StoredSummary {
  return { id, ...summaryOf(sessions.filter((session): session is Session => checkSessionRecord(session).ok)) };
}

/** The summary without the key it is stored under, as the team's figures read it. */
export function unstoredSummary({ id: _id, ...summary }: StoredSummary): ColleagueSummary {
  return summary;
}

/**
 * The settings as stored, under SETTINGS_KEY. The team's sizes and the view cost (issue 12) are optional: settings
 * stored before them read as they are (no size, no cost), so they need no new DB_VERSION nor a migration.
 */
export interface StoredSettings {
  retentionMonths: number;
  teamSizes?: TeamSize[];
  viewCost?: ViewCost | null;
}

/** At most this many team sizes: one a week for twenty years. */
export const MAX_TEAM_SIZES = 1000;
/** The largest team size taken: ten million people, more than any company has. */
export const MAX_TEAM_SIZE = 10_000_000;
/** The largest cost per thousand views taken, in any currency. */
export const MAX_VIEW_COST = 1_000_000;

export const SETTINGS_KEY = 'coaching';

export interface CoachingDB extends DBSchema {
  colleagues: { key: string; value: StoredColleague; indexes: { profileKey: string } };
  /** Version 3: one per colleague, under their id. */
  summaries: { key: string; value: StoredSummary };
  sessions: { key: string; value: Session; indexes: { colleagueId: string; at: string } };
  settings: { key: string; value: StoredSettings };
  /** Keyed by a counter: `{ at }` and nothing else, not even the forgotten colleague's id. */
  forgotten: { key: number; value: { at: string } };
}

export type CoachingStoreName = StoreNames<CoachingDB>;
export const STORE_NAMES: readonly CoachingStoreName[] = ['colleagues', 'summaries', 'sessions', 'settings', 'forgotten'];

type UpgradeTransaction = IDBPTransaction<CoachingDB, CoachingStoreName[], 'versionchange'>;
/** One step: brings a database at version `n - 1` to version `n`. */
export type Migration = (db: IDBPDatabase<CoachingDB>, transaction: UpgradeTransaction) => void | Promise<void>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1(db) {
    const colleagues = db.createObjectStore('colleagues', { keyPath: 'id' });
    colleagues.createIndex('profileKey', 'profileKeys', { unique: false, multiEntry: true });
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('colleagueId', 'colleagueId');
    sessions.createIndex('at', 'at');
    db.createObjectStore('settings');
    db.createObjectStore('forgotten', { autoIncrement: true });
  },
  async 2(_db, transaction) {
    const sessions = transaction.objectStore('sessions').index('colleagueId');
    const colleagues = transaction.objectStore('colleagues');
    for (let cursor = await colleagues.openCursor(); cursor; cursor = await cursor.continue()) {
      const colleague = cursor.value as Omit<StoredColleague, 'tally'> & { tally?: SessionTally };
      // A damaged record (no id) is left as it is: the read skips and reports it.
      if (typeof colleague.id !== 'string') continue;
      await cursor.update({ ...colleague, tally: tallyOf(await sessions.getAll(colleague.id)) } as StoredColleague);
    }
  },
  async 3(db, transaction) {
    db.createObjectStore('summaries', { keyPath: 'id' });
    const summaries = transaction.objectStore('summaries');
    const sessions = transaction.objectStore('sessions').index('colleagueId');
    for (const colleague of await transaction.objectStore('colleagues').getAll()) {
      // A damaged record is left as it is, without a summary: the read skips and reports it.
      if (!checkColleagueRecord(colleague).ok) continue;
      await summaries.put(storedSummaryOf(colleague.id, await sessions.getAll(colleague.id)));
    }
  },
};

/** Runs every step from `oldVersion + 1` to `newVersion`, in order, in the upgrade transaction. */
export async function migrate(
  db: IDBPDatabase<CoachingDB>,
  oldVersion: number,
  newVersion: number,
  transaction: UpgradeTransaction,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version += 1) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration to version ${version} of ${DB_NAME}`);
    await step(db, transaction);
  }
}

/** What a read gives: the record as this version writes it, or why it is not one (paths only, never a value). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** An ISO 8601 time in UTC to the second or finer ("2026-11-20T09:00:00.000Z"), as zod's `z.iso.datetime()` takes it. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
/** The number written by the digits of `text` from `at`, `length` of them (checked as digits before). */
function digitsAt(text: string, at: number, length: number): number {
  let number = 0;
  for (let index = at; index < at + length; index += 1) number = number * 10 + text.charCodeAt(index) - 48;
  return number;
}
const daysIn = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
/**
 * Also a moment that exists (no 31 February, no 24:00, no 60th second), as `Date.parse` and its round trip took it
 * before: counted from the digits, with no Date, since the dashboard checks 18,000 times of 500 summaries (30 ms in
 * Chromium with Dates). test/storage/coaching/validate.test.ts holds the two equal.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(digitsAt(value, 0, 4), month) &&
    digitsAt(value, 11, 2) < 24 &&
    digitsAt(value, 14, 2) < 60 &&
    digitsAt(value, 17, 2) < 60
  );
}
/** A JSON object (not null, not an array), as stored records are read. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
/** A count as zod's `int()` takes it: a safe integer (2^53 and above are not exact). */
const isCountOrNull = (value: unknown): boolean => value === null || (Number.isSafeInteger(value) && (value as number) >= 0);
const isScore = (value: unknown): boolean => value === null || (typeof value === 'number' && Number.isFinite(value));

function problems(checks: Record<string, boolean>): string | null {
  const failed = Object.keys(checks).filter((path) => !checks[path]);
  return failed.length === 0 ? null : failed.slice(0, 3).join(', ');
}

function checked<T>(value: unknown, problem: string | null): Checked<T> {
  return problem === null ? { ok: true, value: value as T } : { ok: false, problem };
}

export function checkColleagueRecord(value: unknown): Checked<StoredColleague> {
  if (!isRecord(value)) return { ok: false, problem: '(record)' };
  const { profiles, profileKeys, tally } = value;
  const latest = isRecord(tally) ? tally.latest : undefined;
  return checked(
    value,
    problems({
      id: typeof value.id === 'string' && value.id.length > 0,
      name: typeof value.name === 'string',
      profiles:
        Array.isArray(profiles) &&
        profiles.every((profile) => isRecord(profile) && (profile.site === 'linkedin' || profile.site === 'x') && typeof profile.key === 'string' && profile.key.length > 0),
      noticeConfirmedAt: isInstant(value.noticeConfirmedAt),
      noticeRetentionMonths: isCount(value.noticeRetentionMonths) && value.noticeRetentionMonths > 0,
      createdAt: isInstant(value.createdAt),
      profileKeys: Array.isArray(profileKeys) && profileKeys.every((key) => typeof key === 'string'),
      tally:
        isRecord(tally) &&
        isCount(tally.count) &&
        isCount(tally.bytes) &&
        (latest === null || (isRecord(latest) && isInstant(latest.at) && isScore(latest.overall))),
    }),
  );
}

const STEP_NAMES: readonly unknown[] = ['clean-up', 'plan-ahead', 'team-up', 'guidelines'];
const STATUS_NAMES: readonly unknown[] = ['pass', 'fail', 'notApplicable', 'incomplete', 'error'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: unknown): boolean => typeof value === 'string' && DAY.test(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
const isListOf = (value: unknown, each: (item: Record<string, unknown>) => boolean): boolean =>
  Array.isArray(value) && value.every((item) => isRecord(item) && each(item));

/**
 * A stored session, checked by hand like the colleague (the colleague's page reads twelve of them before it paints,
 * and zod would be most of its time to paint): held to validate.ts's zod schema by test/storage/coaching/validate.test.ts.
 */
export function checkSessionRecord(value: unknown): Checked<CoachingDB['sessions']['value']> {
  if (!isRecord(value)) return { ok: false, problem: '(record)' };
  const { guidelines, score, answers } = value;
  const steps = isRecord(score) ? score.steps : undefined;
  return checked(
    value,
    problems({
      id: isText(value.id) && value.id.length > 0,
      colleagueId: isText(value.colleagueId) && value.colleagueId.length > 0,
      site: value.site === 'linkedin' || value.site === 'x',
      profileKey: isText(value.profileKey),
      at: isInstant(value.at),
      guidelines: isRecord(guidelines) && isText(guidelines.name) && isText(guidelines.fingerprint),
      score: isRecord(score) && isScore(score.overall) && isRecord(steps) && STEP_NAMES.every((step) => isScore(steps[step as string])),
      outcomes: isListOf(
        value.outcomes,
        (outcome) =>
          isText(outcome.ruleId) &&
          STEP_NAMES.includes(outcome.step) &&
          STATUS_NAMES.includes(outcome.status) &&
          isNumber(outcome.points) &&
          Array.isArray(outcome.labels) &&
          outcome.labels.every(isText),
      ),
      answers: isRecord(answers) && Object.values(answers).every((answer) => typeof answer === 'boolean'),
      notes: isListOf(value.notes, (note) => isText(note.text) && typeof note.forColleague === 'boolean'),
      actions: isListOf(value.actions, (action) => isText(action.id) && isText(action.ruleId) && isText(action.text) && isDay(action.due)),
      nextSessionOn: value.nextSessionOn === undefined || isDay(value.nextSessionOn),
      // Optional (issue 12): sessions stored before it have none, and need no migration.
      audience:
        value.audience === undefined ||
        (isRecord(value.audience) && isCountOrNull(value.audience.followers) && isCountOrNull(value.audience.connections)),
    }),
  );
}

const SITE_NAMES: readonly unknown[] = ['linkedin', 'x'];
const OPEN_STATUS_NAMES: readonly unknown[] = ['fail', 'incomplete', 'error'];

/**
 * A colleague's stored summary (version 3), checked by hand as the colleague is (the dashboard reads 500 of them, and
 * the background, which writes them, must not load zod): held to validate.ts's zod schema by a test.
 */
export function checkSummaryRecord(value: unknown): Checked<StoredSummary> {
  if (!isRecord(value)) return { ok: false, problem: '(record)' };
  return checked(
    value,
    problems({
      id: isText(value.id) && value.id.length > 0,
      sessions: isListOf(
        value.sessions,
        (brief) =>
          isText(brief.id) &&
          brief.id.length > 0 &&
          isInstant(brief.at) &&
          SITE_NAMES.includes(brief.site) &&
          isText(brief.fingerprint) &&
          isScore(brief.overall) &&
          (brief.audience === undefined ||
            (isRecord(brief.audience) && isCountOrNull(brief.audience.followers) && isCountOrNull(brief.audience.connections))),
      ),
      latest: isListOf(
        value.latest,
        (site) =>
          SITE_NAMES.includes(site.site) &&
          isInstant(site.at) &&
          isListOf(site.open, (open) => isText(open.ruleId) && STEP_NAMES.includes(open.step) && OPEN_STATUS_NAMES.includes(open.status)),
      ),
      openActions: isListOf(value.openActions, (action) => isInstant(action.at) && isDay(action.due)),
    }),
  );
}

/** A day that exists ("2026-02-30" does not): what `new Date` rolls over is refused. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Team sizes as stored: each a real day and a whole number of people, at most one a day. */
export function isTeamSizes(value: unknown): value is TeamSize[] {
  if (!Array.isArray(value) || value.length > MAX_TEAM_SIZES) return false;
  const days = new Set<string>();
  for (const entry of value) {
    if (!isRecord(entry) || !isCalendarDay(entry.from) || days.has(entry.from)) return false;
    if (!Number.isInteger(entry.size) || (entry.size as number) < 1 || (entry.size as number) > MAX_TEAM_SIZE) return false;
    days.add(entry.from);
  }
  return true;
}

/** A cost per thousand views: a positive amount in a currency written as ISO 4217 does ("EUR"). */
export function isViewCost(value: unknown): value is ViewCost {
  return (
    isRecord(value) &&
    typeof value.perThousand === 'number' &&
    Number.isFinite(value.perThousand) &&
    value.perThousand > 0 &&
    value.perThousand <= MAX_VIEW_COST &&
    typeof value.currency === 'string' &&
    /^[A-Z]{3}$/.test(value.currency)
  );
}

export function checkSettingsRecord(value: unknown): Checked<StoredSettings> {
  const record = isRecord(value) ? value : {};
  return checked(
    value,
    problems({
      retentionMonths: isRecord(value) && isCount(value.retentionMonths) && value.retentionMonths > 0,
      teamSizes: record.teamSizes === undefined || isTeamSizes(record.teamSizes),
      viewCost: record.viewCost === undefined || record.viewCost === null || isViewCost(record.viewCost),
    }),
  );
}

export function checkForgottenRecord(value: unknown): Checked<{ at: string }> {
  return checked(value, problems({ at: isRecord(value) && isInstant(value.at) }));
}
