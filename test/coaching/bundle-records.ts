/**
 * @file Coaching bundles for the bundle's tests and the merge benchmark: a small valid bundle whose personal fields
 * carry a marker ("Secret") that no error may repeat. It opens no database.
 */
import { BUNDLE_FORMAT, type CoachingBundle, EXPANDED_VERSION } from '../../src/coaching/bundle';
import type { Colleague, Session } from '../../src/coaching/record';

export const NOW = new Date('2026-11-23T12:00:00.000Z');

export function colleague(id: string, overrides: Partial<Colleague> = {}): Colleague {
  return {
    id,
    name: `Secret ${id}`,
    profiles: [{ site: 'linkedin', key: `linkedin:in/${id}` }],
    noticeConfirmedAt: '2026-09-01T09:00:00.000Z',
    noticeRetentionMonths: 12,
    createdAt: '2026-09-01T09:00:00.000Z',
    ...overrides,
  };
}

export function session(id: string, of: Colleague, at: string, overrides: Partial<Session> = {}): Session {
  const profile = of.profiles[0] ?? { site: 'linkedin', key: 'linkedin:in/unknown' };
  return {
    id,
    colleagueId: of.id,
    site: profile.site,
    profileKey: profile.key,
    at,
    guidelines: { name: 'Brightwave Systems · Winter 2026-27', fingerprint: 'f1' },
    score: { overall: 70, steps: { 'clean-up': null, 'plan-ahead': 60, 'team-up': 80, guidelines: 90 } },
    outcomes: [{ ruleId: 'headline-keywords', step: 'plan-ahead', status: 'fail', points: 6, labels: ['headline'] }],
    answers: { 'follow-up': true },
    notes: [{ text: 'Secret note about the headline', forColleague: true }],
    actions: [{ id: `${id}-a1`, ruleId: 'headline-keywords', text: 'Secret action', due: '2026-12-15' }],
    nextSessionOn: '2027-01-05',
    ...overrides,
  };
}

/** Two colleagues (Ada on LinkedIn and X), three sessions, two team sizes and a view cost. */
export function goodBundle(): CoachingBundle {
  const ada = colleague('ada', { profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }, { site: 'x', key: 'x:@ada' }] });
  const bram = colleague('bram');
  return {
    format: BUNDLE_FORMAT,
    version: EXPANDED_VERSION,
    exportedAt: '2026-11-22T08:00:00.000Z',
    guidelines: { name: 'Brightwave Systems · Winter 2026-27', fingerprint: 'f1' },
    colleagues: [ada, bram],
    sessions: [
      session('s1', ada, '2026-09-01T10:00:00.000Z'),
      session('s2', ada, '2026-11-01T10:00:00.000Z', { site: 'x', profileKey: 'x:@ada' }),
      session('s3', bram, '2026-10-01T10:00:00.000Z'),
    ],
    settings: { teamSizes: [{ from: '2026-09-01', size: 40 }, { from: '2026-11-01', size: 45 }], viewCost: { perThousand: 12, currency: 'EUR' } },
  };
}

/**
 * What of these candidates makes a bundle valid on its own, as the generated bundles of the merge's properties need
 * (their ids, keys and times are drawn from a few, to collide): a colleague whose id or one of whose profiles an
 * earlier one has is left out; then, for the colleagues kept, a session without one, or whose id or whose colleague,
 * site and time an earlier session has.
 */
export function distinctRecords(
  candidates: readonly Colleague[],
  sessionsOf: (kept: readonly Colleague[]) => ReadonlyArray<Session | null>,
): { colleagues: Colleague[]; sessions: Session[] } {
  const ids = new Set<string>();
  const keys = new Set<string>();
  const colleagues: Colleague[] = [];
  for (const candidate of candidates) {
    if (ids.has(candidate.id) || candidate.profiles.some((profile) => keys.has(profile.key))) continue;
    ids.add(candidate.id);
    for (const profile of candidate.profiles) keys.add(profile.key);
    colleagues.push(candidate);
  }
  const sessionIds = new Set<string>();
  const moments = new Set<string>();
  const sessions: Session[] = [];
  for (const candidate of sessionsOf(colleagues)) {
    if (!candidate) continue;
    const moment = `${candidate.colleagueId} ${candidate.site} ${candidate.at}`;
    if (sessionIds.has(candidate.id) || moments.has(moment)) continue;
    sessionIds.add(candidate.id);
    moments.add(moment);
    sessions.push(candidate);
  }
  return { colleagues, sessions };
}
