/**
 * @file The coaching record in IndexedDB (through `idb`): colleagues, their sessions, the coaching settings and the
 * dates people were forgotten, in the database ./schema.ts describes. Every write is one transaction, all or nothing;
 * a write the browser refuses for lack of room rejects with CoachingStoreError('full') and leaves what was kept
 * before. Reads check each record by hand (./schema.ts, held to the zod schemas of ./validate.ts by a test: zod would
 * weigh on the popup and be most of the colleague's page's time to paint) and skip a damaged one, reported through
 * `onDamaged`, rather than fail; writes check with plain code,
 * first of all that no colleague is stored without the date their notice was confirmed. It decides nothing about
 * what a session holds (src/coaching/session.ts does) and touches no other storage (storage.local).
 */
import { type IDBPDatabase, type IDBPObjectStore, openDB } from 'idb';
import { type CoachingSettings, type Colleague, DEFAULT_RETENTION_MONTHS, type ForgottenEntry, type Session } from '../../coaching/record';
import { summaryFrom } from '../../coaching/summary';
import type { ColleagueRecord, TeamMember } from '../../coaching/team-types';
import { type CoachingStore, CoachingStoreError, type ColleagueSummary } from './port';
import {
  type CoachingDB,
  type CoachingStoreName,
  DB_NAME,
  DB_VERSION,
  checkColleagueRecord,
  checkForgottenRecord,
  checkSessionRecord,
  checkSettingsRecord,
  checkSummaryRecord,
  type Checked,
  isInstant,
  isTeamSizes,
  isViewCost,
  MAX_TEAM_SIZE,
  MAX_TEAM_SIZES,
  MAX_VIEW_COST,
  type Migration,
  MIGRATIONS,
  migrate,
  recordBytes,
  SETTINGS_KEY,
  type SessionTally,
  type StoredColleague,
  type StoredSettings,
  type StoredSummary,
  storedSummaryOf,
  unstoredSummary,
  tallyOf,
} from './schema';

export { recordBytes };

/** A record a read skipped: which store, its key, and what did not match (paths and codes, never a value). */
export interface Damage {
  store: CoachingStoreName;
  key: IDBValidKey;
  problem: string;
}

export interface CoachingStoreOptions {
  /** The database's name: tests give each their own. */
  name?: string;
  /** Told of each damaged record a read skipped (default: a console warning without the record). */
  onDamaged?: (damage: Damage) => void;
  /** For tests of the migrations only: open at another version, with other steps. */
  version?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

export interface OpenCoachingStore extends CoachingStore {
  /** Closes the connection (the next call opens it again). */
  close(): void;
}

/** The longest retention the settings accept, in months: ten years. */
export const MAX_RETENTION_MONTHS = 120;

const SITES = new Set(['linkedin', 'x']);
/** `Date.prototype.toISOString`'s form, the only one stored: the `at` index then orders sessions by time. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * `now` less `months` calendar months (in UTC), the day kept or, past the month's end, its last day: 12 months before
 * 2027-02-28 is 2026-02-28, one month before 2026-03-31 is 2026-02-28.
 */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()),
  );
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function refuse(message: string): never {
  throw new CoachingStoreError('failed', message);
}

/** The write path's checks, in plain code (no zod in the popup). */
function checkColleague(colleague: Colleague): void {
  if (!isText(colleague.id)) refuse('a colleague needs an id');
  if (!isInstant(colleague.noticeConfirmedAt)) {
    refuse('a colleague is recorded only after the notice was confirmed (noticeConfirmedAt is missing or not an ISO time in UTC)');
  }
  if (!Number.isInteger(colleague.noticeRetentionMonths) || colleague.noticeRetentionMonths < 1) refuse('the notice names no retention period');
  if (typeof colleague.name !== 'string') refuse('a colleague needs a name');
  if (!isInstant(colleague.createdAt)) refuse('createdAt is not a date');
  const sites = new Set<string>();
  for (const profile of colleague.profiles) {
    if (!SITES.has(profile.site) || !isText(profile.key)) refuse('a profile needs a site and a key');
    if (sites.has(profile.site)) refuse(`a colleague has at most one ${profile.site} profile`);
    sites.add(profile.site);
  }
}

function checkSession(session: Session): void {
  if (!isText(session.id) || !isText(session.colleagueId)) refuse('a session needs an id and its colleague');
  if (!CANONICAL_INSTANT.test(session.at) || !isInstant(session.at)) refuse('a session time must be written by toISOString()');
  if (!SITES.has(session.site)) refuse('a session needs a site');
}

/** The settings a stored record gives, defaults filled in (none stored, or damaged: every default). */
function settingsOf(stored: StoredSettings | null): CoachingSettings {
  return {
    retentionMonths: stored?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    teamSizes: stored?.teamSizes?.map(({ from, size }) => ({ from, size })) ?? [],
    viewCost: stored?.viewCost ?? null,
  };
}

/** The settings given, without the keys given as undefined (which change nothing). */
function definedOf(change: Partial<CoachingSettings>): Partial<CoachingSettings> {
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
}

/** The write path's checks of the settings given (the others are kept as stored). */
function checkSettings(change: Partial<CoachingSettings>): void {
  const months = change.retentionMonths;
  if (months !== undefined && (!Number.isInteger(months) || months < 1 || months > MAX_RETENTION_MONTHS)) {
    refuse(`the retention period is a whole number of months from 1 to ${MAX_RETENTION_MONTHS}`);
  }
  if (change.teamSizes !== undefined && !isTeamSizes(change.teamSizes)) {
    refuse(`team sizes are whole numbers of people from 1 to ${MAX_TEAM_SIZE}, each from a real day (YYYY-MM-DD), at most one a day and ${MAX_TEAM_SIZES} in all`);
  }
  if (change.viewCost !== undefined && change.viewCost !== null && !isViewCost(change.viewCost)) {
    refuse(`a cost per thousand views is an amount above 0 and up to ${MAX_VIEW_COST}, with a three-letter currency code (EUR)`);
  }
}

/** Oldest first, by id for the same time. */
const byTime = (a: Session, b: Session) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1);

const NO_SESSIONS: SessionTally = { count: 0, bytes: 0, latest: null };

function stored(colleague: Colleague, tally: SessionTally): StoredColleague {
  return { ...colleague, profileKeys: colleague.profiles.map((profile) => profile.key), tally };
}

function unstored({ profileKeys: _keys, tally: _tally, ...colleague }: StoredColleague): Colleague {
  return colleague;
}

/** By name (locale-aware, "Colleague 2" before "Colleague 10"), then by id: the order of every list the store gives. */
function byName<T extends { colleague: Colleague }>(list: T[]): T[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return list.sort((a, b) => collator.compare(a.colleague.name, b.colleague.name) || (a.colleague.id < b.colleague.id ? -1 : 1));
}

type Writable<Name extends CoachingStoreName> = IDBPObjectStore<CoachingDB, ArrayLike<CoachingStoreName>, Name, 'readwrite'>;

/**
 * Counts a colleague's sessions again and sums them up again, from the one read of them, in the transaction that
 * changed them (version 2's tally, version 3's summary).
 */
async function retally(colleagues: Writable<'colleagues'>, summaries: Writable<'summaries'>, sessions: Writable<'sessions'>, id: string): Promise<void> {
  const [record, list] = await Promise.all([colleagues.get(id), sessions.index('colleagueId').getAll(id)]);
  if (!record) return;
  await colleagues.put({ ...record, tally: tallyOf(list) });
  await summaries.put(storedSummaryOf(id, list));
}

const MESSAGES = {
  full: 'The browser has no room left for coaching records: nothing was changed, and what was kept before is still there.',
  blocked: 'The coaching record is open in another tab of an older version of Profile Coach: close that tab, then try again.',
  newer: 'The coaching record was written by a newer version of Profile Coach: it is kept as it is.',
};

/** A browser error as the screens say it: 'full' for lack of room, whatever the step that found it. */
function plain(error: unknown): CoachingStoreError {
  if (error instanceof CoachingStoreError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return new CoachingStoreError('full', MESSAGES.full);
  if (name === 'VersionError') return new CoachingStoreError('failed', MESSAGES.newer);
  const detail = error instanceof Error ? error.message : String(error);
  return new CoachingStoreError('failed', `The coaching record could not be read or written (${detail}).`);
}

async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw plain(error);
  }
}

function warnDamaged({ store, problem }: Damage): void {
  console.warn(`Profile Coach: a damaged ${store} record was skipped (${problem})`);
}

export function openCoachingStore(options: CoachingStoreOptions = {}): OpenCoachingStore {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  const onDamaged = options.onDamaged ?? warnDamaged;
  let connection: Promise<IDBPDatabase<CoachingDB>> | null = null;

  function open(): Promise<IDBPDatabase<CoachingDB>> {
    return new Promise((resolve, reject) => {
      let upgradeError: unknown = null;
      let settled = false;
      const opening = openDB<CoachingDB>(name, version, {
        upgrade(db, oldVersion, newVersion, transaction) {
          // A failed step aborts the upgrade: `opening` rejects and says why; its `done` need not say it again.
          transaction.done.catch(() => undefined);
          migrate(db, oldVersion, newVersion ?? version, transaction, migrations).catch((error: unknown) => {
            upgradeError = error;
            transaction.abort();
          });
        },
        // Another tab holds an older version open: say so now rather than wait for it.
        blocked() {
          settled = true;
          reject(new CoachingStoreError('blocked', MESSAGES.blocked));
        },
        // A newer version wants to upgrade: let it, and open again (then refused as newer) on the next call.
        blocking() {
          void opening.then((db) => db.close());
          connection = null;
        },
        terminated() {
          connection = null;
        },
      });
      opening.then(
        (db) => {
          if (settled) db.close();
          else resolve(db);
        },
        (error: unknown) => reject(plain(upgradeError ?? error)),
      );
    });
  }

  function db(): Promise<IDBPDatabase<CoachingDB>> {
    const opening = connection ?? open();
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
    return opening;
  }

  /** The record if it reads as this version writes it; else null, reported. */
  function accepted<T>(store: CoachingStoreName, key: IDBValidKey, value: unknown, check: (value: unknown) => Checked<T>): T | null {
    const result = check(value);
    if (result.ok) return result.value;
    onDamaged({ store, key, problem: result.problem });
    return null;
  }

  function readColleague(value: unknown, key: IDBValidKey): Colleague | null {
    const record = accepted('colleagues', key, value, checkColleagueRecord);
    return record && unstored(record);
  }

  return {
    close() {
      const open = connection;
      connection = null;
      void open?.then((database) => database.close(), () => undefined);
    },

    colleagues: () =>
      plainly(async () => {
        const database = await db();
        const summaries: ColleagueSummary[] = [];
        // The tally kept with each colleague (schema.ts, version 2): no session is read. All in one request (500
        // colleagues: about 200 KB), where a cursor pays a round trip per record.
        for (const value of await database.getAll('colleagues')) {
          const record = accepted('colleagues', value.id, value, checkColleagueRecord);
          if (!record) continue;
          summaries.push({
            colleague: unstored(record),
            sessionCount: record.tally.count,
            latest: record.tally.latest,
            bytes: recordBytes(value) + record.tally.bytes,
          });
        }
        return byName(summaries);
      }),

    members: () =>
      plainly(async () => {
        const database = await db();
        const tx = database.transaction(['colleagues', 'summaries'], 'readonly');
        // The summary kept beside each colleague (schema.ts, version 3): no session is read, unless a summary is
        // damaged or missing. Two requests, read in one transaction, so each summary is its colleague's.
        const [colleagueRecords, summaryRecords] = await Promise.all([tx.objectStore('colleagues').getAll(), tx.objectStore('summaries').getAll(), tx.done]);
        const summaries = new Map<unknown, unknown>(summaryRecords.map((record) => [(record as Partial<StoredSummary> | undefined)?.id, record]));
        const members: TeamMember[] = [];
        const unsummed: Colleague[] = [];
        for (const value of colleagueRecords) {
          const record = accepted('colleagues', value.id, value, checkColleagueRecord);
          if (!record) continue;
          const kept = summaries.get(record.id);
          if (kept === undefined) onDamaged({ store: 'summaries', key: record.id, problem: '(missing)' });
          const summary = kept === undefined ? null : accepted('summaries', record.id, kept, checkSummaryRecord);
          if (summary) members.push({ colleague: unstored(record), summary: unstoredSummary(summary) });
          else unsummed.push(unstored(record));
        }
        if (unsummed.length > 0) {
          // Summed up again from their sessions (those that read, as `team()` takes them), never left out.
          const index = database.transaction('sessions', 'readonly').store.index('colleagueId');
          const lists = await Promise.all(unsummed.map((colleague) => index.getAll(colleague.id)));
          unsummed.forEach((colleague, at) => {
            const sessions = (lists[at] ?? []).filter(
              (session) => accepted('sessions', (session as Partial<Session>).id ?? '(no id)', session, checkSessionRecord) !== null,
            );
            members.push({ colleague, summary: unstoredSummary(storedSummaryOf(colleague.id, sessions)) });
          });
        }
        return byName(members);
      }),

    colleague: (id) =>
      plainly(async () => {
        const database = await db();
        const tx = database.transaction(['colleagues', 'sessions'], 'readonly');
        const [record, sessionRecords] = await Promise.all([
          tx.objectStore('colleagues').get(id),
          tx.objectStore('sessions').index('colleagueId').getAll(id),
          tx.done,
        ]);
        const colleague = record === undefined ? null : readColleague(record, id);
        if (!colleague) return null;
        const sessions = sessionRecords
          .map((session) => accepted('sessions', session.id, session, checkSessionRecord))
          .filter((session): session is Session => session !== null)
          .sort(byTime);
        return { colleague, sessions };
      }),

    team: () =>
      plainly(async () => {
        const database = await db();
        const tx = database.transaction(['colleagues', 'sessions'], 'readonly');
        // Two requests for everything (500 colleagues × 12 sessions: about 17 MB), where a read per colleague pays
        // a round trip each.
        const [colleagueRecords, sessionRecords] = await Promise.all([tx.objectStore('colleagues').getAll(), tx.objectStore('sessions').getAll(), tx.done]);
        const sessionsOf = new Map<string, Session[]>();
        for (const value of sessionRecords) {
          const session = accepted('sessions', (value as Partial<Session>).id ?? '(no id)', value, checkSessionRecord);
          if (!session) continue;
          const list = sessionsOf.get(session.colleagueId);
          if (list) list.push(session);
          else sessionsOf.set(session.colleagueId, [session]);
        }
        const team: ColleagueRecord[] = [];
        for (const value of colleagueRecords) {
          const colleague = readColleague(value, (value as Partial<StoredColleague>).id ?? '(no id)');
          if (!colleague) continue;
          const sessions = (sessionsOf.get(colleague.id) ?? []).sort(byTime);
          team.push({ colleague, sessions });
        }
        return byName(team);
      }),

    colleagueByProfile: (key) =>
      plainly(async () => {
        const database = await db();
        const record = await database.getFromIndex('colleagues', 'profileKey', key);
        return record === undefined ? null : readColleague(record, record.id);
      }),

    addColleague: (colleague) =>
      plainly(async () => {
        checkColleague(colleague);
        const database = await db();
        const tx = database.transaction(['colleagues', 'summaries'], 'readwrite');
        const colleagues = tx.objectStore('colleagues');
        await inTransaction(tx, async () => {
            await checkProfilesFree(colleagues.index('profileKey'), colleague);
            if ((await colleagues.getKey(colleague.id)) !== undefined) refuse('a colleague with this id is already recorded');
            await colleagues.add(stored(colleague, NO_SESSIONS));
            await tx.objectStore('summaries').put(storedSummaryOf(colleague.id, []));
        });
      }),

    updateColleague: (colleague) =>
      plainly(async () => {
        checkColleague(colleague);
        const database = await db();
        const tx = database.transaction('colleagues', 'readwrite');
        await inTransaction(tx, async () => {
            const before = await tx.store.get(colleague.id);
            if (!before) refuse('no such colleague (forgotten?)');
            await checkProfilesFree(tx.store.index('profileKey'), colleague);
            await tx.store.put(stored(colleague, before.tally ?? NO_SESSIONS));
        });
      }),

    saveSession: (session) =>
      plainly(async () => {
        checkSession(session);
        const database = await db();
        const tx = database.transaction(['colleagues', 'summaries', 'sessions'], 'readwrite');
        await inTransaction(tx, async () => {
            const sessions = tx.objectStore('sessions');
            const colleagues = tx.objectStore('colleagues');
            const [owner, before] = await Promise.all([colleagues.getKey(session.colleagueId), sessions.get(session.id)]);
            if (owner === undefined) refuse('no such colleague (forgotten?): the session was not saved');
            if (before && before.colleagueId !== session.colleagueId) refuse('this session belongs to another colleague');
            await sessions.put(session);
            await retally(colleagues, tx.objectStore('summaries'), sessions, session.colleagueId);
        });
      }),

    deleteSession: (id) =>
      plainly(async () => {
        const database = await db();
        const tx = database.transaction(['colleagues', 'summaries', 'sessions'], 'readwrite');
        await inTransaction(tx, async () => {
            const sessions = tx.objectStore('sessions');
            const session = await sessions.get(id);
            if (session) {
              await sessions.delete(id);
              await retally(tx.objectStore('colleagues'), tx.objectStore('summaries'), sessions, session.colleagueId);
            }
        });
      }),

    forget: (id, now) =>
      plainly(async () => {
        const database = await db();
        const tx = database.transaction(['colleagues', 'summaries', 'sessions', 'forgotten'], 'readwrite');
        await inTransaction(tx, async () => {
            const sessions = tx.objectStore('sessions');
            const [known, sessionKeys] = await Promise.all([
              tx.objectStore('colleagues').getKey(id),
              sessions.index('colleagueId').getAllKeys(id),
            ]);
            if (known === undefined && sessionKeys.length === 0) return;
            // One request after another: a request refused as it is made leaves none of the others unawaited.
            for (const key of sessionKeys) await sessions.delete(key);
            await tx.objectStore('colleagues').delete(id);
            await tx.objectStore('summaries').delete(id);
            await tx.objectStore('forgotten').add({ at: now.toISOString() });
        });
      }),

    forgotten: () =>
      plainly(async () => {
        const database = await db();
        const tx = database.transaction('forgotten', 'readonly');
        const entries: ForgottenEntry[] = [];
        for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
          const entry = accepted('forgotten', cursor.key, cursor.value, checkForgottenRecord);
          if (entry) entries.push({ at: entry.at });
        }
        await tx.done;
        return entries;
      }),

    settings: () =>
      plainly(async () => {
        const database = await db();
        const record = await database.get('settings', SETTINGS_KEY);
        return settingsOf(record === undefined ? null : accepted('settings', SETTINGS_KEY, record, checkSettingsRecord));
      }),

    saveSettings: (change: Partial<CoachingSettings>) =>
      plainly(async () => {
        checkSettings(change);
        const database = await db();
        const tx = database.transaction('settings', 'readwrite');
        // Read and written in one transaction: the options page's retention and the dashboard's team sizes, saved
        // at the same moment, both stay. A damaged record gives way to the defaults (and is reported).
        await inTransaction(tx, async () => {
          const record = await tx.store.get(SETTINGS_KEY);
          const before = settingsOf(record === undefined ? null : accepted('settings', SETTINGS_KEY, record, checkSettingsRecord));
          const after = { ...before, ...definedOf(change) };
          const teamSizes = [...after.teamSizes].sort((a, b) => (a.from < b.from ? -1 : 1)).map(({ from, size }) => ({ from, size }));
          const viewCost = after.viewCost && { perThousand: after.viewCost.perThousand, currency: after.viewCost.currency };
          await tx.store.put({ retentionMonths: after.retentionMonths, teamSizes, viewCost }, SETTINGS_KEY);
        });
      }),

    applyRetention: (now) =>
      plainly(async () => {
        const database = await db();
        const tx = database.transaction(['settings', 'sessions', 'colleagues', 'summaries'], 'readwrite');
        return inTransaction(tx, async () => {
          const setting = (await tx.objectStore('settings').get(SETTINGS_KEY))?.retentionMonths;
          // A damaged setting falls back to the default rather than keep everything for ever.
          const months = Number.isInteger(setting) && (setting as number) >= 1 ? (setting as number) : DEFAULT_RETENTION_MONTHS;
          const cutoff = monthsBefore(now, months).toISOString();
          const sessions = tx.objectStore('sessions');
          const removed = new Map<string, { count: number; bytes: number }>();
          // All at once rather than by cursor (ten times slower): retention runs rarely, and deletes a month's sessions.
          const expired = await sessions.index('at').getAll(IDBKeyRange.upperBound(cutoff, true));
          for (const session of expired) {
            const tally = removed.get(session.colleagueId) ?? { count: 0, bytes: 0 };
            tally.count += 1;
            tally.bytes += recordBytes(session);
            removed.set(session.colleagueId, tally);
          }
          await Promise.all(expired.map((session) => sessions.delete(session.id)));
          const deleted = expired.length;
          // The oldest sessions go, so a tally only loses what was deleted (recounting 500 colleagues took 10 times
          // longer), and a summary only what was before the cutoff (summaryFrom).
          const colleagues = tx.objectStore('colleagues');
          const summaries = tx.objectStore('summaries');
          // Requests side by side, not one after another: each round trip costs a few ms in Chromium.
          const ids = [...removed.keys()];
          const [records, summaryRecords] = await Promise.all([
            Promise.all(ids.map((id) => colleagues.get(id))),
            Promise.all(ids.map((id) => summaries.get(id))),
          ]);
          const recount: string[] = [];
          const updates: Array<Promise<unknown>> = [];
          records.forEach((record, index) => {
            const gone = record && removed.get(record.id);
            if (!record || !gone) return;
            const count = record.tally.count - gone.count;
            // A damaged or missing summary is made again from the sessions left.
            const summary = checkSummaryRecord(summaryRecords[index]);
            if (count < 0 || (count > 0 && (record.tally.latest?.at ?? '') < cutoff) || !summary.ok) recount.push(record.id);
            else {
              updates.push(colleagues.put({ ...record, tally: { count, bytes: record.tally.bytes - gone.bytes, latest: count === 0 ? null : record.tally.latest } }));
              updates.push(summaries.put({ id: record.id, ...summaryFrom(summary.value, cutoff) }));
            }
          });
          await Promise.all(updates);
          for (const id of recount) await retally(colleagues, summaries, sessions, id);
          return deleted;
        });
      }),

    importBundle: (bundle, now) =>
      plainly(async () => {
        // Loaded where a bundle is imported (the dashboard) and nowhere else: the popup's chunk stays as it was.
        const { importInto } = await import('./import');
        const database = await db();
        const tx = database.transaction(['colleagues', 'summaries', 'sessions', 'settings', 'forgotten'], 'readwrite');
        return inTransaction(tx, () => importInto(tx, bundle, now, (months) => monthsBefore(now, months)));
      }),
  };
}

/** Refuses a profile key another colleague already has: one record per person. */
async function checkProfilesFree(index: { getKey(key: string): Promise<string | undefined> }, colleague: Colleague): Promise<void> {
  for (const profile of colleague.profiles) {
    const owner = await index.getKey(profile.key);
    if (owner !== undefined && owner !== colleague.id) refuse('this profile is already linked to another colleague');
  }
}

/**
 * Runs a write's requests in its transaction and waits for the commit. On any failure the transaction is aborted
 * (nothing written), and the error thrown is the transaction's own when the browser aborted it for lack of room:
 * the requests that fail after that only say the transaction is over.
 */
async function inTransaction<T>(tx: { done: Promise<void>; error: DOMException | null; abort(): void }, work: () => Promise<T>): Promise<T> {
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const result = await work();
    await done;
    return result;
  } catch (error) {
    const cause = tx.error?.name === 'QuotaExceededError' ? tx.error : error;
    try {
      tx.abort();
    } catch {
      // Already committed or aborted: nothing to undo.
    }
    throw cause;
  }
}
