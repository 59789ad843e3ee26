import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, type CoachingBundle, EXPANDED_VERSION } from '../../../src/coaching/bundle';
import type { Colleague, RuleOutcome, Session } from '../../../src/coaching/record';
import { memberOf, summaryOf } from '../../../src/coaching/summary';
import type { FindingStatus } from '../../../src/engine/run-rules';
import type { CoachingDB } from '../../../src/storage/coaching/schema';
import type { Damage, OpenCoachingStore } from '../../../src/storage/coaching/store';
import { fresh } from './fresh-store';
import { makeColleague, makeSession } from './records';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const RULES = ['headline-keywords', 'company-page-link', 'about-themes', 'manual:follow-up'] as const;

/** A session with a bit of everything the summary keeps: outcomes of every kind, agreed actions, answers, audience. */
function varied(of: Colleague, id: string, at: string, statuses: FindingStatus[], over: Partial<Session> = {}): Session {
  const outcomes: RuleOutcome[] = RULES.map((ruleId, index) => ({
    ruleId,
    step: index % 2 === 0 ? 'plan-ahead' : 'team-up',
    status: statuses[index % statuses.length] ?? 'pass',
    points: 5,
    labels: [],
  }));
  return makeSession(of, {
    id,
    at,
    outcomes,
    actions: outcomes.filter((outcome) => outcome.status === 'fail').map((outcome, index) => ({ id: `${id}-a${index}`, ruleId: outcome.ruleId, text: '', due: at.slice(0, 10) })),
    answers: { 'follow-up': statuses.includes('notApplicable') },
    audience: { followers: 100 + at.length, connections: statuses.length > 2 ? 50 : null },
    ...over,
  });
}

const ada = makeColleague({ id: 'ada', name: 'Ada', profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }, { site: 'x', key: 'x:@ada' }] });
const bram = makeColleague({ id: 'bram', name: 'Bram', profiles: [{ site: 'linkedin', key: 'linkedin:in/bram' }] });
const cleo = makeColleague({ id: 'cleo', name: 'Cleo', profiles: [{ site: 'linkedin', key: 'linkedin:in/cleo' }] });

const SEEDED: Session[] = [
  varied(ada, 'ada-1', '2025-12-10T10:00:00.000Z', ['fail', 'fail', 'pass', 'fail']),
  varied(ada, 'ada-2', '2026-03-10T10:00:00.000Z', ['pass', 'fail', 'incomplete', 'notApplicable']),
  varied(ada, 'ada-3', '2026-06-10T10:00:00.000Z', ['error', 'pass'], { site: 'x', profileKey: 'x:@ada' }),
  varied(ada, 'ada-4', '2026-09-10T10:00:00.000Z', ['pass', 'pass', 'fail', 'fail']),
  varied(ada, 'ada-5', '2026-11-10T10:00:00.000Z', ['fail', 'incomplete'], { site: 'x', profileKey: 'x:@ada', guidelines: { name: 'Next', fingerprint: 'f2' } }),
  varied(bram, 'bram-1', '2026-01-15T10:00:00.000Z', ['fail', 'fail', 'fail', 'fail']),
  varied(bram, 'bram-2', '2026-10-15T10:00:00.000Z', ['pass', 'fail', 'pass', 'pass']),
];

async function seeded(): Promise<{ store: OpenCoachingStore; name: string }> {
  const { store, name } = fresh();
  for (const colleague of [ada, bram, cleo]) await store.addColleague(colleague);
  for (const session of SEEDED) await store.saveSession(session);
  return { store, name };
}

/** Every kept summary, as stored, by id. */
async function storedSummaries(name: string): Promise<Array<[string, unknown]>> {
  const db = await openDB<CoachingDB>(name);
  const records = await db.getAll('summaries');
  db.close();
  return records.map(({ id, ...summary }): [string, unknown] => [id, summary]).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The kept summaries are those of the sessions as `team()` reads them, and `members()` is `team()` summed up. */
async function expectSummariesTrue(store: OpenCoachingStore, name: string): Promise<void> {
  const team = await store.team();
  const expected = team.map(({ colleague, sessions }): [string, unknown] => [colleague.id, summaryOf(sessions)]).sort(([a], [b]) => (a < b ? -1 : 1));
  expect(await storedSummaries(name)).toEqual(expected);
  expect(await store.members()).toEqual(team.map(memberOf));
}

function bundle(colleagues: Colleague[], sessions: Session[], exportedAt = '2026-11-22T08:00:00.000Z'): CoachingBundle {
  return { format: BUNDLE_FORMAT, version: EXPANDED_VERSION, exportedAt, guidelines: null, colleagues, sessions };
}

const dora = makeColleague({ id: 'dora', name: 'Dora', profiles: [{ site: 'linkedin', key: 'linkedin:in/dora' }] });
/** Ada under another id with one of her profiles: the import joins her to the Ada kept. */
const adaElsewhere = makeColleague({ id: 'ada-elsewhere', name: 'Ada', profiles: [{ site: 'x', key: 'x:@ada' }] });

const WRITES: Array<[string, (store: OpenCoachingStore) => Promise<unknown>]> = [
  ['nothing written (as saved)', async () => undefined],
  ['a colleague added', (store) => store.addColleague(dora)],
  ['a session saved', (store) => store.saveSession(varied(cleo, 'cleo-1', '2026-11-20T10:00:00.000Z', ['fail', 'pass']))],
  ['a newer session showing an action done', (store) => store.saveSession(varied(ada, 'ada-6', '2026-11-21T10:00:00.000Z', ['pass', 'pass', 'pass', 'pass'], { answers: { 'follow-up': true } }))],
  ['a session saved again, changed', (store) => store.saveSession(varied(ada, 'ada-4', '2026-09-10T10:00:00.000Z', ['incomplete', 'error', 'pass', 'pass']))],
  ['the newest session deleted', (store) => store.deleteSession('ada-5')],
  ['an old session deleted', (store) => store.deleteSession('ada-1')],
  ['a colleague renamed', (store) => store.updateColleague({ ...bram, name: 'Bram V.' })],
  [
    'a bundle imported twice',
    async (store) => {
      const incoming = bundle(
        [ada, dora, adaElsewhere],
        [
          varied(ada, 'in-ada-1', '2026-11-15T10:00:00.000Z', ['pass', 'fail', 'pass', 'pass']),
          // The same colleague, site and time as one kept: a duplicate, skipped.
          varied(ada, 'in-ada-dup', '2026-09-10T10:00:00.000Z', ['pass', 'pass', 'pass', 'pass']),
          varied(dora, 'in-dora-1', '2026-08-01T10:00:00.000Z', ['fail', 'incomplete']),
          varied(adaElsewhere, 'in-else-1', '2026-11-16T10:00:00.000Z', ['pass', 'pass', 'pass', 'fail'], { site: 'x', profileKey: 'x:@ada' }),
          // Past the retention period: left out.
          varied(dora, 'in-dora-old', '2024-01-01T10:00:00.000Z', ['fail']),
        ],
      );
      await store.importBundle(incoming, NOW);
      await store.importBundle(incoming, NOW);
    },
  ],
  [
    'a bundle joining two colleagues kept apart (one person, a profile of each)',
    async (store) => {
      const both = makeColleague({ id: 'both', name: 'Ada', profiles: [{ site: 'linkedin', key: 'linkedin:in/bram' }, { site: 'x', key: 'x:@ada' }] });
      const report = await store.importBundle(bundle([both], [varied(both, 'in-both-1', '2026-11-18T10:00:00.000Z', ['pass', 'fail'])]), NOW);
      expect(report.colleaguesJoined).toBe(1);
    },
  ],
  [
    'retention deleting older sessions',
    async (store) => {
      await store.saveSettings({ retentionMonths: 6 });
      expect(await store.applyRetention(NOW)).toBe(3);
    },
  ],
  [
    "retention deleting all of a colleague's sessions and a site's newest",
    async (store) => {
      await store.saveSettings({ retentionMonths: 1 });
      expect(await store.applyRetention(NOW)).toBe(6);
    },
  ],
  ['a colleague forgotten', (store) => store.forget('ada', NOW)],
];

describe('the summary kept beside each colleague (version 3)', () => {
  it.each(WRITES)('is that of their sessions after %s', async (_name, write) => {
    const { store, name } = await seeded();
    await write(store);
    await expectSummariesTrue(store, name);
  });

  it('is that of their sessions after any sequence of writes', async () => {
    const colleagueIndex = fc.integer({ min: 0, max: 2 });
    const slot = fc.integer({ min: 0, max: 4 });
    const statuses = fc.array(fc.constantFrom<FindingStatus>('pass', 'fail', 'notApplicable', 'incomplete', 'error'), { minLength: 1, maxLength: 4 });
    const month = fc.integer({ min: 0, max: 14 });
    const sessionArb = fc.record({ colleague: colleagueIndex, slot, month, statuses, x: fc.boolean(), f2: fc.boolean() });
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), session: sessionArb }),
      fc.record({ kind: fc.constant('delete' as const), colleague: colleagueIndex, slot }),
      fc.record({ kind: fc.constant('retention' as const), months: fc.integer({ min: 1, max: 14 }) }),
      fc.record({ kind: fc.constant('import' as const), sessions: fc.array(sessionArb, { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('forget' as const), colleague: colleagueIndex }),
      fc.record({ kind: fc.constant('add' as const), colleague: colleagueIndex }),
    );
    const people = [ada, bram, cleo];
    const sessionOf = (spec: { colleague: number; slot: number; month: number; statuses: FindingStatus[]; x: boolean; f2: boolean }, prefix: string) => {
      const of = people[spec.colleague] as Colleague;
      const at = new Date(Date.UTC(2025, 9 + spec.month, 1 + spec.slot, 10)).toISOString();
      return varied(of, `${prefix}-${of.id}-${spec.slot}`, at, spec.statuses, {
        ...(spec.x ? { site: 'x' as const, profileKey: `x:@${of.id}` } : {}),
        ...(spec.f2 ? { guidelines: { name: 'Next', fingerprint: 'f2' } } : {}),
      });
    };
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 6 }), async (operations) => {
        const { store, name } = await seeded();
        for (const operation of operations) {
          // A write refused (a session of a forgotten colleague, a colleague added twice) changes nothing.
          const ignore = () => undefined;
          if (operation.kind === 'save') await store.saveSession(sessionOf(operation.session, 's')).catch(ignore);
          else if (operation.kind === 'delete') await store.deleteSession(`s-${people[operation.colleague]?.id}-${operation.slot}`);
          else if (operation.kind === 'retention') {
            await store.saveSettings({ retentionMonths: operation.months });
            await store.applyRetention(NOW);
          } else if (operation.kind === 'import') {
            const sessions = operation.sessions.map((spec) => sessionOf(spec, 'i'));
            await store.importBundle(bundle([...new Set(sessions.map((each) => people.find((person) => person.id === each.colleagueId) as Colleague))], sessions), NOW);
          } else if (operation.kind === 'forget') await store.forget(people[operation.colleague]?.id ?? '', NOW);
          else await store.addColleague(people[operation.colleague] as Colleague).catch(ignore);
          await expectSummariesTrue(store, name);
        }
        store.close();
      }),
      { numRuns: 25 },
    );
  });
  it('is that of every session of a damaged colleague record an import replaces, those stored before included', async () => {
    const { store, name } = await seeded();
    const db = await openDB<CoachingDB>(name);
    await db.put('colleagues', { id: 'bram', name: 5 } as unknown as CoachingDB['colleagues']['value']);
    db.close();
    await store.importBundle(bundle([bram], [varied(bram, 'in-bram-1', '2026-11-20T10:00:00.000Z', ['pass'])]), NOW);
    await expectSummariesTrue(store, name);
    expect((await store.members()).find((member) => member.colleague.id === 'bram')?.summary.sessions.map((brief) => brief.id)).toEqual([
      'bram-1',
      'bram-2',
      'in-bram-1',
    ]);
  });
});

describe('members()', () => {
  it('gives the team summed up, by name, reading no session', async () => {
    const { store } = await seeded();
    const members = await store.members();
    expect(members.map((member) => member.colleague)).toEqual([ada, bram, cleo]);
    expect(members).toEqual((await store.team()).map(memberOf));
  });

  it.each([
    ['missing', undefined],
    ['sessions not a list', 'summary'],
    ['without its sessions', { latest: [], openActions: [] }],
    ['a brief with a time that is not one', { sessions: [{ id: 'x', at: 'yesterday', site: 'linkedin', fingerprint: 'f1', overall: 70 }], latest: [], openActions: [] }],
    ['a finding with an unknown status', { sessions: [], latest: [{ site: 'x', at: '2026-11-10T10:00:00.000Z', open: [{ ruleId: 'r', step: 'team-up', status: 'pass' }] }], openActions: [] }],
  ])('sums up a colleague whose kept summary is damaged (%s) from their sessions, and reports it', async (_name, summary) => {
    const damages: Damage[] = [];
    const { store, name } = fresh((damage) => damages.push(damage));
    for (const colleague of [ada, bram, cleo]) await store.addColleague(colleague);
    for (const session of SEEDED) await store.saveSession(session);
    const db = await openDB<CoachingDB>(name);
    if (summary === undefined) await db.delete('summaries', 'ada');
    else await db.put('summaries', { id: 'ada', ...(typeof summary === 'object' ? summary : { sessions: summary }) } as CoachingDB['summaries']['value']);
    // A damaged session of hers too: left out of her summary, as team() leaves it out, and reported.
    await db.put('sessions', { ...SEEDED[0], id: 'ada-damaged', at: 'not a time' } as Session);
    db.close();

    const members = await store.members();
    expect(members).toEqual((await store.team()).map(memberOf));
    expect(members.map((member) => member.colleague.id)).toEqual(['ada', 'bram', 'cleo']);
    expect(members[0]?.summary.sessions.map((brief) => brief.id)).toEqual(['ada-1', 'ada-2', 'ada-3', 'ada-4', 'ada-5']);
    expect(damages.slice(0, 2)).toEqual([
      { store: 'summaries', key: 'ada', problem: expect.stringMatching(/^(\(missing\)|sessions|latest)/) },
      { store: 'sessions', key: 'ada-damaged', problem: 'at' },
    ]);
  });

  it('leaves out a damaged colleague record, as the other reads do, and reports it', async () => {
    const damages: Damage[] = [];
    const { store, name } = fresh((damage) => damages.push(damage));
    await store.addColleague(ada);
    const db = await openDB<CoachingDB>(name);
    await db.put('colleagues', { id: 'broken', name: 5 } as unknown as CoachingDB['colleagues']['value']);
    db.close();
    expect((await store.members()).map((member) => member.colleague.id)).toEqual(['ada']);
    expect(damages).toEqual([{ store: 'colleagues', key: 'broken', problem: expect.stringContaining('name') }]);
  });

  it('is made true again by retention and by a write of their sessions after it was damaged', async () => {
    const { store, name } = await seeded();
    const db = await openDB<CoachingDB>(name);
    await db.put('summaries', { id: 'ada', broken: true } as never);
    await db.delete('summaries', 'bram');
    db.close();
    await store.saveSettings({ retentionMonths: 6 });
    await store.applyRetention(NOW);
    await store.saveSession(varied(bram, 'bram-3', '2026-11-20T10:00:00.000Z', ['pass']));
    await expectSummariesTrue(store, name);
  });
});
