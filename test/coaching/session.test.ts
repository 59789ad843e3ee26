import { describe, expect, it } from 'vitest';
import { sessionOf } from '../../src/coaching/session';
import type { Finding } from '../../src/engine/run-rules';
import type { Snapshot } from '../../src/snapshot';
import { absent, makeLinkedInProfile, makeXProfile, unreadable } from '../helpers/snapshots';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'banned-terms',
  step: 'guidelines',
  severity: 'serious',
  status: 'fail',
  title: 'The profile uses a banned term',
  why: 'why',
  message: 'The guidelines ban “guaranteed returns”, found 2 times in the headline of Ada Vermeulen',
  evidence: [],
  fix: null,
  weight: 3,
  score: 0,
  ...over,
});

describe('sessionOf', () => {
  it('keeps outcomes, points and labels, and no text read from the page', () => {
    const secret = 'Guaranteed returns <script>alert(1)</script> · Ada Vermeulen';
    const findings = [
      finding({ evidence: [{ field: 'headline', text: secret, highlights: [[0, 10]] }, { field: 'about', text: secret, url: 'https://www.linkedin.com/in/ada-vermeulen' }] }),
      finding({ ruleId: 'website-link', step: 'team-up', status: 'incomplete', unreadable: ['website'], message: secret }),
      finding({ ruleId: 'profile-photo', step: 'team-up', status: 'pass', message: null, evidence: [{ text: secret }] }),
    ];
    const session = sessionOf({
      id: 's1',
      colleagueId: 'c1',
      site: 'linkedin',
      profileKey: 'linkedin:in/ada-vermeulen',
      now: new Date('2026-12-03T10:00:00Z'),
      result: {
        findings,
        points: [12.345, 0, 0],
        score: { overall: 61, steps: { 'clean-up': null, 'plan-ahead': 50, 'team-up': 80, guidelines: 0 } },
        guidelines: { source: 'user', company: 'Nordlicht Analytics', season: 'Winter 2026-27', passedOver: [], fingerprint: 'abc' },
      },
    });
    expect(session.outcomes).toEqual([
      { ruleId: 'banned-terms', step: 'guidelines', status: 'fail', points: 12.3, labels: ['headline', 'about', '2 items'] },
      { ruleId: 'website-link', step: 'team-up', status: 'incomplete', points: 0, labels: ['website'] },
      { ruleId: 'profile-photo', step: 'team-up', status: 'pass', points: 0, labels: ['1 item'] },
    ]);
    expect(session.guidelines).toEqual({ name: 'Nordlicht Analytics · Winter 2026-27', fingerprint: 'abc' });
    const stored = JSON.stringify(session);
    for (const word of ['Guaranteed', 'Vermeulen"', 'script', 'banned term', 'linkedin.com']) expect(stored).not.toContain(word);
  });
});

describe('sessionOf audience', () => {
  const made = (snapshot: Snapshot | undefined) =>
    sessionOf({
      id: 's1',
      colleagueId: 'c1',
      site: snapshot?.site ?? 'linkedin',
      profileKey: 'linkedin:in/ada-vermeulen',
      now: new Date('2026-12-03T10:00:00Z'),
      result: {
        findings: [],
        points: [],
        score: { overall: null, steps: { 'clean-up': null, 'plan-ahead': null, 'team-up': null, guidelines: null } },
        guidelines: { source: 'user', passedOver: [], fingerprint: 'abc' },
        ...(snapshot ? { snapshot } : {}),
      },
    });

  it('keeps a LinkedIn profile’s followers and connections, as counts only', () => {
    const session = made(makeLinkedInProfile());
    expect(session.audience).toEqual({ followers: 1284, connections: 500 });
    expect(JSON.stringify(session)).not.toContain('Ada');
  });

  it('keeps an X profile’s followers, with no connections', () => {
    expect(made(makeXProfile()).audience).toEqual({ followers: 2310, connections: null });
  });

  it('keeps null, not zero, for a count the page did not show or that could not be read', () => {
    expect(made(makeLinkedInProfile({ followers: absent(), connections: unreadable() })).audience).toEqual({ followers: null, connections: null });
  });

  it('keeps no audience without a profile snapshot', () => {
    expect(made(undefined)).not.toHaveProperty('audience');
  });
});
