import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachingStoreError } from '../../../src/storage/coaching/port';
import { type CoachingDB, STORE_NAMES } from '../../../src/storage/coaching/schema';
import { type Damage, monthsBefore, recordBytes } from '../../../src/storage/coaching/store';
import { fresh, reopen } from './fresh-store';
import { makeColleague, makeSession, typicalSession } from './records';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every object store's raw contents, as JSON, read past the store's own code. */
async function rawContents(name: string): Promise<Record<string, string>> {
  const db = await openDB<CoachingDB>(name);
  const contents: Record<string, string> = {};
  for (const storeName of STORE_NAMES) {
    contents[storeName] = JSON.stringify({ keys: await db.getAllKeys(storeName), values: await db.getAll(storeName) });
  }
  db.close();
  return contents;
}

describe('sessions', () => {
  it('saves sessions, reads them back oldest first, and replaces one saved again under its id', async () => {
    const { store } = fresh();
    const ada = makeColleague();
    await store.addColleague(ada);
    const later = makeSession(ada, { id: 's2', at: '2026-12-20T10:00:00.000Z' });
    const earlier = makeSession(ada, { id: 's1', at: '2026-11-20T10:00:00.000Z' });
    await store.saveSession(later);
    await store.saveSession(earlier);
    expect((await store.colleague(ada.id))?.sessions).toEqual([earlier, later]);

    const edited = { ...earlier, notes: [{ text: 'Edited', forColleague: false }] };
    await store.saveSession(edited);
    const read = await store.colleague(ada.id);
    expect(read?.colleague).toEqual(ada);
    expect(read?.sessions).toEqual([edited, later]);

    await store.deleteSession('s2');
    expect((await store.colleague(ada.id))?.sessions).toEqual([edited]);
  });

  it('keeps a typical session exactly as saved', async () => {
    const { store } = fresh();
    const ada = makeColleague();
    await store.addColleague(ada);
    const session = typicalSession(ada, 'typical');
    expect(session.outcomes.length).toBeGreaterThan(20);
    await store.saveSession(session);
    expect((await store.colleague(ada.id))?.sessions).toEqual([session]);
  });

  it('refuses a session of a colleague not recorded, and one moved to another colleague', async () => {
    const { store } = fresh();
    const ada = makeColleague();
    const bram = makeColleague({ name: 'Bram' });
    await store.addColleague(ada);
    await store.addColleague(bram);
    await expect(store.saveSession(makeSession(makeColleague({ id: 'nobody' })))).rejects.toMatchObject({ reason: 'failed' });
    const session = makeSession(ada, { id: 'shared' });
    await store.saveSession(session);
    await expect(store.saveSession({ ...session, colleagueId: bram.id })).rejects.toBeInstanceOf(CoachingStoreError);
    expect((await store.colleague(ada.id))?.sessions).toEqual([session]);
    expect((await store.colleague(bram.id))?.sessions).toEqual([]);
  });

  it('refuses a session time not written by toISOString (the `at` index orders by text)', async () => {
    const { store } = fresh();
    const ada = makeColleague();
    await store.addColleague(ada);
    await expect(store.saveSession(makeSession(ada, { at: '2026-11-23T13:00:00+01:00' }))).rejects.toMatchObject({ reason: 'failed' });
  });
});

describe('colleagues', () => {
  it('never stores a colleague without the date the notice was confirmed', async () => {
    const { store, name } = fresh();
    for (const noticeConfirmedAt of [undefined, '', 'yesterday']) {
      const colleague = { ...makeColleague(), noticeConfirmedAt } as never;
      await expect(store.addColleague(colleague)).rejects.toMatchObject({ reason: 'failed' });
    }
    const ada = makeColleague();
    await store.addColleague(ada);
    await expect(store.updateColleague({ ...ada, noticeConfirmedAt: undefined } as never)).rejects.toBeInstanceOf(CoachingStoreError);
    expect(JSON.parse((await rawContents(name)).colleagues as string).values).toEqual([
      { ...ada, profileKeys: [ada.profiles[0]?.key], tally: { count: 0, bytes: 0, latest: null } },
    ]);
  });

  it('finds the colleague from LinkedIn and from X once the two profiles are linked', async () => {
    const { store } = fresh();
    const ada = makeColleague({ profiles: [{ site: 'linkedin', key: 'linkedin:in/ada-vermeulen' }] });
    await store.addColleague(ada);
    expect(await store.colleagueByProfile('linkedin:in/ada-vermeulen')).toEqual(ada);
    expect(await store.colleagueByProfile('x:@adavermeulen')).toBeNull();

    const linked = { ...ada, profiles: [...ada.profiles, { site: 'x' as const, key: 'x:@adavermeulen' }] };
    await store.updateColleague(linked);
    expect(await store.colleagueByProfile('x:@adavermeulen')).toEqual(linked);
    expect(await store.colleagueByProfile('linkedin:in/ada-vermeulen')).toEqual(linked);
    expect(await store.colleagues()).toHaveLength(1);
  });

  it('refuses a second profile on the same site, and a profile another colleague has', async () => {
    const { store } = fresh();
    const ada = makeColleague({ profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }] });
    await store.addColleague(ada);
    const twice = { ...ada, profiles: [...ada.profiles, { site: 'linkedin' as const, key: 'linkedin:in/ada-2' }] };
    await expect(store.updateColleague(twice)).rejects.toMatchObject({ reason: 'failed' });
    const bram = makeColleague({ name: 'Bram', profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }] });
    await expect(store.addColleague(bram)).rejects.toMatchObject({ reason: 'failed' });
    expect(await store.colleagueByProfile('linkedin:in/ada')).toEqual(ada);
  });

  it('lists colleagues by name, locale-aware, with their sessions counted, the latest score and their bytes', async () => {
    const { store, name } = fresh();
    const zoe = makeColleague({ name: 'Zoë Bakker' });
    const emile = makeColleague({ name: 'Émile Dubois' });
    const ada = makeColleague({ name: 'ada Vermeulen' });
    for (const colleague of [zoe, emile, ada]) await store.addColleague(colleague);
    const first = makeSession(ada, { at: '2026-10-01T10:00:00.000Z', score: { ...makeSession(ada).score, overall: 55 } });
    const second = typicalSession(ada, 'typical', new Date('2026-11-23T10:00:00.000Z'));
    await store.saveSession(second);
    await store.saveSession(first);

    const list = await store.colleagues();
    expect(list.map((summary) => summary.colleague.name)).toEqual(['ada Vermeulen', 'Émile Dubois', 'Zoë Bakker']);
    const [adas, emiles] = list;
    expect(adas?.sessionCount).toBe(2);
    expect(adas?.latest).toEqual({ at: second.at, overall: second.score.overall });
    const raw = JSON.parse((await rawContents(name)).colleagues as string) as { values: Array<{ id: string }> };
    const adaBytes = recordBytes(raw.values.find((record) => record.id === ada.id)) + recordBytes(first) + recordBytes(second);
    expect(adas?.bytes).toBe(adaBytes);
    expect(emiles).toMatchObject({ sessionCount: 0, latest: null });
  });

  it('counts bytes in UTF-8, as stored', async () => {
    const { store, name } = fresh();
    const ada = makeColleague({ name: 'Zoë' });
    await store.addColleague(ada);
    const note = makeSession(ada, { notes: [{ text: 'Zoë’s “headline”', forColleague: true }] });
    await store.saveSession(note);
    const raw = JSON.parse((await rawContents(name)).colleagues as string) as { values: unknown[] };
    const chars = JSON.stringify(raw.values[0]).length + JSON.stringify(note).length;
    // ë in the name; ë, ’, “ and ” in the note, and · in the guidelines' name: 1 + 1 + 2 + 2 + 2 + 1 bytes more than characters.
    expect((await store.colleagues())[0]?.bytes).toBe(chars + 9);
  });

  it('keeps the counts and the latest session right after a session is replaced, deleted or expired', async () => {
    const { store } = fresh();
    const ada = makeColleague();
    await store.addColleague(ada);
    const old = makeSession(ada, { id: 'old', at: '2025-06-01T10:00:00.000Z' });
    const latest = makeSession(ada, { id: 'latest', at: '2026-11-01T10:00:00.000Z' });
    await store.saveSession(old);
    await store.saveSession(latest);
    const summary = async () => (await store.colleagues())[0];
    expect(await summary()).toMatchObject({ sessionCount: 2, latest: { at: latest.at, overall: 70 } });
    await store.saveSession({ ...latest, at: '2025-05-01T10:00:00.000Z', score: { ...latest.score, overall: 40 } });
    expect(await summary()).toMatchObject({ sessionCount: 2, latest: { at: old.at, overall: 70 } });
    await store.deleteSession('old');
    expect(await summary()).toMatchObject({ sessionCount: 1, latest: { at: '2025-05-01T10:00:00.000Z', overall: 40 } });
    expect(await store.applyRetention(new Date('2026-12-03T10:00:00.000Z'))).toBe(1);
    expect(await summary()).toMatchObject({ sessionCount: 0, latest: null });
    expect((await summary())?.bytes).toBe(recordBytes({ ...ada, profileKeys: [ada.profiles[0]?.key], tally: { count: 0, bytes: 0, latest: null } }));
  });
});

describe('listing at scale', () => {
  it('lists colleagues without reading a single session, however many there are', async () => {
    const { store } = fresh();
    for (let c = 0; c < 5; c += 1) {
      const colleague = makeColleague({ name: `Colleague ${c}` });
      await store.addColleague(colleague);
      for (let s = 0; s < 12; s += 1) await store.saveSession(makeSession(colleague, { at: new Date(Date.UTC(2026, s, 1)).toISOString() }));
    }
    const touched: string[] = [];
    for (const method of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'] as const) {
      const onStore = IDBObjectStore.prototype[method] as (...args: unknown[]) => unknown;
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
        touched.push(this.name);
        return onStore.apply(this, args);
      } as never);
      const onIndex = IDBIndex.prototype[method] as (...args: unknown[]) => unknown;
      vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (this: IDBIndex, ...args: unknown[]) {
        touched.push(this.objectStore.name);
        return onIndex.apply(this, args);
      } as never);
    }
    const list = await store.colleagues();
    expect(list.map((summary) => summary.sessionCount)).toEqual([12, 12, 12, 12, 12]);
    expect(touched).toEqual(['colleagues']);
  });
});

describe('forget', () => {
  it('leaves nothing of the colleague in any object store, and one forgotten entry with its date', async () => {
    const { store, name } = fresh();
    const ada = makeColleague({
      id: 'c-ada',
      name: 'Ada Vermeulen',
      profiles: [
        { site: 'linkedin', key: 'linkedin:in/ada-vermeulen' },
        { site: 'x', key: 'x:@adavermeulen' },
      ],
    });
    const bram = makeColleague({ name: 'Bram Peeters' });
    await store.addColleague(ada);
    await store.addColleague(bram);
    await store.saveSession(typicalSession(ada, 'ada-1'));
    await store.saveSession(makeSession(ada, { id: 'ada-2', notes: [{ text: 'Ada prefers mornings', forColleague: false }] }));
    const bramSession = makeSession(bram, { id: 'bram-1' });
    await store.saveSession(bramSession);

    await store.forget(ada.id, new Date('2026-12-03T10:00:00.000Z'));

    const raw = await rawContents(name);
    for (const [storeName, contents] of Object.entries(raw)) {
      for (const trace of ['c-ada', 'Ada', 'Vermeulen', 'adavermeulen', 'ada-vermeulen', 'ada-1', 'ada-2', 'mornings']) {
        expect(contents, `${storeName} keeps ${trace}`).not.toContain(trace);
      }
    }
    expect(JSON.parse(raw.forgotten as string)).toEqual({ keys: [1], values: [{ at: '2026-12-03T10:00:00.000Z' }] });
    expect(await store.forgotten()).toEqual([{ at: '2026-12-03T10:00:00.000Z' }]);
    expect(await store.colleague(ada.id)).toBeNull();
    expect(await store.colleagueByProfile('x:@adavermeulen')).toBeNull();
    expect((await store.colleague(bram.id))?.sessions).toEqual([bramSession]);
  });

  it('adds no second entry when the colleague is forgotten already', async () => {
    const { store } = fresh();
    const ada = makeColleague();
    await store.addColleague(ada);
    await store.forget(ada.id, new Date('2026-12-03T10:00:00.000Z'));
    await store.forget(ada.id, new Date('2026-12-03T10:00:01.000Z'));
    expect(await store.forgotten()).toHaveLength(1);
  });
});

describe('retention', () => {
  const now = new Date('2026-12-03T10:00:00.000Z');

  it('deletes sessions older than 12 months and keeps the one exactly 12 months old', async () => {
    const { store } = fresh();
    const ada = makeColleague();
    await store.addColleague(ada);
    const exactly = makeSession(ada, { id: 'exactly', at: '2025-12-03T10:00:00.000Z' });
    const justOlder = makeSession(ada, { id: 'older', at: '2025-12-03T09:59:59.999Z' });
    const recent = makeSession(ada, { id: 'recent', at: '2026-11-03T10:00:00.000Z' });
    for (const session of [exactly, justOlder, recent]) await store.saveSession(session);

    expect(await store.applyRetention(now)).toBe(1);
    expect((await store.colleague(ada.id))?.sessions.map((session) => session.id)).toEqual(['exactly', 'recent']);
  });

  it('follows the setting once changed, and keeps a colleague left without sessions', async () => {
    const { store } = fresh();
    const ada = makeColleague();
    await store.addColleague(ada);
    expect(await store.settings()).toEqual({ retentionMonths: 12, teamSizes: [], viewCost: null });
    await store.saveSession(makeSession(ada, { id: 'seven', at: '2026-05-03T10:00:00.000Z' }));
    await store.saveSession(makeSession(ada, { id: 'two', at: '2026-10-03T10:00:00.000Z' }));
    expect(await store.applyRetention(now)).toBe(0);

    await store.saveSettings({ retentionMonths: 6 });
    expect(await store.settings()).toEqual({ retentionMonths: 6, teamSizes: [], viewCost: null });
    expect(await store.applyRetention(now)).toBe(1);
    await store.saveSettings({ retentionMonths: 1 });
    expect(await store.applyRetention(now)).toBe(1);
    expect(await store.colleague(ada.id)).toEqual({ colleague: ada, sessions: [] });
    expect((await store.colleagues())[0]).toMatchObject({ sessionCount: 0, latest: null });
  });

  it('refuses a retention period that is not a whole number of months', async () => {
    const { store } = fresh();
    for (const retentionMonths of [0, 1.5, -3, 1000]) {
      await expect(store.saveSettings({ retentionMonths })).rejects.toMatchObject({ reason: 'failed' });
    }
    expect(await store.settings()).toEqual({ retentionMonths: 12, teamSizes: [], viewCost: null });
  });

  it('counts calendar months, ending a short month on its last day', () => {
    expect(monthsBefore(new Date('2026-03-31T08:00:00.000Z'), 1).toISOString()).toBe('2026-02-28T08:00:00.000Z');
    expect(monthsBefore(new Date('2028-02-29T00:00:00.000Z'), 12).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(monthsBefore(new Date('2026-01-15T00:00:00.000Z'), 12).toISOString()).toBe('2025-01-15T00:00:00.000Z');
    expect(monthsBefore(new Date('2026-01-15T00:00:00.000Z'), 13).toISOString()).toBe('2024-12-15T00:00:00.000Z');
  });
});

describe('damaged records', () => {
  it('skips a damaged session or colleague, reports it without its contents, and reads the rest', async () => {
    const damages: Damage[] = [];
    const { store, name } = fresh((damage) => damages.push(damage));
    const ada = makeColleague();
    const bram = makeColleague({ name: 'Bram' });
    await store.addColleague(ada);
    await store.addColleague(bram);
    const good = makeSession(ada, { id: 'good' });
    await store.saveSession(good);
    store.close();

    const raw = await openDB<CoachingDB>(name);
    await raw.put('sessions', { ...makeSession(ada, { id: 'bad' }), outcomes: 'Secret text' } as never);
    await raw.put('colleagues', { ...bram, profileKeys: [], noticeRetentionMonths: 'Secret' } as never);
    await raw.put('settings', { retentionMonths: 'Secret' } as never, 'coaching');
    raw.close();

    const again = reopen(name, (damage) => damages.push(damage));
    expect((await again.colleague(ada.id))?.sessions).toEqual([good]);
    expect((await again.colleagues()).map((summary) => summary.colleague.id)).toEqual([ada.id]);
    expect(await again.colleague(bram.id)).toBeNull();
    expect(await again.settings()).toEqual({ retentionMonths: 12, teamSizes: [], viewCost: null });
    expect(damages.map((damage) => [damage.store, damage.key])).toEqual(
      expect.arrayContaining([
        ['sessions', 'bad'],
        ['colleagues', bram.id],
        ['settings', 'coaching'],
      ]),
    );
    expect(JSON.stringify(damages)).not.toContain('Secret');
  });
});
