import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as bundleLimits from '../../../src/coaching/bundle';
import { bundleOf, type CoachingBundle } from '../../../src/coaching/bundle';
import { CoachingStoreError } from '../../../src/storage/coaching/port';
import * as storeLimits from '../../../src/storage/coaching/schema';
import { type CoachingDB, SETTINGS_KEY } from '../../../src/storage/coaching/schema';
import { type OpenCoachingStore, openCoachingStore } from '../../../src/storage/coaching/store';
import { colleague, goodBundle, NOW, session } from '../../coaching/bundle-records';
import { rawContents } from './raw';
import { freshName } from './records';

const opened: OpenCoachingStore[] = [];

function fresh(): { store: OpenCoachingStore; name: string } {
  const name = freshName();
  const store = openCoachingStore({ name, onDamaged: () => undefined });
  opened.push(store);
  return { store, name };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.restoreAllMocks();
});

async function rawSettings(name: string): Promise<unknown> {
  const db = await openDB<CoachingDB>(name);
  const value = await db.get('settings', SETTINGS_KEY);
  db.close();
  return value;
}

/** What the screens see of the record: the list (with tallies), each colleague with their sessions. */
async function seen(store: OpenCoachingStore) {
  const list = await store.colleagues();
  return { list, each: await Promise.all(list.map((summary) => store.colleague(summary.colleague.id))) };
}

const nothing = {
  colleaguesAdded: 0,
  colleaguesUpdated: 0,
  colleaguesJoined: 0,
  sessionsAdded: 0,
  duplicatesSkipped: 0,
  sessionIdConflicts: 0,
  droppedPastRetention: 0,
  nameConflicts: [],
  profileConflicts: [],
  teamSizeConflicts: [],
  viewCostConflict: false,
  forgottenSince: 0,
};

it("takes in a bundle's settings what the store takes (the limits are written twice: src/coaching may not import storage)", () => {
  for (const name of ['MAX_TEAM_SIZE', 'MAX_TEAM_SIZES', 'MAX_VIEW_COST'] as const) expect(bundleLimits[name]).toBe(storeLimits[name]);
});

describe('importing a bundle', () => {
  it('records its colleagues, sessions and team settings, with tallies as saving them one by one gives', async () => {
    const { store, name } = fresh();
    const bundle = goodBundle();
    expect(await store.importBundle(bundle, NOW)).toEqual({ ...nothing, colleaguesAdded: 2, sessionsAdded: 3 });
    const { list, each } = await seen(store);
    expect(list.map((summary) => [summary.colleague.id, summary.sessionCount, summary.latest])).toEqual([
      ['ada', 2, { at: '2026-11-01T10:00:00.000Z', overall: 70 }],
      ['bram', 1, { at: '2026-10-01T10:00:00.000Z', overall: 70 }],
    ]);
    expect(each.map((record) => record?.colleague)).toEqual(bundle.colleagues);
    expect(each.flatMap((record) => record?.sessions ?? [])).toEqual(bundle.sessions);
    expect(await store.colleagueByProfile('x:@ada')).toEqual(bundle.colleagues[0]);
    expect(await rawSettings(name)).toEqual({ retentionMonths: 12, ...bundle.settings });
    expect(await store.settings()).toMatchObject(bundle.settings!);

    // The same records saved through the store's own methods give the same tallies.
    const { store: other } = fresh();
    for (const each of bundle.colleagues) await other.addColleague(each);
    for (const each of bundle.sessions) await other.saveSession(each);
    expect((await other.colleagues()).map(({ bytes, sessionCount, latest }) => ({ bytes, sessionCount, latest }))).toEqual(
      list.map(({ bytes, sessionCount, latest }) => ({ bytes, sessionCount, latest })),
    );
  });

  it('changes nothing the second time (same bundle): every session a duplicate', async () => {
    const { store, name } = fresh();
    await store.importBundle(goodBundle(), NOW);
    const before = await rawContents(name);
    expect(await store.importBundle(goodBundle(), NOW)).toEqual({ ...nothing, duplicatesSkipped: 3 });
    expect(await rawContents(name)).toEqual(before);
  });

  it("exported from one store and imported into another, gives the same record (an ambassador's new machine)", async () => {
    const { store } = fresh();
    await store.importBundle(goodBundle(), NOW);
    const records = (await seen(store)).each.map((record) => record!);
    const moved = bundleOf(records, goodBundle().settings!, NOW, null);
    const { store: next } = fresh();
    await next.importBundle(moved, NOW);
    expect(await seen(next)).toEqual(await seen(store));
  });

  it("makes one colleague of two ambassadors' records of one person, keeping the id recorded here", async () => {
    const { store } = fresh();
    await store.importBundle(goodBundle(), NOW);
    const ada = colleague('ada-from-jo', { name: 'Ada V.', profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }], noticeConfirmedAt: '2026-08-15T09:00:00.000Z' });
    const jo: CoachingBundle = {
      ...goodBundle(),
      colleagues: [ada],
      sessions: [session('jo-1', ada, '2026-09-01T10:00:00.000Z'), session('jo-2', ada, '2026-11-20T10:00:00.000Z')],
      settings: { teamSizes: [{ from: '2026-11-01', size: 50 }], viewCost: null },
    };
    expect(await store.importBundle(jo, NOW)).toEqual({
      ...nothing,
      colleaguesUpdated: 1,
      sessionsAdded: 1,
      duplicatesSkipped: 1,
      nameConflicts: ['ada'],
      teamSizeConflicts: ['2026-11-01'],
    });
    const record = await store.colleague('ada');
    expect(record?.colleague).toMatchObject({ name: 'Ada V.', noticeConfirmedAt: '2026-08-15T09:00:00.000Z' });
    expect(record?.sessions.map((each) => [each.id, each.colleagueId])).toEqual([
      ['s1', 'ada'],
      ['s2', 'ada'],
      ['jo-2', 'ada'],
    ]);
    expect(await store.colleague('ada-from-jo')).toBeNull();
    expect((await store.colleagues()).find((summary) => summary.colleague.id === 'ada')).toMatchObject({ sessionCount: 3, latest: { at: '2026-11-20T10:00:00.000Z' } });
  });

  it('joins two colleagues recorded here whom the bundle shows are one person, moving the sessions', async () => {
    const { store } = fresh();
    const a = colleague('a', { profiles: [{ site: 'linkedin', key: 'linkedin:in/p' }] });
    const b = colleague('b', { profiles: [{ site: 'x', key: 'x:@p' }] });
    await store.addColleague(a);
    await store.addColleague(b);
    await store.saveSession(session('sa', a, '2026-10-01T10:00:00.000Z'));
    await store.saveSession(session('sb', b, '2026-10-02T10:00:00.000Z'));
    const both = colleague('c', { profiles: [{ site: 'linkedin', key: 'linkedin:in/p' }, { site: 'x', key: 'x:@p' }] });
    const report = await store.importBundle({ ...goodBundle(), colleagues: [both], sessions: [], settings: undefined }, NOW);
    expect(report).toMatchObject({ colleaguesAdded: 0, colleaguesUpdated: 1, colleaguesJoined: 1 });
    expect((await store.colleagues()).map((summary) => [summary.colleague.id, summary.sessionCount])).toEqual([['a', 2]]);
    expect((await store.colleague('a'))?.sessions.map((each) => [each.id, each.colleagueId])).toEqual([
      ['sa', 'a'],
      ['sb', 'a'],
    ]);
    expect(await store.colleagueByProfile('x:@p')).toMatchObject({ id: 'a' });
  });

  it("leaves out sessions older than this machine's retention period, and says how many", async () => {
    const { store } = fresh();
    await store.saveSettings({ retentionMonths: 3 });
    const report = await store.importBundle(goodBundle(), NOW);
    // 3 months before 23 November: 23 August; all three sessions are later. With one month, two are older.
    expect(report.droppedPastRetention).toBe(0);
    const { store: strict } = fresh();
    await strict.saveSettings({ retentionMonths: 1 });
    expect(await strict.importBundle(goodBundle(), NOW)).toMatchObject({ droppedPastRetention: 2, sessionsAdded: 1, colleaguesAdded: 2 });
    expect((await strict.colleagues()).map((summary) => summary.sessionCount)).toEqual([1, 0]);
  });

  it('leaves out a session whose id a colleague the bundle is not about already has', async () => {
    const { store } = fresh();
    const other = colleague('other');
    await store.addColleague(other);
    await store.saveSession(session('s3', other, '2026-10-01T10:00:00.000Z'));
    const report = await store.importBundle(goodBundle(), NOW);
    expect(report).toMatchObject({ sessionsAdded: 2, sessionIdConflicts: 1 });
    expect((await store.colleague('other'))?.sessions.map((each) => each.colleagueId)).toEqual(['other']);
    expect((await store.colleague('bram'))?.sessions).toEqual([]);
    expect((await store.colleagues()).find((summary) => summary.colleague.id === 'bram')).toMatchObject({ sessionCount: 0, latest: null });
  });

  it('counts the people forgotten here since the bundle was exported (they come back: nothing recognises them)', async () => {
    const { store } = fresh();
    await store.importBundle(goodBundle(), NOW);
    await store.forget('bram', NOW);
    const report = await store.importBundle(goodBundle(), NOW);
    expect(report).toMatchObject({ forgottenSince: 1, colleaguesAdded: 1 });
  });

  it('does not write the settings for a bundle without them', async () => {
    const { store, name } = fresh();
    const bundle = goodBundle();
    delete bundle.settings;
    await store.importBundle(bundle, NOW);
    expect(await rawSettings(name)).toBeUndefined();
  });
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** The browser refusing the `after`-th write and those after it, in either way it does (./failures.test.ts). */
function fillTheDiskAfter(after: number, how: 'request' | 'commit'): void {
  let writes = 0;
  for (const method of ['put', 'add', 'delete'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      writes += 1;
      if (writes < after) return original.apply(this, args);
      if (how === 'request') throw quota();
      const request = original.apply(this, args);
      const transaction = this.transaction;
      const error = quota();
      Object.defineProperty(transaction, 'error', { configurable: true, get: () => error, set: () => undefined });
      request.addEventListener('success', () => transaction.abort());
      return request;
    } as never);
  }
}

describe('an import that fails half-way', () => {
  for (const how of ['request', 'commit'] as const) {
    for (const after of [1, 3, 6]) {
      it(`leaves nothing of it (the disk full at write ${after}, refused at the ${how})`, async () => {
        const { store, name } = fresh();
        const ada = colleague('ada', { profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }] });
        await store.addColleague(ada);
        await store.saveSession(session('kept', ada, '2026-08-30T10:00:00.000Z'));
        const before = await rawContents(name);
        fillTheDiskAfter(after, how);
        const error = await store.importBundle(goodBundle(), NOW).then(() => null, (failure: unknown) => failure);
        vi.restoreAllMocks();
        expect(error).toBeInstanceOf(CoachingStoreError);
        expect(error).toMatchObject({ reason: 'full' });
        expect(await rawContents(name)).toEqual(before);
        // And it goes through once there is room again.
        expect(await store.importBundle(goodBundle(), NOW)).toMatchObject({ colleaguesUpdated: 1, colleaguesAdded: 1, sessionsAdded: 3 });
      });
    }
  }
});
