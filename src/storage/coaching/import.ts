/**
 * @file Imports a coaching bundle into the store, in the store's one transaction (./store.ts `importBundle`): the
 * records already kept and the bundle are merged by src/coaching/bundle-merge.ts's rules (the kept record first, so
 * its ids stay and a second import of the same bundle changes nothing), then only what changed is written, and the
 * tallies and summaries of the colleagues written are made again from their sessions. It checks no file (src/coaching/bundle.ts `parseBundle` does,
 * before) and commits nothing itself: any failure aborts the caller's transaction, so nothing is half-imported.
 *
 * Forgotten people: a forgetting keeps only its date (no name, no key, no id: ../../../README, "forget"), so a bundle
 * exported before someone was forgotten brings them back, and nothing here can tell. What can be known is that the
 * bundle is older than a forgetting: the report counts the forgettings since the bundle was exported, and the screen
 * asks the ambassador to forget them again. Keeping a key or a hash of it to refuse them would keep the very thing
 * forgetting deletes (a hash of a profile address is that address to anyone who hashes it), so it is not done.
 */
import type { IDBPTransaction } from 'idb';
import { type BundleSettings, type CoachingBundle, mergeBundles } from '../../coaching/bundle-merge';
import { type Colleague, DEFAULT_RETENTION_MONTHS, type Session } from '../../coaching/record';
import type { ImportReport } from './port';
import {
  type CoachingDB,
  checkColleagueRecord,
  checkSessionRecord,
  isTeamSizes,
  isViewCost,
  MAX_TEAM_SIZES,
  SETTINGS_KEY,
  type StoredColleague,
  type StoredSettings,
  storedSummaryOf,
  tallyOf,
} from './schema';

export type ImportTransaction = IDBPTransaction<CoachingDB, Array<'colleagues' | 'summaries' | 'sessions' | 'settings' | 'forgotten'>, 'readwrite'>;

const colleagueOnly = ({ id, name, profiles, noticeConfirmedAt, noticeRetentionMonths, createdAt }: Colleague): Colleague => ({
  id,
  name,
  profiles: profiles.map(({ site, key }) => ({ site, key })),
  noticeConfirmedAt,
  noticeRetentionMonths,
  createdAt,
});

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges `bundle` into the store through `tx` (colleagues, sessions, settings and forgotten, read-write). `cutoffOf`
 * gives the oldest time kept for a retention period in months (./store.ts `monthsBefore`).
 */
export async function importInto(tx: ImportTransaction, bundle: CoachingBundle, now: Date, cutoffOf: (months: number) => Date): Promise<ImportReport> {
  const colleagues = tx.objectStore('colleagues');
  const sessions = tx.objectStore('sessions');
  const settingsStore = tx.objectStore('settings');
  const [settingsRecord, storedRecords, forgotten] = await Promise.all([
    settingsStore.get(SETTINGS_KEY),
    colleagues.getAll(),
    tx.objectStore('forgotten').getAll(),
  ]);
  const months = settingsRecord?.retentionMonths;
  const cutoff = cutoffOf(Number.isInteger(months) && (months as number) >= 1 ? (months as number) : DEFAULT_RETENTION_MONTHS).toISOString();
  const incomingSessions = bundle.sessions.filter((session) => session.at >= cutoff);

  // The kept colleagues the bundle is about: the same id or a shared profile. Kept colleagues share neither with
  // each other (one record per person), so those are all the merge can join.
  const ids = new Set(bundle.colleagues.map((colleague) => colleague.id));
  const keys = new Set(bundle.colleagues.flatMap((colleague) => colleague.profiles.map((profile) => profile.key)));
  const related: StoredColleague[] = [];
  const damagedIds = new Set<unknown>();
  for (const record of storedRecords) {
    const checked = checkColleagueRecord(record);
    // A damaged record is left as it is (an incoming colleague with its id replaces it).
    if (!checked.ok) {
      damagedIds.add((record as { id?: unknown } | undefined)?.id);
      continue;
    }
    if (ids.has(record.id) || record.profiles.some((profile) => keys.has(profile.key))) related.push(checked.value);
  }
  related.sort((a, b) => (a.id < b.id ? -1 : 1));
  const storedSessions = await Promise.all(related.map((record) => sessions.index('colleagueId').getAll(record.id)));
  const kept = new Map<string, Session>();
  const damaged = new Map<string, Session[]>();
  related.forEach((record, index) => {
    for (const session of storedSessions[index]!) {
      if (checkSessionRecord(session).ok) kept.set(session.id, session);
      else damaged.set(record.id, [...(damaged.get(record.id) ?? []), session]);
    }
  });

  // Damaged settings count as none here (the store reads them so too), and are replaced only if the bundle has some.
  const storedSettings: BundleSettings = {
    teamSizes: isTeamSizes(settingsRecord?.teamSizes) ? settingsRecord.teamSizes : [],
    viewCost: isViewCost(settingsRecord?.viewCost) ? settingsRecord.viewCost : null,
  };
  const merged = mergeBundles([
    { ...bundle, colleagues: related.map(colleagueOnly), sessions: [...kept.values()], settings: storedSettings },
    { ...bundle, sessions: incomingSessions },
  ]);

  // A new session whose id a colleague the bundle is not about already has: left out, like any id conflict.
  const fresh = merged.records.flatMap((record) => record.sessions).filter((session) => !kept.has(session.id));
  const taken = new Set(
    (await Promise.all(fresh.map((session) => sessions.getKey(session.id)))).flatMap((key, index) => (key === undefined ? [] : [fresh[index]!.id])),
  );

  const report: ImportReport = {
    colleaguesAdded: 0,
    colleaguesUpdated: 0,
    colleaguesJoined: 0,
    sessionsAdded: 0,
    duplicatesSkipped: merged.report.duplicateSessions,
    sessionIdConflicts: merged.report.sessionIdConflicts + taken.size,
    droppedPastRetention: bundle.sessions.length - incomingSessions.length,
    nameConflicts: merged.report.nameConflicts,
    profileConflicts: merged.report.profileConflicts,
    teamSizeConflicts: merged.report.teamSizeConflicts,
    viewCostConflict: merged.report.viewCostConflict,
    forgottenSince: forgotten.filter((entry) => typeof entry?.at === 'string' && entry.at > bundle.exportedAt).length,
  };

  // One request after another: a request refused as it is made (no room) leaves none of the others unawaited.
  const storedById = new Map(related.map((record) => [record.id, record]));
  const keptIds = new Set(merged.records.map((record) => record.colleague.id));
  const written = new Set<string>();
  for (const record of merged.records) {
    const id = record.colleague.id;
    const before = storedById.get(id);
    const joinedHere = related.filter((other) => other.id !== id && merged.keptIds.get(other.id) === id);
    let changed = !before || !sameJson(colleagueOnly(before), record.colleague) || joinedHere.length > 0;
    const sessionsNow: Session[] = [];
    for (const session of record.sessions) {
      if (taken.has(session.id)) continue;
      sessionsNow.push(session);
      const stored = kept.get(session.id);
      if (stored && stored.colleagueId === id) continue;
      changed = true;
      if (!stored) report.sessionsAdded += 1;
      await sessions.put(session);
      written.add(session.id);
    }
    // Sessions of colleagues joined here that the merge found twice (the same time and site): one is kept.
    for (const other of [before, ...joinedHere]) {
      for (const session of other ? (storedSessions[related.indexOf(other)] ?? []) : []) {
        if (kept.has(session.id) && !written.has(session.id) && !record.sessions.some((each) => each.id === session.id)) {
          await sessions.delete(session.id);
          changed = true;
        }
      }
    }
    // Damaged sessions (unreadable, so never merged) follow their colleague rather than be left to nobody.
    const unreadable = [before, ...joinedHere].flatMap((other) => (other ? (damaged.get(other.id) ?? []) : []));
    for (const session of unreadable) {
      if (session.colleagueId === id) continue;
      await sessions.put({ ...session, colleagueId: id });
      changed = true;
    }
    for (const other of joinedHere) {
      if (keptIds.has(other.id)) continue;
      await colleagues.delete(other.id);
      await tx.objectStore('summaries').delete(other.id);
      report.colleaguesJoined += 1;
    }
    if (!changed) continue;
    if (before) report.colleaguesUpdated += 1;
    else report.colleaguesAdded += 1;
    // The sessions now theirs, as written above; those of a damaged record this one replaces were never read.
    const theirs = damagedIds.has(id) ? await sessions.index('colleagueId').getAll(id) : [...sessionsNow, ...unreadable];
    const colleague: StoredColleague = {
      ...record.colleague,
      profileKeys: record.colleague.profiles.map((profile) => profile.key),
      tally: tallyOf(theirs),
    };
    await colleagues.put(colleague);
    await tx.objectStore('summaries').put(storedSummaryOf(id, theirs));
  }

  if (bundle.settings && !sameJson(storedSettings, merged.settings)) {
    const next: StoredSettings = {
      ...settingsRecord,
      retentionMonths: settingsRecord?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
      // The store keeps at most MAX_TEAM_SIZES: the latest days, should many bundles together give more.
      teamSizes: merged.settings.teamSizes.slice(-MAX_TEAM_SIZES),
      viewCost: merged.settings.viewCost,
    };
    await settingsStore.put(next, SETTINGS_KEY);
  }
  return report;
}
