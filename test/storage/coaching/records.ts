/**
 * @file Coaching records for the store's tests and the benchmark: colleagues with their notice confirmed, small
 * sessions, and a typical session as the popup would save it, built with `sessionOf` from a fixture profile checked
 * against the example company's guidelines (about 28 outcomes). It opens no database itself.
 */
import { profileKeyOfUrl } from '../../../src/snapshot/page-key';
import type { Colleague, Session } from '../../../src/coaching/record';
import { sessionOf } from '../../../src/coaching/session';
import { checkSnapshot } from '../../../src/engine';
import { pointsOf } from '../../../src/engine/score';
import { SnapshotSchema } from '../../../src/snapshot';
import { FIXTURES_DIR, loadFixture } from '../../helpers/fixtures';
import { makeGuidelines, NOW } from '../../helpers/guidelines';

let counter = 0;
/** A unique database name per test, so no test sees another's records. */
export const freshName = (): string => `coaching-test-${(counter += 1)}`;

export function makeColleague(overrides: Partial<Colleague> = {}): Colleague {
  const id = overrides.id ?? `colleague-${(counter += 1)}`;
  return {
    id,
    name: 'Ada Vermeulen',
    profiles: [{ site: 'linkedin', key: `linkedin:in/${id}` }],
    noticeConfirmedAt: '2026-11-20T09:00:00.000Z',
    noticeRetentionMonths: 12,
    createdAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export function makeSession(colleague: Colleague, overrides: Partial<Session> = {}): Session {
  const profile = colleague.profiles[0];
  return {
    id: `session-${(counter += 1)}`,
    colleagueId: colleague.id,
    site: profile?.site ?? 'linkedin',
    profileKey: profile?.key ?? 'linkedin:in/unknown',
    at: '2026-11-23T12:00:00.000Z',
    guidelines: { name: 'Brightwave Systems · Winter 2026-27', fingerprint: 'f1' },
    score: { overall: 70, steps: { 'clean-up': null, 'plan-ahead': 60, 'team-up': 80, guidelines: 90 } },
    outcomes: [{ ruleId: 'headline-keywords', step: 'plan-ahead', status: 'fail', points: 6, labels: ['headline'] }],
    answers: {},
    notes: [{ text: 'Talked about the headline', forColleague: true }],
    actions: [{ id: 'a1', ruleId: 'headline-keywords', text: '', due: '2026-12-15' }],
    ...overrides,
  };
}

/** The LinkedIn profile fixture a typical session is made from. */
export const TYPICAL_FIXTURE = 'linkedin/profile/2025-05-sdui-en-other.html';

/**
 * A session as the popup saves it after a real check: the fixture's snapshot checked with the example company's
 * guidelines, two notes and two agreed actions.
 */
export function typicalSession(colleague: Colleague, id: string, at: Date = NOW): Session {
  const fixture = loadFixture(`${FIXTURES_DIR}/${TYPICAL_FIXTURE}`);
  const snapshot = SnapshotSchema.parse(fixture.expected);
  const { findings, score } = checkSnapshot(snapshot, { guidelines: makeGuidelines(), now: NOW });
  const failed = findings.filter((finding) => finding.status === 'fail');
  return sessionOf({
    id,
    colleagueId: colleague.id,
    site: 'linkedin',
    profileKey: profileKeyOfUrl(fixture.url) ?? 'linkedin:in/unknown',
    now: at,
    result: {
      findings,
      points: pointsOf(findings),
      score,
      guidelines: { source: 'user', company: 'Brightwave Systems', season: 'Winter 2026-27', passedOver: [], fingerprint: '5f1c0a9e2b7d4c3a' },
      snapshot,
    },
    notes: [
      { text: 'Went through the headline and the About together; the season themes are new to her.', forColleague: true },
      { text: 'Ask about the sales team’s campaign next time.', forColleague: false },
    ],
    actions: failed.slice(0, 2).map((finding, index) => ({ id: `${id}-action-${index}`, ruleId: finding.ruleId, text: '', due: '2026-12-31' })),
    nextSessionOn: '2027-01-05',
  });
}
