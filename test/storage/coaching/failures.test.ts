import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachingStoreError } from '../../../src/storage/coaching/port';
import { type CoachingDB, DB_VERSION, MIGRATIONS, migrate } from '../../../src/storage/coaching/schema';
import { type OpenCoachingStore, openCoachingStore } from '../../../src/storage/coaching/store';
import { freshName, makeColleague, makeSession, typicalSession } from './records';

const opened: OpenCoachingStore[] = [];
const closeLater = <T extends OpenCoachingStore>(store: T): T => (opened.push(store), store);

afterEach(() => {
  vi.restoreAllMocks();
  for (const store of opened.splice(0)) store.close();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * The browser refusing writes for lack of room, in either of the ways it does: the write's own request fails, or the
 * transaction is aborted with a QuotaExceededError when it commits (Chrome, once the data reaches the disk).
 */
function fillTheDisk(how: 'request' | 'commit'): void {
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (how === 'request') throw quota();
      const request = original.apply(this, args);
      const transaction = this.transaction;
      const error = quota();
      Object.defineProperty(transaction, 'error', { configurable: true, get: () => error, set: () => undefined });
      request.addEventListener('success', () => transaction.abort());
      return request;
    });
  }
}

describe('a full disk', () => {
  for (const how of ['request', 'commit'] as const) {
    it(`rejects with 'full' and keeps everything kept before (refused at the ${how})`, async () => {
      const store = closeLater(openCoachingStore({ name: freshName() }));
      const ada = makeColleague();
      await store.addColleague(ada);
      const kept = typicalSession(ada, 'kept');
      await store.saveSession(kept);
      await store.saveSettings({ retentionMonths: 6 });
      const before = { list: await store.colleagues(), ada: await store.colleague(ada.id), settings: await store.settings() };

      fillTheDisk(how);
      const attempts = [
        () => store.saveSession(makeSession(ada, { id: 'new' })),
        () => store.saveSession({ ...kept, notes: [], outcomes: [] }),
        () => store.addColleague(makeColleague({ name: 'Bram' })),
        () => store.updateColleague({ ...ada, name: 'Renamed' }),
        () => store.saveSettings({ retentionMonths: 3 }),
        () => store.forget(ada.id, new Date('2026-12-03T10:00:00.000Z')),
      ];
      for (const attempt of attempts) {
        const error = await attempt().then(() => null, (failure: unknown) => failure);
        expect(error).toBeInstanceOf(CoachingStoreError);
        expect(error).toMatchObject({ reason: 'full' });
        expect((error as Error).message).toMatch(/no room left/);
      }
      vi.restoreAllMocks();

      expect({ list: await store.colleagues(), ada: await store.colleague(ada.id), settings: await store.settings() }).toEqual(before);
      expect(await store.forgotten()).toEqual([]);
    });
  }
});

describe('opening', () => {
  it("rejects with 'blocked' while another tab holds an older version open, and opens once it is closed", async () => {
    const name = freshName();
    const older = await openDB<CoachingDB>(name, DB_VERSION, {
      upgrade: (db, oldVersion, newVersion, transaction) => void migrate(db, oldVersion, newVersion ?? DB_VERSION, transaction),
    });
    const newer = closeLater(openCoachingStore({ name, version: DB_VERSION + 1, migrations: { ...MIGRATIONS, [DB_VERSION + 1]: () => undefined } }));
    await expect(newer.colleagues()).rejects.toMatchObject({ reason: 'blocked' });
    older.close();
    expect(await newer.colleagues()).toEqual([]);
  });

  it('leaves a database written by a newer version as it is, and says so', async () => {
    const name = freshName();
    const future = await openDB(name, 7, {
      upgrade(db) {
        db.createObjectStore('colleagues', { keyPath: 'id' }).put({ id: 'future', shape: 'unknown' });
      },
    });
    future.close();
    const store = closeLater(openCoachingStore({ name }));
    await expect(store.colleagues()).rejects.toMatchObject({ reason: 'failed', message: expect.stringMatching(/newer version/) });
    await expect(store.addColleague(makeColleague())).rejects.toMatchObject({ reason: 'failed' });
    const again = await openDB(name);
    expect(again.version).toBe(7);
    expect(await again.getAll('colleagues')).toEqual([{ id: 'future', shape: 'unknown' }]);
    again.close();
  });

  it('closes its connection when a newer version asks to upgrade, so that one is not blocked', async () => {
    const name = freshName();
    const store = closeLater(openCoachingStore({ name }));
    await store.addColleague(makeColleague());
    const newer = closeLater(openCoachingStore({ name, version: DB_VERSION + 1, migrations: { ...MIGRATIONS, [DB_VERSION + 1]: () => undefined } }));
    expect(await newer.colleagues()).toHaveLength(1);
  });
});
