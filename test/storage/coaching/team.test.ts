import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { CoachingSettings } from '../../../src/coaching/record';
import type { CoachingDB } from '../../../src/storage/coaching/schema';
import { checkSettingsRecord } from '../../../src/storage/coaching/schema';
import type { Damage } from '../../../src/storage/coaching/store';
import { fresh } from './fresh-store';
import { makeColleague, makeSession } from './records';

describe('team sizes and the view cost in the settings', () => {
  it('has none by default', async () => {
    expect(await fresh().store.settings()).toEqual({ retentionMonths: 12, teamSizes: [], viewCost: null });
  });

  it('keeps the sizes (oldest first) and the cost, and keeps them when only the retention is saved', async () => {
    const { store } = fresh();
    await store.saveSettings({
      teamSizes: [
        { from: '2026-11-15', size: 10 },
        { from: '2026-08-01', size: 4 },
      ],
      viewCost: { perThousand: 12.5, currency: 'EUR' },
    });
    await store.saveSettings({ retentionMonths: 6 });
    expect(await store.settings()).toEqual({
      retentionMonths: 6,
      teamSizes: [
        { from: '2026-08-01', size: 4 },
        { from: '2026-11-15', size: 10 },
      ],
      viewCost: { perThousand: 12.5, currency: 'EUR' },
    });
    await store.saveSettings({ viewCost: null, teamSizes: [] });
    expect(await store.settings()).toEqual({ retentionMonths: 6, teamSizes: [], viewCost: null });
  });

  it('keeps both of two settings saved at the same moment', async () => {
    const { store } = fresh();
    await Promise.all([store.saveSettings({ retentionMonths: 3 }), store.saveSettings({ teamSizes: [{ from: '2026-01-01', size: 8 }] })]);
    expect(await store.settings()).toEqual({ retentionMonths: 3, teamSizes: [{ from: '2026-01-01', size: 8 }], viewCost: null });
  });

  it('reads settings stored before sizes and cost existed', async () => {
    const { store, name } = fresh();
    await store.settings();
    store.close();
    const raw = await openDB<CoachingDB>(name);
    await raw.put('settings', { retentionMonths: 9 }, 'coaching');
    raw.close();
    expect(await store.settings()).toEqual({ retentionMonths: 9, teamSizes: [], viewCost: null });
  });

  const refused: Array<[string, Partial<CoachingSettings>]> = [
    ['a size of zero', { teamSizes: [{ from: '2026-01-01', size: 0 }] }],
    ['half a person', { teamSizes: [{ from: '2026-01-01', size: 2.5 }] }],
    ['a size as text', { teamSizes: [{ from: '2026-01-01', size: '8' as unknown as number }] }],
    ['a day that does not exist', { teamSizes: [{ from: '2026-02-30', size: 8 }] }],
    ['a day in another form', { teamSizes: [{ from: '01/02/2026', size: 8 }] }],
    ['two sizes on one day', { teamSizes: [{ from: '2026-01-01', size: 8 }, { from: '2026-01-01', size: 9 }] }],
    ['a cost of zero', { viewCost: { perThousand: 0, currency: 'EUR' } }],
    ['an endless cost', { viewCost: { perThousand: Infinity, currency: 'EUR' } }],
    ['a cost without a number', { viewCost: { perThousand: Number.NaN, currency: 'EUR' } }],
    ['a currency in lower case', { viewCost: { perThousand: 12, currency: 'eur' } }],
    ['a currency symbol', { viewCost: { perThousand: 12, currency: '€' } }],
  ];
  it.each(refused)('refuses %s and keeps what was stored', async (_name, change) => {
    const { store } = fresh();
    await store.saveSettings({ teamSizes: [{ from: '2026-01-01', size: 8 }], viewCost: { perThousand: 12, currency: 'EUR' } });
    await expect(store.saveSettings(change)).rejects.toMatchObject({ reason: 'failed' });
    expect(await store.settings()).toEqual({ retentionMonths: 12, teamSizes: [{ from: '2026-01-01', size: 8 }], viewCost: { perThousand: 12, currency: 'EUR' } });
  });

  it.each([
    ['sizes not a list', { retentionMonths: 12, teamSizes: 'Secret' }, 'teamSizes'],
    ['a size on no real day', { retentionMonths: 12, teamSizes: [{ from: '2026-13-01', size: 3 }] }, 'teamSizes'],
    ['a cost in no currency', { retentionMonths: 12, viewCost: { perThousand: 3, currency: 'Secret' } }, 'viewCost'],
    ['a negative cost', { retentionMonths: 12, teamSizes: [], viewCost: { perThousand: -3, currency: 'EUR' } }, 'viewCost'],
  ])('finds a stored record damaged with %s, by its path', (_name, record, path) => {
    expect(checkSettingsRecord(record)).toEqual({ ok: false, problem: path });
  });

  it('takes stored settings with and without sizes and cost', () => {
    for (const record of [
      { retentionMonths: 12 },
      { retentionMonths: 12, teamSizes: [], viewCost: null },
      { retentionMonths: 12, teamSizes: [{ from: '2028-02-29', size: 1 }], viewCost: { perThousand: 0.5, currency: 'CHF' } },
    ]) {
      expect(checkSettingsRecord(record).ok).toBe(true);
    }
  });
});

describe('team()', () => {
  it('gives every colleague, by name, with every session of theirs oldest first', async () => {
    const { store } = fresh();
    const [zoe, emile, adam] = [makeColleague({ name: 'Zoë' }), makeColleague({ name: 'émile' }), makeColleague({ name: 'Adam' })];
    for (const colleague of [zoe, emile, adam]) await store.addColleague(colleague);
    const sessions = [
      makeSession(zoe, { id: 'z2', at: '2026-11-20T10:00:00.000Z' }),
      makeSession(zoe, { id: 'z1', at: '2026-10-20T10:00:00.000Z', audience: { followers: 12, connections: null } }),
      makeSession(adam, { id: 'a1', at: '2026-09-20T10:00:00.000Z' }),
    ];
    for (const session of sessions) await store.saveSession(session);
    const team = await store.team();
    expect(team.map((record) => [record.colleague.name, record.sessions.map((session) => session.id)])).toEqual([
      ['Adam', ['a1']],
      ['émile', []],
      ['Zoë', ['z1', 'z2']],
    ]);
    expect(team[0]?.colleague).toEqual(adam);
    expect(team[2]?.sessions[0]).toEqual(sessions[1]);
  });

  it('leaves out damaged records, reporting them, and sessions whose colleague is gone', async () => {
    const damages: Damage[] = [];
    const { store, name } = fresh((damage) => damages.push(damage));
    const [ada, bram] = [makeColleague({ name: 'Ada' }), makeColleague({ name: 'Bram' })];
    await store.addColleague(ada);
    await store.addColleague(bram);
    const good = makeSession(ada, { id: 'good' });
    await store.saveSession(good);
    store.close();
    const raw = await openDB<CoachingDB>(name);
    await raw.put('sessions', { ...makeSession(ada, { id: 'bad' }), audience: { followers: 'Secret', connections: null } } as never);
    await raw.put('sessions', makeSession(makeColleague({ id: 'gone' }), { id: 'orphan' }));
    await raw.put('colleagues', { ...bram, profileKeys: [], noticeRetentionMonths: 'Secret' } as never);
    raw.close();

    const team = await store.team();
    expect(team).toEqual([{ colleague: ada, sessions: [good] }]);
    expect(damages.map((damage) => [damage.store, damage.key])).toEqual(
      expect.arrayContaining([
        ['sessions', 'bad'],
        ['colleagues', bram.id],
      ]),
    );
    expect(JSON.stringify(damages)).not.toContain('Secret');
  });

  it('gives an empty team for an empty record', async () => {
    expect(await fresh().store.team()).toEqual([]);
  });
});
