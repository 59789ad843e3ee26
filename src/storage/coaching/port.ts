/**
 * @file What the screens may ask of the coaching record (colleagues, sessions, settings, forgetting), as one
 * interface: src/storage/coaching/store.ts keeps it in IndexedDB (`openCoachingStore()`; a test gives each store
 * its own database name, over fake-indexeddb). Every method rejects only with CoachingStoreError. Types only.
 */
import type { CoachingBundle } from '../../coaching/bundle-merge';
import type { Colleague, ColleagueProfile, CoachingSettings, ForgottenEntry, Session } from '../../coaching/record';
import type { ColleagueRecord, TeamMember } from '../../coaching/team-types';

/** A colleague with what the lists show, without loading every session. */
export interface ColleagueSummary {
  colleague: Colleague;
  sessionCount: number;
  /** The latest session's time (ISO 8601) and overall score, when there is one. */
  latest: { at: string; overall: number | null } | null;
  /** Bytes the colleague's record takes (colleague and sessions, as stored JSON in UTF-8). */
  bytes: number;
}

/** Why a write failed, said plainly by the screens; what was kept before stays kept. */
export type CoachingWriteError = 'full' | 'blocked' | 'failed';

export class CoachingStoreError extends Error {
  constructor(
    readonly reason: CoachingWriteError,
    message: string,
  ) {
    super(message);
    this.name = 'CoachingStoreError';
  }
}

/** What importing a bundle did (./import.ts): counts, and where records disagreed (colleagues by id, never by name). */
export interface ImportReport {
  colleaguesAdded: number;
  /** Colleagues already recorded whose record changed: name, profiles, notice, or new sessions. */
  colleaguesUpdated: number;
  /** Colleagues recorded here under two ids (a shared profile showed they are one person), now one. */
  colleaguesJoined: number;
  sessionsAdded: number;
  /** Sessions already recorded (the same colleague, site and time): left as they were. */
  duplicatesSkipped: number;
  /** Sessions left out because a session of another colleague or time has their id. */
  sessionIdConflicts: number;
  /** Sessions older than this machine's retention period: not imported. */
  droppedPastRetention: number;
  nameConflicts: string[];
  profileConflicts: string[];
  teamSizeConflicts: string[];
  viewCostConflict: boolean;
  /**
   * People forgotten here after the bundle was exported: they may be in it, and are imported again if so (a
   * forgetting keeps no name or key to recognise them by). The screen asks the ambassador to check.
   */
  forgottenSince: number;
}

export interface CoachingStore {
  /** Every colleague, by name (locale-aware), without reading their sessions. A damaged record is left out. */
  colleagues(): Promise<ColleagueSummary[]>;
  /** One colleague and their sessions, oldest first; null when unknown (or forgotten). */
  colleague(id: string): Promise<{ colleague: Colleague; sessions: Session[] } | null>;
  /**
   * Every colleague (by name, locale-aware) with every session of theirs (oldest first), read in one transaction: the
   * team's figures (src/coaching/team.ts). Damaged records are left out, as the other reads leave them.
   */
  team(): Promise<ColleagueRecord[]>;
  /**
   * Every colleague (by name, locale-aware, as `team()`) with the summary of their sessions kept beside them
   * (src/coaching/summary.ts; ./schema.ts, version 3), without reading a session: the team's figures and rows. Equal
   * to `team()` summed up (`memberOf`); a colleague whose kept summary is damaged is summed up from their sessions
   * (and the damage reported), never left out.
   */
  members(): Promise<TeamMember[]>;
  /** The colleague one of whose profiles has this page key, or null. */
  colleagueByProfile(key: string): Promise<Colleague | null>;
  /**
   * Records a colleague after the notice was confirmed: rejects ('failed') without a `noticeConfirmedAt` in ISO 8601
   * UTC, with an id already recorded, or with a profile key another colleague has (one record per person).
   */
  addColleague(colleague: Colleague): Promise<void>;
  /** Renames, links a second profile (one per site), or records a new notice. */
  updateColleague(colleague: Colleague): Promise<void>;
  /**
   * Adds or replaces a session (same id); rejects with CoachingStoreError, keeping what was there: 'failed' when its
   * colleague is not recorded (forgotten meanwhile) or its `at` is not `toISOString()`'s, 'full' when out of room.
   */
  saveSession(session: Session): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /**
   * Deletes the colleague and every session of theirs in one transaction, and keeps only a ForgottenEntry (no name,
   * no key). Nothing outside this store (storage.local's profile history, the last snapshot) is touched here.
   * Forgetting an unknown or already forgotten id does nothing.
   */
  forget(id: string, now: Date): Promise<void>;
  forgotten(): Promise<ForgottenEntry[]>;
  /** The settings, defaults filled in (also for settings stored before a setting existed). */
  settings(): Promise<CoachingSettings>;
  /**
   * Changes the settings given and keeps the others, in one transaction; rejects ('failed') a retention outside 1 to
   * 120 months, a team size that is not a whole number of people from a real day (at most one a day), or a view cost
   * that is not a positive amount with a three-letter currency.
   */
  saveSettings(settings: Partial<CoachingSettings>): Promise<void>;
  /**
   * Deletes sessions older than the retention period (calendar months before `now`; a session exactly that old
   * stays); returns how many were deleted. A colleague left without sessions stays recorded: their notice holds.
   */
  applyRetention(now: Date): Promise<number>;
  /**
   * Merges a bundle (src/coaching/bundle.ts `parseBundle`'s) into the record by mergeBundles' rules, in one
   * transaction: all of it or, on any failure (no room: 'full'), nothing. Importing the same bundle again changes
   * nothing. Sessions past this machine's retention period are left out.
   */
  importBundle(bundle: CoachingBundle, now: Date): Promise<ImportReport>;
}

export type { Colleague, ColleagueProfile, Session };
