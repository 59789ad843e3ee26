/**
 * @file The coaching record's database: its name, its version, its object stores and the migrations that bring a
 * database written by any earlier version to this one (run by IndexedDB itself, in the upgrade transaction, all or
 * nothing). Zod-free, so the popup can open the store; the zod schemas that check records on read are in ./validate.ts.
 *
 * A new shape bumps DB_VERSION and adds its step to MIGRATIONS, with a test on data written by the previous version
 * (test/storage/coaching/migrations.test.ts). Every record is migrated in the upgrade, so records carry no version
 * of their own: the database's version is theirs.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Colleague, Session } from '../../coaching/record';

export const DB_NAME = 'profile-coach-coaching';

/**
 * 1: colleagues, sessions, settings, forgotten.
 * 2: each colleague keeps a tally of their sessions (count, bytes, latest), rewritten with every session written in
 * the same transaction, so listing 500 colleagues reads 500 records instead of 6,000 sessions (with 6,000 sessions,
 * 600 ms in Node over fake-indexeddb at version 1: `npm run bench`).
 */
export const DB_VERSION = 2;

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

/** The settings as stored, under SETTINGS_KEY. */
export interface StoredSettings {
  retentionMonths: number;
}

export const SETTINGS_KEY = 'coaching';

export interface CoachingDB extends DBSchema {
  colleagues: { key: string; value: StoredColleague; indexes: { profileKey: string } };
  sessions: { key: string; value: Session; indexes: { colleagueId: string; at: string } };
  settings: { key: string; value: StoredSettings };
  /** Keyed by a counter: `{ at }` and nothing else, not even the forgotten colleague's id. */
  forgotten: { key: number; value: { at: string } };
}

export type CoachingStoreName = StoreNames<CoachingDB>;
export const STORE_NAMES: readonly CoachingStoreName[] = ['colleagues', 'sessions', 'settings', 'forgotten'];

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
