import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionProgress } from '../../src/coaching/actions';
import { byTime } from '../../src/coaching/diff';
import type { Session } from '../../src/coaching/record';
import { memberOf, overdueOf, summaryFrom, summaryOf } from '../../src/coaching/summary';
import { colleagueFacts, colleagueRows, medianOf, monthEnds, sizeOn, teamBasis, teamFigures } from '../../src/coaching/team';
import type { ColleagueRecord, SessionBrief, TeamMember } from '../../src/coaching/team-types';
import { calendarDayOf } from '../../src/engine/dates';
import { action } from '../helpers/coaching';
import { member, teamInput, teamSession } from '../helpers/team';

const SAFE = { 'banned-terms': 'pass', 'profile-photo': 'pass', 'current-position-company': 'pass' } as const;
const CONNECTED = { 'company-page-link': 'pass', 'website-link': 'pass', 'website-domain': 'pass', 'company-handle': 'pass' } as const;
const SPEAKING = { 'headline-keywords': 'pass', 'about-keywords': 'pass', 'campaign-presence': 'pass', 'cross-site-consistency': 'pass' } as const;

/**
 * The hand-computed team (today 2026-12-03, onboarding at 70). Each line's figures are worked out in the comments;
 * the expectations below add them up.
 */
const TEAM: ColleagueRecord[] = [
  // Latest 80 (change 80 - 60 = +20), alignment 40 -> 80; LinkedIn followers 200 -> 260 (+30 %), connections
  // 500 -> 550 (+10 %), 71 days apart. Stage connected (headline-keywords failed). One overdue action.
  member('ana', 'Ana Bos', [
    { at: '2026-09-10', overall: 40, audience: { followers: 200, connections: 500 } },
    {
      at: '2026-10-15',
      overall: 60,
      actions: [action('headline-keywords', '2026-11-01'), action('website-link', '2026-11-01'), action('about-keywords', '2026-12-31')],
    },
    { at: '2026-11-20', overall: 80, audience: { followers: 260, connections: 550 }, outcomes: { ...SAFE, ...CONNECTED, 'headline-keywords': 'fail' } },
  ]),
  // One session: no change, no alignment, no visibility. The photo not read: unsure of the safe stage.
  member('bo', 'Bo Claes', [
    { at: '2026-11-01', overall: 75, audience: { followers: 100, connections: 80 }, outcomes: { 'profile-photo': 'incomplete', 'company-page-link': 'fail' } },
  ]),
  // Guidelines changed after the first session: change 72 - 65 = +7, alignment 65 -> 72 (not from 50). Speaking.
  member('cas', 'Cas Dubois', [
    { at: '2026-08-05', overall: 50, fingerprint: 'fp-1', outcomes: { 'headline-keywords': 'fail' } },
    { at: '2026-10-01', overall: 65, fingerprint: 'fp-2' },
    { at: '2026-11-25', overall: 72, fingerprint: 'fp-2', outcomes: { ...SAFE, ...CONNECTED, ...SPEAKING } },
  ]),
  // Two sites. Latest is X's 45: change 45 - 55 = -10, alignment 55 -> 45. LinkedIn followers 1000 -> 1100 and
  // connections 300 -> 330 (+10 % each, 31 days apart); X followers 400 -> 380 (-5 %, 39 days). Stage safe
  // (LinkedIn's latest failed the page link; X's the handle).
  member('dee', 'Dee Evers', [
    { at: '2026-08-01', overall: 70, audience: { followers: 1000, connections: 300 } },
    {
      at: '2026-09-01',
      overall: 90,
      audience: { followers: 1100, connections: 330 },
      outcomes: { ...SAFE, 'company-page-link': 'fail', 'headline-keywords': 'fail' },
    },
    { at: '2026-10-20', overall: 55, site: 'x', audience: { followers: 400, connections: null } },
    { at: '2026-11-28', overall: 45, site: 'x', audience: { followers: 380, connections: null }, outcomes: { 'banned-terms': 'pass', 'company-handle': 'fail' } },
  ]),
  // The first session scored nothing: change null (a score is null), no alignment (the first scored is the latest);
  // followers from 0: no change in per cent.
  member('eli', 'Eli Fontaine', [
    { at: '2026-10-10', overall: null, audience: { followers: 0, connections: null } },
    { at: '2026-11-10', overall: 30, audience: { followers: 50, connections: null }, outcomes: { 'banned-terms': 'fail', 'headline-keywords': 'fail' } },
  ]),
  // No session yet.
  member('fay', 'Fay Gerard', []),
  // Latest unscored; 19 days between the counts: no visibility. Safe, unsure of connected (handle not read).
  member('gus', 'Gus Hermans', [
    { at: '2026-10-01', overall: 60, audience: { followers: 100, connections: 50 }, outcomes: { 'about-keywords': 'fail' } },
    { at: '2026-10-20', overall: null, audience: { followers: 120, connections: 55 }, outcomes: { ...SAFE, 'company-handle': 'incomplete' } },
  ]),
];

// Unsorted on purpose; the size grew from 4 to 10 on 2026-11-15.
const SIZES = [
  { from: '2026-11-15', size: 10 },
  { from: '2026-08-01', size: 4 },
];

describe('teamFigures on the hand-computed team', () => {
  const figures = teamFigures(teamInput(TEAM, { teamSizes: SIZES, viewCost: { perThousand: 12, currency: 'EUR' } }));

  it('counts the onboarded each month against the size of that day, not today’s', () => {
    expect(figures.onboarded).toEqual({
      on: '2026-12-03',
      count: 3,
      size: 10,
      share: 0.3,
      sizeFrom: '2026-11-15',
      series: [
        // Dee at 70 on Aug 1 and 90 on Sep 1; her X session of Oct 20 (55) is her newest after that.
        { on: '2026-08-31', count: 1, size: 4, share: 0.25 },
        { on: '2026-09-30', count: 1, size: 4, share: 0.25 },
        { on: '2026-10-31', count: 0, size: 4, share: 0 },
        // Ana 80, Bo 75, Cas 72.
        { on: '2026-11-30', count: 3, size: 10, share: 0.3 },
        { on: '2026-12-03', count: 3, size: 10, share: 0.3 },
      ],
    });
  });

  it('gives the median alignment over colleagues with two sessions under the latest’s guidelines', () => {
    // Changes -10, +7, +40; firsts 40, 65, 55; latests 80, 72, 45.
    expect(figures.alignment).toEqual({ median: 7, count: 3, firstMedian: 55, latestMedian: 72 });
  });

  it('gives the median visibility per figure over pairs at least 30 days apart', () => {
    expect(figures.visibility).toEqual({
      linkedinFollowers: { median: 20, count: 2 },
      linkedinConnections: { median: 10, count: 2 },
      xFollowers: { median: -5, count: 1 },
    });
  });

  it('lists the open findings of the latest sessions, once per colleague, most first and ties by rule id', () => {
    expect(figures.gaps).toEqual([
      { ruleId: 'headline-keywords', step: 'plan-ahead', colleagues: 3 },
      { ruleId: 'company-page-link', step: 'team-up', colleagues: 2 },
      { ruleId: 'banned-terms', step: 'guidelines', colleagues: 1 },
      { ruleId: 'company-handle', step: 'team-up', colleagues: 1 },
    ]);
  });

  it('counts colleagues at each stage or beyond, and the unsure apart', () => {
    expect(figures.stages).toEqual([
      { id: 'safe', count: 4 },
      { id: 'connected', count: 2 },
      { id: 'speaking', count: 1 },
    ]);
    expect(figures.stageUnsure).toBe(2);
  });

  it('bins the latest scores and counts the unscored', () => {
    expect(figures.distribution.filter((bin) => bin.count > 0)).toEqual([
      { from: 30, to: 39, count: 1 },
      { from: 40, to: 49, count: 1 },
      { from: 70, to: 79, count: 2 },
      { from: 80, to: 89, count: 1 },
    ]);
    expect(figures.distribution.map((bin) => `${bin.from}-${bin.to}`)).toEqual([
      '0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89', '90-100',
    ]);
    expect(figures.unscored).toBe(2);
  });

  it('prices the audience gained, losses included, at the cost per thousand views', () => {
    // Ana +60 +50, Dee +100 +30, Dee on X -20: 220 views at 12 EUR per thousand.
    expect(figures.value).toEqual({ audienceGained: 220, amount: 2.64, cost: { perThousand: 12, currency: 'EUR' } });
  });

  it('gives no value without a view cost', () => {
    expect(teamFigures(teamInput(TEAM)).value).toBeNull();
  });

  it('says which colleagues each figure stands on, by id', () => {
    const basis = teamBasis(teamInput(TEAM, { teamSizes: SIZES }));
    expect(basis.onboarded).toEqual(['ana', 'bo', 'cas']);
    expect(basis.alignment).toEqual([
      { id: 'ana', first: 40, latest: 80 },
      { id: 'cas', first: 65, latest: 72 },
      { id: 'dee', first: 55, latest: 45 },
    ]);
    expect(basis.visibility.linkedinFollowers.map((pair) => [pair.id, pair.first, pair.latest, pair.change])).toEqual([
      ['ana', 200, 260, 30],
      ['dee', 1000, 1100, 10],
    ]);
    expect(basis.visibility.xFollowers.map((pair) => pair.id)).toEqual(['dee']);
    expect(basis.gaps).toEqual([
      { ruleId: 'headline-keywords', ids: ['ana', 'dee', 'eli'] },
      { ruleId: 'company-page-link', ids: ['bo', 'dee'] },
      { ruleId: 'banned-terms', ids: ['eli'] },
      { ruleId: 'company-handle', ids: ['dee'] },
    ]);
    expect(basis.stages).toEqual([
      { id: 'safe', ids: ['ana', 'cas', 'dee', 'gus'] },
      { id: 'connected', ids: ['ana', 'cas'] },
      { id: 'speaking', ids: ['cas'] },
    ]);
    expect(basis.stageUnsure).toEqual(['bo', 'gus']);
    expect(basis.unscored).toEqual(['fay', 'gus']);
  });
});

describe('colleagueRows', () => {
  it('gives each colleague’s latest, change, stage, onboarding and overdue actions, by name', () => {
    const rows = colleagueRows(teamInput(TEAM), 'en');
    expect(rows.map((row) => [row.name, row.sessions, row.latest === null ? '-' : row.latest.overall, row.change, row.stage.reached, row.stage.unsure, row.onboarded, row.overdueActions])).toEqual([
      ['Ana Bos', 3, 80, 20, 'connected', false, true, 1],
      ['Bo Claes', 1, 75, null, null, true, true, 0],
      ['Cas Dubois', 3, 72, 7, 'speaking', false, true, 0],
      ['Dee Evers', 4, 45, -10, 'safe', false, false, 0],
      ['Eli Fontaine', 2, 30, null, null, false, false, 0],
      ['Fay Gerard', 0, '-', null, null, false, false, 0],
      ['Gus Hermans', 2, null, null, 'safe', true, false, 0],
    ]);
    expect(rows[3]?.latest).toEqual({ at: '2026-11-28T12:00:00.000Z', site: 'x', overall: 45 });
    expect(rows[5]?.latest).toBeNull();
  });

  it('sorts names as the reader’s language does, not by code point', () => {
    const team = [member('z', 'Zoë Maes', []), member('e', 'émile Petit', []), member('a', 'Adam Smit', [])];
    expect(colleagueRows(teamInput(team), 'en').map((row) => row.id)).toEqual(['a', 'e', 'z']);
  });
});

describe('the pieces', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(medianOf([])).toEqual({ median: null, count: 0 });
    expect(medianOf([5, 1, 3])).toEqual({ median: 3, count: 3 });
    expect(medianOf([4, 1, 3, 10])).toEqual({ median: 3.5, count: 4 });
  });

  it('ends each month on its last day, leap years included, up to the month before today', () => {
    expect(monthEnds('2027-12-15', '2028-03-01')).toEqual(['2027-12-31', '2028-01-31', '2028-02-29']);
    expect(monthEnds('2026-12-01', '2026-12-03')).toEqual([]);
  });

  it('gives no share before the first size was entered', () => {
    const team = [member('ana', 'Ana', [{ at: '2026-10-05', overall: 80 }])];
    const figures = teamFigures(teamInput(team, { teamSizes: [{ from: '2026-11-01', size: 5 }] }));
    expect(figures.onboarded.series).toEqual([
      { on: '2026-10-31', count: 1, size: null, share: null },
      { on: '2026-11-30', count: 1, size: 5, share: 0.2 },
      { on: '2026-12-03', count: 1, size: 5, share: 0.2 },
    ]);
    expect(sizeOn([{ from: '2026-11-01', size: 5 }], '2026-10-31')).toBeNull();
  });

  it('has only today’s point, with no share, for a team without sessions or sizes', () => {
    const figures = teamFigures(teamInput([member('fay', 'Fay', [])]));
    expect(figures.onboarded).toEqual({ on: '2026-12-03', count: 0, size: null, share: null, sizeFrom: null, series: [{ on: '2026-12-03', count: 0, size: null, share: null }] });
    expect(figures.alignment).toEqual({ median: null, count: 0, firstMedian: null, latestMedian: null });
  });

  it('counts a visibility pair exactly 30 days apart and not one a minute short', () => {
    const pair = (later: string) =>
      teamFigures(
        teamInput([
          member('ana', 'Ana', [
            { at: '2026-10-01T09:00:00.000Z', audience: { followers: 100, connections: null } },
            { at: later, audience: { followers: 150, connections: null } },
          ]),
        ]),
      ).visibility.linkedinFollowers;
    expect(pair('2026-10-31T09:00:00.000Z')).toEqual({ median: 50, count: 1 });
    expect(pair('2026-10-31T08:59:00.000Z')).toEqual({ median: null, count: 0 });
  });

  it('pairs the first and latest sessions that have the count, skipping those without (older records)', () => {
    const team = [
      member('ana', 'Ana', [
        { at: '2026-06-01' },
        { at: '2026-07-01', audience: { followers: 200, connections: null } },
        { at: '2026-09-01', audience: { followers: 300, connections: 90 } },
        { at: '2026-10-01' },
      ]),
    ];
    const { visibility } = teamBasis(teamInput(team));
    expect(visibility.linkedinFollowers.map((item) => [item.first, item.latest, item.change])).toEqual([[200, 300, 50]]);
    // One session with connections: no pair.
    expect(visibility.linkedinConnections).toEqual([]);
  });

  it('keeps the five most common gaps, ties by rule id', () => {
    const fails = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'fail' as const]));
    const team = [
      member('a', 'A', [{ at: '2026-11-01', outcomes: fails('rule-g', 'rule-b', 'rule-c', 'rule-d', 'rule-e', 'rule-f') }]),
      member('b', 'B', [{ at: '2026-11-01', outcomes: fails('rule-g', 'rule-c', 'rule-f', 'rule-a') }]),
      member('c', 'C', [{ at: '2026-11-01', outcomes: fails('rule-g') }]),
    ];
    expect(teamFigures(teamInput(team)).gaps.map((gap) => [gap.ruleId, gap.colleagues])).toEqual([
      ['rule-g', 3],
      ['rule-c', 2],
      ['rule-f', 2],
      ['rule-a', 1],
      ['rule-b', 1],
    ]);
  });

  it('counts a value of zero, not none, when the pairs gained nothing', () => {
    const team = [member('ana', 'Ana', [{ at: '2026-09-01', audience: { followers: 100, connections: 10 } }, { at: '2026-11-01', audience: { followers: 100, connections: 10 } }])];
    expect(teamFigures(teamInput(team, { viewCost: { perThousand: 12, currency: 'EUR' } })).value).toEqual({
      audienceGained: 0,
      amount: 0,
      cost: { perThousand: 12, currency: 'EUR' },
    });
  });
});

// --- Properties ------------------------------------------------------------------------------------------------

const DAYS = fc.integer({ min: 0, max: 500 }).map((offset) => new Date(Date.UTC(2025, 6, 1) + offset * 86_400_000).toISOString());
const STATUS = fc.constantFrom('pass', 'fail', 'notApplicable', 'incomplete', 'error' as const);
const RULE = fc.constantFrom('profile-photo', 'banned-terms', 'company-handle', 'headline-keywords', 'website-link');
const SESSION = fc.record({
  at: DAYS,
  overall: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  site: fc.constantFrom('linkedin', 'x' as const),
  fingerprint: fc.constantFrom('fp-1', 'fp-2'),
  outcomes: fc.dictionary(RULE, STATUS, { maxKeys: 5 }),
  audience: fc.option(fc.record({ followers: fc.option(fc.nat(5000), { nil: null }), connections: fc.option(fc.nat(5000), { nil: null }) }), {
    nil: undefined,
  }),
  actions: fc.array(fc.record({ ruleId: fc.oneof(RULE, fc.constantFrom('manual:plan')), due: DAYS.map((at) => at.slice(0, 10)) }), { maxLength: 2 }),
});
const TEAM_ARB = fc.array(fc.array(SESSION, { maxLength: 6 }), { maxLength: 8 }).map((people) =>
  people.map((specs, index) =>
    member(
      `c${index}`,
      `Colleague ${index}`,
      specs.map((spec) => ({ ...spec, actions: spec.actions.map((item, n) => action(item.ruleId, item.due, { id: `a${n}` })) })),
    ),
  ),
);
const TODAY = '2026-12-03';

describe('days', () => {
  it('counts a session on the local day it was made: 02:00 UTC on 1 December is 30 November in New York', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const team = [member('ana', 'Ana Bos', [{ at: '2026-12-01T02:00:00.000Z', overall: 80 }])];
      const { onboarded } = teamFigures(teamInput(team, { today: '2026-12-03' }));
      expect(onboarded.series.map((point) => [point.on, point.count])).toEqual([
        ['2026-11-30', 1],
        ['2026-12-03', 1],
      ]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

/** A moment within 15 hours of a month's end in UTC, in steps of a quarter hour: local midnight in any zone. */
const NEAR_MONTH_END = fc
  .record({ month: fc.integer({ min: 0, max: 16 }), quarters: fc.integer({ min: -60, max: 60 }) })
  .map(({ month, quarters }) => new Date(Date.UTC(2025, 9 + month, 1) + quarters * 15 * 60_000).toISOString());

/** The onboarded count on each day of the series, as worked out from each session's local day written out. */
function onboardedByDay(records: readonly ColleagueRecord[], days: readonly string[], onboardingScore: number): number[] {
  return days.map(
    (day) =>
      records.filter(({ sessions }) => {
        const before = byTime(sessions).filter((session) => calendarDayOf(session.at) <= day);
        const overall = before.at(-1)?.score.overall ?? null;
        return overall !== null && overall >= onboardingScore;
      }).length,
  );
}

describe('days, in zones whose clocks change', () => {
  // Chosen for their clock changes around midnight (Santiago's and Havana's happen at midnight, Sao Paulo's did),
  // and an offset in quarter hours (Kathmandu).
  for (const zone of ['America/Santiago', 'America/Havana', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Europe/Paris']) {
    it(`counts each session on its local day in ${zone}, as the day written out says`, () => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        const people = fc.array(fc.array(fc.record({ at: NEAR_MONTH_END, overall: fc.integer({ min: 60, max: 80 }) }), { maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        });
        fc.assert(
          fc.property(people, (specs) => {
            const records = specs.map((sessions, index) => member(`c${index}`, `Colleague ${index}`, sessions));
            const { onboarded } = teamFigures(teamInput(records, { today: '2027-03-01' }));
            const days = onboarded.series.map((point) => point.on);
            expect(onboarded.series.map((point) => point.count)).toEqual(onboardedByDay(records, days, 70));
            const first = records.flatMap(({ sessions }) => sessions.map((session) => calendarDayOf(session.at))).sort()[0];
            if (first !== undefined) expect(days[0]).toBe(monthEnds(first, '2027-03-01')[0] ?? '2027-03-01');
          }),
          { numRuns: 200 },
        );
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    });
  }
});

describe('properties', () => {
  it('keeps every median within the smallest and largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        const { median } = medianOf(values);
        return median !== null && median >= Math.min(...values) && median <= Math.max(...values);
      }),
    );
  });

  it('never counts more onboarded, staged or unsure colleagues than there are', () => {
    fc.assert(
      fc.property(TEAM_ARB, (team) => {
        const figures = teamFigures(teamInput(team, { today: TODAY }));
        const most = team.length;
        return (
          [figures.onboarded, ...figures.onboarded.series].every((point) => point.count <= most) &&
          figures.stages.every((stage, index) => stage.count <= most && (index === 0 || stage.count <= (figures.stages[index - 1]?.count ?? 0))) &&
          figures.stageUnsure <= most &&
          figures.unscored + figures.distribution.reduce((sum, bin) => sum + bin.count, 0) === most
        );
      }),
    );
  });

  it('never changes the latest-based figures when a session older than all others is added', () => {
    fc.assert(
      fc.property(TEAM_ARB, SESSION, (team, extra) => {
        const input = teamInput(team, { today: TODAY });
        const grown = team.map((record) => {
          const oldest = [...record.sessions].sort((a, b) => a.at.localeCompare(b.at))[0];
          if (!oldest) return record;
          const older = teamSession(record.colleague.id, { ...extra, actions: [], site: oldest.site, at: new Date(Date.parse(oldest.at) - 86_400_000).toISOString() });
          return { ...record, sessions: [...record.sessions, older] };
        });
        const [before, after] = [teamFigures(input), teamFigures({ ...input, team: grown.map(memberOf) })];
        const latest = (figures: typeof before) => [figures.onboarded.count, figures.distribution, figures.unscored, figures.stages, figures.stageUnsure, figures.gaps];
        const rows = (records: ColleagueRecord[]) => colleagueRows({ ...input, team: records.map(memberOf) }).map((row) => [row.id, row.latest, row.stage, row.onboarded]);
        expect(latest(after)).toEqual(latest(before));
        expect(rows(grown)).toEqual(rows(team));
      }),
    );
  });

  it('gives the same figures, basis and rows from each colleague\'s facts worked out beforehand (as team-report keeps them)', () => {
    fc.assert(
      fc.property(TEAM_ARB, fc.integer({ min: 0, max: 100 }), (team, onboardingScore) => {
        const input = teamInput(team, { today: TODAY, onboardingScore, teamSizes: SIZES });
        const { team: members, ...rest } = input;
        const factsInput = { ...rest, facts: members.map((each) => colleagueFacts(each, input)) };
        expect(teamFigures(factsInput)).toEqual(teamFigures(input));
        expect(teamBasis(factsInput)).toEqual(teamBasis(input));
        expect(colleagueRows(factsInput, 'en')).toEqual(colleagueRows(input, 'en'));
      }),
    );
  });

  it('counts overdue actions as actionProgress does', () => {
    fc.assert(
      fc.property(TEAM_ARB, (team) => {
        for (const { sessions } of team) {
          expect(overdueOf(summaryOf(sessions), TODAY)).toBe(actionProgress(sessions, TODAY).filter((item) => item.state === 'overdue').length);
        }
      }),
    );
  });

  it('sums up the sessions retention leaves as it sums up what is left after it', () => {
    const cutoffs = fc.date({ min: new Date('2026-07-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString());
    fc.assert(
      fc.property(TEAM_ARB, cutoffs, (team, cutoff) => {
        for (const { sessions } of team) {
          expect(summaryFrom(summaryOf(sessions), cutoff)).toEqual(summaryOf(sessions.filter((session) => session.at >= cutoff)));
        }
      }),
    );
  });

  it('gives the same summary whatever the order of the sessions', () => {
    fc.assert(
      fc.property(TEAM_ARB, fc.nat(), (team, turn) => {
        for (const { sessions } of team) {
          const at = sessions.length === 0 ? 0 : turn % sessions.length;
          const turned = [...sessions.slice(at), ...sessions.slice(0, at)];
          expect(summaryOf(turned)).toEqual(summaryOf(sessions));
          expect(summaryOf([...sessions].reverse())).toEqual(summaryOf(sessions));
        }
      }),
    );
  });
});

// --- Cost -------------------------------------------------------------------------------------------------------

/** `value`'s copy whose `keys` count every read (through `count`). */
function watched<T extends object>(value: T, keys: readonly (keyof T)[], count: () => void): T {
  const copy = { ...value };
  for (const key of keys) {
    const field = value[key];
    Object.defineProperty(copy, key, {
      get: () => {
        count();
        return field;
      },
    });
  }
  return copy;
}

/** A team of `people` colleagues with `count` sessions each, their records and their summaries (as the figures read them). */
function countedTeam(people: number, count: number): { records: ColleagueRecord[]; team: TeamMember[]; sessionReads: () => number; briefReads: () => number } {
  let [sessionReads, briefReads] = [0, 0];
  const records = Array.from({ length: people }, (_, person) =>
    member(
      `c${person}`,
      `Colleague ${person}`,
      Array.from({ length: count }, (_, index) => ({
        at: new Date(Date.UTC(2025, 0, 1) + index * 20 * 86_400_000).toISOString(),
        overall: (person * 7 + index * 13) % 101,
        site: index % 3 === 0 ? ('x' as const) : ('linkedin' as const),
        fingerprint: index < count / 2 ? 'fp-1' : 'fp-2',
        outcomes: { 'profile-photo': 'pass', 'company-handle': index % 2 ? 'fail' : 'pass', 'headline-keywords': 'fail' },
        audience: { followers: 100 + index, connections: 200 + index },
        actions: [action('headline-keywords', '2026-01-01')],
      })),
    ),
  );
  const team = records.map(memberOf).map(({ colleague, summary }) => ({
    colleague,
    summary: {
      ...summary,
      sessions: summary.sessions.map((brief) =>
        watched<SessionBrief>(brief, ['at', 'site', 'fingerprint', 'overall', 'audience'], () => void (briefReads += 1)),
      ),
    },
  }));
  const watchedRecords = records.map((record) => ({
    ...record,
    sessions: record.sessions.map((session) =>
      watched<Session>(session, ['at', 'outcomes', 'guidelines', 'site', 'score', 'actions', 'audience'], () => void (sessionReads += 1)),
    ),
  }));
  return { records: watchedRecords, team, sessionReads: () => sessionReads, briefReads: () => briefReads };
}

describe('cost', () => {
  const input = (team: readonly TeamMember[]) => ({ ...teamInput([]), team });
  const readsFor = (people: number, count: number) => {
    const { team, briefReads } = countedTeam(people, count);
    const figuresInput = input(team);
    teamFigures(figuresInput);
    colleagueRows(figuresInput);
    return briefReads() / (people * count);
  };

  it('reads each session in brief a bounded number of times, however many colleagues', () => {
    const [small, large] = [readsFor(100, 12), readsFor(200, 12)];
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(small * 1.05);
    expect(large).toBeLessThan(200);
  });

  it('reads each session a bounded number of times to sum it up, however many sessions', () => {
    const readsPer = (count: number) => {
      const { records, sessionReads } = countedTeam(20, count);
      for (const { sessions } of records) summaryOf(sessions);
      return sessionReads() / (20 * count);
    };
    const [few, many] = [readsPer(12), readsPer(96)];
    expect(few).toBeGreaterThan(0);
    // Sorting reads `at` about log2(n) times a session; everything else a fixed number of times.
    expect(many).toBeLessThan(few + 2 * Math.log2(96 / 12) + 1);
  });

  it('works out each colleague once for the rows and the figures of one input', () => {
    const { team, briefReads } = countedTeam(50, 12);
    const figuresInput = input(team);
    teamFigures(figuresInput);
    const figuresOnly = briefReads();
    colleagueRows(figuresInput);
    // The rows of an input whose figures were computed read only the latest session of each colleague again (its
    // time, site and score), not the twelve: the rest was worked out for the figures.
    expect(figuresOnly).toBeGreaterThan(50 * 12);
    expect(briefReads() - figuresOnly).toBeLessThanOrEqual(50 * 4);
  });
});
