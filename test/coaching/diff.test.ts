import { describe, expect, it } from 'vitest';
import { compareSessions, defaultPair, type SessionDiff } from '../../src/coaching/diff';
import { session } from '../helpers/coaching';

const ids = (diff: SessionDiff) => ({
  fixed: diff.fixed.map((change) => change.ruleId),
  new: diff.new.map((change) => change.ruleId),
  open: diff.open.map((change) => change.ruleId),
  notRead: diff.notRead.map((change) => change.ruleId),
  noLongerApplies: diff.noLongerApplies.map((change) => change.ruleId),
});

const compared = (diff: ReturnType<typeof compareSessions>): SessionDiff => {
  if (diff.kind !== 'compared') throw new Error(`not compared: ${diff.kind}`);
  return diff;
};

describe('compareSessions', () => {
  const first = session('s1', '2026-01-10T10:00:00.000Z', [
    ['headline-keywords', 'fail', 12],
    ['profile-photo', 'fail', 8],
    ['website-link', 'pass'],
    ['banned-terms', 'fail', 20, ['headline']],
    ['about-length', 'fail', 5],
    ['profile-banner', 'notApplicable'],
    ['public-url', 'incomplete'],
  ]);
  const second = session('s2', '2026-02-10T10:00:00.000Z', [
    ['headline-keywords', 'pass'],
    ['profile-photo', 'fail', 9],
    ['website-link', 'fail', 6],
    ['banned-terms', 'incomplete', 0, ['headline']],
    ['about-length', 'notApplicable'],
    ['profile-banner', 'fail', 3],
    ['public-url', 'fail', 4],
  ]);

  it('sorts the findings into fixed, new and still open, by rule id', () => {
    expect(ids(compared(compareSessions(first, second)))).toEqual({
      fixed: ['headline-keywords'],
      new: ['website-link', 'public-url', 'profile-banner'],
      open: ['profile-photo'],
      notRead: ['banned-terms'],
      noLongerApplies: ['about-length'],
    });
  });

  it('counts a finding unreadable now as neither fixed nor open, and one unreadable before then failed as new', () => {
    const diff = compared(compareSessions(first, second));
    expect(diff.fixed.map((change) => change.ruleId)).not.toContain('banned-terms');
    expect(diff.open.map((change) => change.ruleId)).not.toContain('banned-terms');
    expect(diff.notRead[0]?.after?.status).toBe('incomplete');
    expect(diff.new.find((change) => change.ruleId === 'public-url')?.before?.status).toBe('incomplete');
  });

  it('compares in time order whichever order the sessions come in', () => {
    expect(ids(compared(compareSessions(second, first)))).toEqual(ids(compared(compareSessions(first, second))));
  });

  it('lists a rule checked only in the later session as new when it fails', () => {
    const later = session('s3', '2026-03-01T10:00:00.000Z', [['company-handle', 'fail', 2]]);
    expect(ids(compared(compareSessions(first, later))).new).toEqual(['company-handle']);
  });

  it('orders each list by points, most first', () => {
    const a = session('a', '2026-01-01T00:00:00.000Z', [['x-a', 'fail', 1], ['x-b', 'fail', 9], ['x-c', 'fail', 5]]);
    const b = session('b', '2026-02-01T00:00:00.000Z', [['x-a', 'fail', 1], ['x-b', 'fail', 9], ['x-c', 'fail', 5]]);
    expect(ids(compared(compareSessions(a, b))).open).toEqual(['x-b', 'x-c', 'x-a']);
  });

  it('never compares sessions checked under different guidelines', () => {
    const other = session('s2', '2026-02-10T10:00:00.000Z', [['headline-keywords', 'pass']], {
      guidelines: { name: 'Nordlicht Analytics · Summer 2027', fingerprint: 'fp-2' },
    });
    const result = compareSessions(other, first);
    expect(result).toMatchObject({
      kind: 'differentGuidelines',
      before: { id: 's1' },
      after: { id: 's2' },
      guidelines: { before: { fingerprint: 'fp-1' }, after: { fingerprint: 'fp-2' } },
    });
    expect(result).not.toHaveProperty('fixed');
  });
});

describe('defaultPair', () => {
  it('picks the last two sessions, oldest first, and nothing with one session', () => {
    const a = session('a', '2026-01-01T00:00:00.000Z', []);
    const b = session('b', '2026-02-01T00:00:00.000Z', []);
    const c = session('c', '2026-03-01T00:00:00.000Z', []);
    expect(defaultPair([c, a, b])?.map((item) => item.id)).toEqual(['b', 'c']);
    expect(defaultPair([a])).toBeNull();
  });
});
