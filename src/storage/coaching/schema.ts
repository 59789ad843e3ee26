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

/** 1: colleagues, sessions, settings, forgotten. */
export const DB_VERSION = 1;

/**
 * A colleague as stored: the record's fields plus the keys of their profiles, flat, for the multi-entry index that
 * finds a colleague from the page open (IndexedDB indexes strings, not the `{ site, key }` objects).
 */
export type StoredColleague = Colleague & { profileKeys: string[] };

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
