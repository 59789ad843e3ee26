import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../src/coaching/summary';
import {
  checkColleagueRecord,
  checkSessionRecord,
  checkSummaryRecord,
  isInstant,
  type StoredColleague,
  type StoredSummary,
} from '../../../src/storage/coaching/schema';
import { checkColleague, checkSession, checkSummary } from '../../../src/storage/coaching/validate';
import { makeColleague, makeSession, typicalSession } from './records';

/** Every path into a record (objects and arrays), the root's fields first. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => [[...path, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...path, key])]);
}

/** A copy of `record` with `replacement` at `path`. */
function withValue(record: object, path: ReadonlyArray<string | number>, replacement: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = replacement;
  return copy;
}

/** Any value a damaged record may hold at a path: nothing, another type, or a value of a neighbouring field. */
const ANY_VALUE = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom('', 'linkedin', 'x', 'pass', 'fail', 'error', 'team-up', '2026-11-23', '2026-11-23T12:00:00Z', '2026-02-31T09:00:00.000Z'),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.boolean(), { maxKeys: 2 }),
);

const good: StoredColleague = {
  ...makeColleague({ profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }, { site: 'x', key: 'x:@ada' }] }),
  profileKeys: ['linkedin:in/ada', 'x:@ada'],
  tally: { count: 2, bytes: 5000, latest: { at: '2026-11-23T12:00:00.000Z', overall: 70 } },
};

/** A summary as stored (version 3): Ada's two typical sessions, under her id. */
const goodSummary: StoredSummary = {
  id: 'ada',
  ...summaryOf([
    typicalSession(makeColleague({ id: 'ada' }), 'session-1', new Date('2026-10-23T12:00:00.000Z')),
    typicalSession(makeColleague({ id: 'ada' }), 'session-2', new Date('2026-11-23T12:00:00.000Z')),
  ]),
};

/** Changes a stored colleague might have suffered: each field removed, retyped, or given a near-miss value. */
const variants: Array<[string, unknown]> = [
  ['as written', good],
  ['no latest session', { ...good, tally: { count: 0, bytes: 0, latest: null } }],
  ['a null score', { ...good, tally: { ...good.tally, latest: { at: '2026-11-23T12:00:00Z', overall: null } } }],
  ['minutes only', { ...good, createdAt: '2026-11-20T09:00Z' }],
  ['seconds without fraction', { ...good, createdAt: '2026-11-20T09:00:00Z' }],
  ['29 February of a leap year', { ...good, createdAt: '2028-02-29T09:00:00.000Z' }],
  ['not an object', 'Ada'],
  ['null', null],
  ['an array', [good]],
  ...Object.keys(good).map((key): [string, unknown] => [`without ${key}`, { ...good, [key]: undefined }]),
  ...Object.keys(good).map((key): [string, unknown] => [`${key} a number`, { ...good, [key]: 7 }]),
  ['an empty id', { ...good, id: '' }],
  ['a notice on no date', { ...good, noticeConfirmedAt: 'yesterday' }],
  ['a notice in local time', { ...good, noticeConfirmedAt: '2026-11-20T10:00:00+01:00' }],
  ['a notice on a date only', { ...good, noticeConfirmedAt: '2026-11-20' }],
  ['a notice on 31 February', { ...good, noticeConfirmedAt: '2026-02-31T09:00:00.000Z' }],
  ['zero months', { ...good, noticeRetentionMonths: 0 }],
  ['half a month', { ...good, noticeRetentionMonths: 1.5 }],
  ['an unknown site', { ...good, profiles: [{ site: 'facebook', key: 'f' }] }],
  ['an empty key', { ...good, profiles: [{ site: 'x', key: '' }] }],
  ['a profile not an object', { ...good, profiles: ['x:@ada'] }],
  ['a key not a string', { ...good, profileKeys: [3] }],
  ['a negative count', { ...good, tally: { ...good.tally, count: -1 } }],
  ['fractional bytes', { ...good, tally: { ...good.tally, bytes: 1.5 } }],
  ['a latest without time', { ...good, tally: { ...good.tally, latest: { overall: 3 } } }],
  ['a score as text', { ...good, tally: { ...good.tally, latest: { at: '2026-11-23T12:00:00.000Z', overall: '70' } } }],
];

describe('reading a stored colleague', () => {
  it.each(variants)('the hand-written check agrees with the zod schema: %s', (_name, value) => {
    expect(checkColleagueRecord(value).ok).toBe(checkColleague(value).ok);
  });

  it('names the paths that fail, never a value', () => {
    const result = checkColleagueRecord({ ...good, name: 5, noticeConfirmedAt: 'Secret' });
    expect(result).toEqual({ ok: false, problem: 'name, noticeConfirmedAt' });
  });
});

describe('a time as stored', () => {
  /** What isInstant took before it counted digits: the form, then Date.parse and the day of its round trip. */
  const byDate = (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString().slice(0, 10) === value.slice(0, 10);
  const pad = (number: number, width: number) => String(number).padStart(width, '0');

  it('is a moment that exists, as Date.parse and its round trip say, for every edge of every field', () => {
    let differ = 0;
    let taken = 0;
    for (const year of [0, 1, 100, 400, 1900, 2000, 2024, 2026, 2100, 9999])
      for (let month = 0; month <= 13; month += 1)
        for (const day of [0, 1, 28, 29, 30, 31, 32])
          for (const hour of [0, 23, 24, 25])
            for (const minute of [0, 59, 60])
              for (const second of [0, 59, 60])
                for (const fraction of ['', '.0', '.123', '.1234', '.999999999']) {
                  const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}Z`;
                  if (isInstant(value)) taken += 1;
                  if (isInstant(value) !== byDate(value)) differ += 1;
                }
    expect(differ).toBe(0);
    expect(taken).toBeGreaterThan(10_000);
    for (const value of [undefined, null, 7, '', '2026-11-20', '2026-11-20T09:00Z', '2026-11-20T09:00:00+01:00', ' 2026-11-20T09:00:00Z', '2026-1１-20T09:00:00Z']) {
      expect(isInstant(value)).toBe(false);
    }
  });
});

describe('reading a stored summary by hand', () => {
  const summary = goodSummary;

  const PATHS = pathsOf(summary);

  const withValueAt = (path: ReadonlyArray<string | number>, replacement: unknown) => withValue(summary, path, replacement);

  it('takes a summary as the store writes it, with sessions, open findings and open actions in it', () => {
    expect(summary.sessions).toHaveLength(2);
    expect(summary.latest[0]?.open.length).toBeGreaterThan(0);
    expect(summary.openActions.length).toBeGreaterThan(0);
    expect(checkSummaryRecord(summary)).toEqual({ ok: true, value: summary });
    expect(checkSummary(summary).ok).toBe(true);
  });

  it('names the paths that fail, never a value', () => {
    expect(checkSummaryRecord(7)).toEqual({ ok: false, problem: '(record)' });
    expect(checkSummaryRecord({ ...summary, openActions: [{ at: 'Secret', due: '2026-12-31' }] })).toEqual({ ok: false, problem: 'openActions' });
  });

  it('agrees with the zod schema whatever one value of a summary is changed to', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), ANY_VALUE, (path, replacement) => {
        const changed = withValueAt(path, replacement);
        expect({ path: path.join('.'), ok: checkSummaryRecord(changed).ok }).toEqual({ path: path.join('.'), ok: checkSummary(changed).ok });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('reading a stored session', () => {
  it('takes a session as written and names what is wrong with a damaged one, without its text', () => {
    const session = makeSession(makeColleague());
    expect(checkSession(session)).toEqual({ ok: true, value: session });
    const damaged = checkSession({ ...session, notes: [{ text: 42, forColleague: 'Secret' }] });
    expect(damaged.ok).toBe(false);
    expect(JSON.stringify(damaged)).not.toContain('Secret');
  });
});

describe('reading a stored session by hand', () => {
  const session = typicalSession(makeColleague(), 'session-1', new Date('2026-11-23T12:00:00.000Z'));

  const PATHS = pathsOf(session);

  const withValueAt = (path: ReadonlyArray<string | number>, replacement: unknown) => withValue(session, path, replacement);

  it('takes a session as the store writes it, with and without its optional next date', () => {
    expect(PATHS.length).toBeGreaterThan(100);
    expect(checkSessionRecord(session)).toEqual({ ok: true, value: session });
    expect(checkSessionRecord({ ...session, nextSessionOn: '2026-12-24' }).ok).toBe(true);
  });

  it('agrees with the zod schema whatever one value of a session is changed to', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), ANY_VALUE, (path, replacement) => {
        const changed = withValueAt(path, replacement);
        expect({ path: path.join('.'), ok: checkSessionRecord(changed).ok }).toEqual({ path: path.join('.'), ok: checkSession(changed).ok });
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a session with its audience counts, and one stored before they were kept', () => {
    expect(session.audience).toEqual({ followers: 4512, connections: 500 });
    const { audience: _, ...before } = session;
    for (const value of [session, before, { ...session, audience: { followers: null, connections: null } }]) {
      expect(checkSessionRecord(value).ok).toBe(true);
      expect(checkSession(value).ok).toBe(true);
    }
  });

  it.each([
    ['a negative count', { followers: -1, connections: null }],
    ['a fraction', { followers: 1.5, connections: 2 }],
    ['a count as text', { followers: '4,512', connections: 500 }],
    ['no connections key', { followers: 3 }],
    ['null audience', null],
    ['a list', [1, 2]],
  ])('refuses an audience with %s, by hand as zod does', (_name, audience) => {
    const value = { ...session, audience };
    expect(checkSessionRecord(value)).toEqual({ ok: false, problem: 'audience' });
    expect(checkSession(value).ok).toBe(false);
  });

  it('names the paths that fail, never a value', () => {
    const result = checkSessionRecord({ ...session, notes: [{ text: 42, forColleague: 'Secret' }], at: 'Secret' });
    expect(result).toEqual({ ok: false, problem: 'at, notes' });
  });
});
