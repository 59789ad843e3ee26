import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Colleague, Session } from '../../../src/coaching/record';
import { memberOf, summaryOf } from '../../../src/coaching/summary';
import { type CoachingDB, DB_VERSION, MIGRATIONS, recordBytes, tallyOf } from '../../../src/storage/coaching/schema';
import { type Damage, openCoachingStore } from '../../../src/storage/coaching/store';
import { freshName, makeColleague, makeSession, typicalSession } from './records';

/**
 * A database as version 1 of the store wrote it: only version 1's step run, and records in version 1's shape (a
 * colleague with `profileKeys`, no tally), written straight into the object stores as that version's code put them.
 */
async function writeVersion1(name: string, colleagues: Colleague[], sessions: Session[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade: (database, _old, _new, transaction) => void MIGRATIONS[1]?.(database as never, transaction as never),
  });
  const tx = db.transaction(['colleagues', 'sessions', 'settings', 'forgotten'], 'readwrite');
  for (const colleague of colleagues) await tx.objectStore('colleagues').put({ ...colleague, profileKeys: colleague.profiles.map((profile) => profile.key) });
  for (const session of sessions) await tx.objectStore('sessions').put(session);
  await tx.objectStore('settings').put({ retentionMonths: 6 }, 'coaching');
  await tx.objectStore('forgotten').add({ at: '2026-10-01T08:00:00.000Z' });
  await tx.done;
  db.close();
}

/**
 * A database as version 2 wrote it: steps 1 and 2 run, each colleague with `profileKeys` and the tally of their
 * sessions (damaged ones too, as version 2 counted them), no summary.
 */
async function writeVersion2(name: string, colleagues: unknown[], sessions: unknown[]): Promise<void> {
  const db = await openDB(name, 2, {
    upgrade: async (database, _old, _new, transaction) => {
      await MIGRATIONS[1]?.(database as never, transaction as never);
      await MIGRATIONS[2]?.(database as never, transaction as never);
    },
  });
  const tx = db.transaction(['colleagues', 'sessions'], 'readwrite');
  for (const session of sessions) await tx.objectStore('sessions').put(session);
  for (const value of colleagues) {
    const colleague = value as Colleague;
    const theirs = sessions.filter((session) => (session as Session).colleagueId === colleague.id);
    await tx.objectStore('colleagues').put(
      Array.isArray(colleague.profiles) ? { ...colleague, profileKeys: colleague.profiles.map((profile) => profile.key), tally: tallyOf(theirs) } : colleague,
    );
  }
  await tx.done;
  db.close();
}

describe('migrations', () => {
  it('is at version 3, with a step for every version', () => {
    expect(DB_VERSION).toBe(3);
    for (let version = 1; version <= DB_VERSION; version += 1) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('reads a record written by version 1: colleagues listed with their tallies, sessions, settings, forgotten', async () => {
    const name = freshName();
    const ada = makeColleague({ name: 'Ada', profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }, { site: 'x', key: 'x:@ada' }] });
    const bram = makeColleague({ name: 'Bram' });
    const sessions = [
      typicalSession(ada, 'a1', new Date('2026-09-01T10:00:00.000Z')),
      makeSession(ada, { id: 'a2', at: '2026-11-01T10:00:00.000Z', score: { ...makeSession(ada).score, overall: 77 } }),
    ];
    await writeVersion1(name, [ada, bram], sessions);

    const damages: Damage[] = [];
    const store = openCoachingStore({ name, onDamaged: (damage) => damages.push(damage) });
    const list = await store.colleagues();
    expect(list.map((summary) => [summary.colleague, summary.sessionCount, summary.latest])).toEqual([
      [ada, 2, { at: '2026-11-01T10:00:00.000Z', overall: 77 }],
      [bram, 0, null],
    ]);
    expect(list[0]?.bytes).toBeGreaterThan(recordBytes(sessions[0]) + recordBytes(sessions[1]));
    expect(await store.colleague(ada.id)).toEqual({ colleague: ada, sessions });
    expect(await store.colleagueByProfile('x:@ada')).toEqual(ada);
    expect(await store.settings()).toEqual({ retentionMonths: 6, teamSizes: [], viewCost: null });
    expect(await store.forgotten()).toEqual([{ at: '2026-10-01T08:00:00.000Z' }]);
    expect(damages).toEqual([]);
    store.close();

    const raw = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    raw.close();
  });

  it('gives every colleague of a version 2 record the summary of their readable sessions, and leaves a damaged one as it is', async () => {
    const name = freshName();
    const ada = makeColleague({ name: 'Ada', profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }, { site: 'x', key: 'x:@ada' }] });
    const bram = makeColleague({ name: 'Bram' });
    const cleo = makeColleague({ name: 'Cleo' });
    const adaSessions = [
      typicalSession(ada, 'a1', new Date('2026-09-01T10:00:00.000Z')),
      typicalSession(ada, 'a2', new Date('2026-11-01T10:00:00.000Z')),
      makeSession(ada, { id: 'a3', site: 'x', profileKey: 'x:@ada', at: '2026-10-01T10:00:00.000Z', audience: { followers: 120, connections: null } }),
    ];
    const bramSessions = [makeSession(bram, { id: 'b1', at: '2026-08-01T10:00:00.000Z' }), makeSession(bram, { id: 'b2', at: '2026-10-01T10:00:00.000Z' })];
    // Unreadable: version 2 counted it, team() skips it, and so does the summary.
    const damagedSession = { ...makeSession(bram, { id: 'b-damaged' }), score: 'Secret' };
    const broken = { id: 'broken', name: 'Broken', profileKeys: [] };
    await writeVersion2(name, [ada, bram, cleo, broken], [...adaSessions, ...bramSessions, damagedSession]);

    const store = openCoachingStore({ name, onDamaged: () => undefined });
    const team = await store.team();
    expect(await store.members()).toEqual(team.map(memberOf));
    store.close();

    const raw = await openDB<CoachingDB>(name);
    expect(raw.version).toBe(3);
    const stored = new Map((await raw.getAll('colleagues')).map((record) => [record.id, record]));
    const summaries = new Map((await raw.getAll('summaries')).map((record) => [record.id, record]));
    raw.close();
    expect(summaries.get(ada.id)).toEqual({ id: ada.id, ...summaryOf(adaSessions) });
    expect(summaries.get(bram.id)).toEqual({ id: bram.id, ...summaryOf(bramSessions) });
    expect(summaries.get(cleo.id)).toEqual({ id: cleo.id, sessions: [], latest: [], openActions: [] });
    expect(summaries.get(ada.id)?.sessions.map((brief) => brief.id)).toEqual(['a1', 'a3', 'a2']);
    // The colleagues are version 2's, untouched; the damaged one has no summary.
    expect(stored.get(bram.id)).toEqual({ ...bram, profileKeys: [bram.profiles[0]?.key], tally: tallyOf([...bramSessions, damagedSession]) });
    expect(stored.get('broken')).toEqual(broken);
    expect([...summaries.keys()].sort()).toEqual([ada.id, bram.id, cleo.id].sort());
  });

  it('leaves a damaged version 1 colleague for the read to skip, and migrates the rest', async () => {
    const name = freshName();
    const ada = makeColleague({ name: 'Ada' });
    await writeVersion1(name, [ada], [makeSession(ada, { id: 'a1' })]);
    const db = await openDB(name, 1);
    await db.put('colleagues', { id: 'broken', name: 'Broken', profileKeys: [] });
    db.close();

    const damages: Damage[] = [];
    const store = openCoachingStore({ name, onDamaged: (damage) => damages.push(damage) });
    expect((await store.colleagues()).map((summary) => [summary.colleague.name, summary.sessionCount])).toEqual([['Ada', 1]]);
    expect(damages.map((damage) => damage.key)).toEqual(['broken']);
    store.close();
  });

  it('opens nothing half-migrated: a failing step leaves the database at the version before', async () => {
    const name = freshName();
    const ada = makeColleague();
    await writeVersion1(name, [ada], []);
    const failing = openCoachingStore({
      name,
      migrations: {
        ...MIGRATIONS,
        async 2(db, transaction) {
          await MIGRATIONS[2]?.(db, transaction);
          throw new Error('step 2 failed');
        },
      },
    });
    await expect(failing.colleagues()).rejects.toMatchObject({ reason: 'failed', message: expect.stringMatching(/step 2 failed/) });
    failing.close();
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.getAll('colleagues')).toEqual([{ ...ada, profileKeys: [ada.profiles[0]?.key] }]);
    raw.close();
  });
});
