/**
 * @file A small coached team made from fixture profiles checked by the engine with the example company's guidelines,
 * as the popup makes sessions (`sessionOf`: outcomes and counts, no text): three colleagues, a first round six weeks
 * ago and a second round a few days ago with their profiles changed (a theme of the season in the headline, more
 * followers and connections). For the dashboard's end-to-end test and the README's screenshot. It opens no browser.
 */
import type { Colleague, Session } from '../../../src/coaching/record';
import { sessionOf } from '../../../src/coaching/session';
import type { ColleagueRecord } from '../../../src/coaching/team-types';
import { checkSnapshot } from '../../../src/engine';
import { pointsOf } from '../../../src/engine/score';
import { fingerprintOf } from '../../../src/guidelines/fingerprint';
import { type Snapshot, SnapshotSchema } from '../../../src/snapshot';
import { FIXTURES_DIR, loadFixture } from '../../helpers/fixtures';
import { makeGuidelines } from '../../helpers/guidelines';

const DAY = 86_400_000;

type Fields = Record<string, { status: string; value?: unknown }>;

/** A snapshot with some fields' values replaced (the profile as changed by the second round). */
function changed(snapshot: Snapshot, values: Record<string, unknown>): Snapshot {
  const fields = { ...(snapshot as unknown as { fields: Fields }).fields };
  for (const [name, value] of Object.entries(values)) fields[name] = { status: 'present', value };
  return SnapshotSchema.parse({ ...snapshot, fields });
}

const valueOf = (snapshot: Snapshot, field: string): unknown => (snapshot as unknown as { fields: Fields }).fields[field]?.value;
const countOf = (snapshot: Snapshot, field: string): number | null => {
  const value = valueOf(snapshot, field);
  return typeof value === 'number' ? value : null;
};

interface Member {
  id: string;
  name: string;
  fixture: string;
  /** What changed on the profile by the second round (fields and values), given the first round's snapshot. */
  second: (first: Snapshot) => Record<string, unknown>;
}

/** Three invented colleagues on three fixture profiles (people and companies in the fixtures are invented too). */
export const MEMBERS: readonly Member[] = [
  {
    id: 'team-jonas',
    name: 'Jonas Brenner',
    fixture: 'linkedin/profile/2025-05-sdui-en-other.html',
    second: (first) => ({
      headline: `${String(valueOf(first, 'headline'))} | energy transition`,
      followers: Math.round((countOf(first, 'followers') ?? 0) * 1.4),
    }),
  },
  {
    id: 'team-kobe',
    name: 'Kobe Lemmens',
    fixture: 'linkedin/profile/2024-03-artdeco-en-sparse.html',
    second: (first) => ({
      headline: `${String(valueOf(first, 'headline'))} | energy transition`,
      connections: (countOf(first, 'connections') ?? 0) + 40,
      followers: (countOf(first, 'followers') ?? 0) + 25,
    }),
  },
  {
    id: 'team-noor',
    name: 'Noor El Amrani',
    fixture: 'linkedin/profile/2024-11-artdeco-en-traps.html',
    second: (first) => ({ followers: Math.round((countOf(first, 'followers') ?? 0) * 1.1) }),
  },
];

function sessionFrom(colleague: Colleague, id: string, snapshot: Snapshot, at: Date): Session {
  const guidelines = makeGuidelines();
  const { findings, score } = checkSnapshot(snapshot, { guidelines, now: at });
  const session = sessionOf({
    id,
    colleagueId: colleague.id,
    site: 'linkedin',
    profileKey: colleague.profiles[0]?.key ?? '',
    now: at,
    result: {
      findings,
      points: pointsOf(findings),
      score,
      guidelines: { source: 'user', company: 'Brightwave Systems', season: 'Winter 2026-27', passedOver: [], fingerprint: fingerprintOf(guidelines) },
    },
  });
  // The counts the popup keeps with a session (Session.audience): followers, and connections on LinkedIn.
  return { ...session, audience: { followers: countOf(snapshot, 'followers'), connections: countOf(snapshot, 'connections') } };
}

/** The team, its first round 42 days before `now` and its second 3 days before. */
export function fixtureTeam(now: Date): ColleagueRecord[] {
  return MEMBERS.map((member) => {
    const fixture = loadFixture(`${FIXTURES_DIR}/${member.fixture}`);
    const first = SnapshotSchema.parse(fixture.expected);
    const colleague: Colleague = {
      id: member.id,
      name: member.name,
      profiles: [{ site: 'linkedin', key: `linkedin:in/${member.id}` }],
      noticeConfirmedAt: new Date(now.getTime() - 50 * DAY).toISOString(),
      noticeRetentionMonths: 12,
      createdAt: new Date(now.getTime() - 50 * DAY).toISOString(),
    };
    const sessions = [
      sessionFrom(colleague, `${member.id}-1`, first, new Date(now.getTime() - 42 * DAY)),
      sessionFrom(colleague, `${member.id}-2`, changed(first, member.second(first)), new Date(now.getTime() - 3 * DAY)),
    ];
    return { colleague, sessions };
  });
}
