/**
 * @file Team figures written by hand for the reports' and charts' tests (src/coaching/team-types.ts): a team of
 * twelve whose size changed, and a team with nothing yet. The values are made up, consistent with each other (the
 * bins and the unscored add up to the colleagues coached); they do not come from src/coaching/team.ts.
 */
import type { ColleagueRow, TeamFigures } from '../../src/coaching/team-types';

/** Twelve colleagues: eleven scored, one not; the team's size entered from February (20), then March (25). */
export function teamFigures(over: Partial<TeamFigures> = {}): TeamFigures {
  const series = [
    { on: '2026-01-31', count: 2, size: null, share: null },
    { on: '2026-02-28', count: 4, size: 20, share: 0.2 },
    { on: '2026-03-10', count: 9, size: 25, share: 0.36 },
  ];
  return {
    onboarded: { ...(series[2] as (typeof series)[number]), sizeFrom: '2026-03-01', series },
    alignment: { median: 12, count: 7, firstMedian: 48, latestMedian: 63 },
    visibility: {
      linkedinFollowers: { median: 35.5, count: 4 },
      linkedinConnections: { median: -2, count: 3 },
      xFollowers: { median: null, count: 0 },
    },
    gaps: [
      { ruleId: 'company-page-link', step: 'team-up', colleagues: 6 },
      { ruleId: 'headline-keywords', step: 'plan-ahead', colleagues: 4 },
      { ruleId: 'profile-photo', step: 'guidelines', colleagues: 1 },
    ],
    stages: [
      { id: 'safe', count: 9 },
      { id: 'connected', count: 5 },
      { id: 'speaking', count: 2 },
    ],
    stageUnsure: 1,
    distribution: [0, 0, 1, 0, 2, 3, 2, 2, 1, 0].map((count, index) => ({ from: index * 10, to: index === 9 ? 100 : index * 10 + 9, count })),
    unscored: 1,
    value: { audienceGained: 1500, amount: 18, cost: { perThousand: 12, currency: 'EUR' } },
    ...over,
  };
}

/** No colleague, no size, no session: what a fresh dashboard computes. */
export function emptyFigures(): TeamFigures {
  const today = { on: '2026-03-10', count: 0, size: null, share: null };
  return teamFigures({
    onboarded: { ...today, sizeFrom: null, series: [] },
    alignment: { median: null, count: 0, firstMedian: null, latestMedian: null },
    visibility: {
      linkedinFollowers: { median: null, count: 0 },
      linkedinConnections: { median: null, count: 0 },
      xFollowers: { median: null, count: 0 },
    },
    gaps: [],
    stages: [
      { id: 'safe', count: 0 },
      { id: 'connected', count: 0 },
      { id: 'speaking', count: 0 },
    ],
    stageUnsure: 0,
    distribution: Array.from({ length: 10 }, (_, index) => ({ from: index * 10, to: index === 9 ? 100 : index * 10 + 9, count: 0 })),
    unscored: 0,
    value: null,
  });
}

/** A colleague's row, with its defaults: one LinkedIn session scored 70 on 2026-03-10. */
export const colleagueRow = (over: Partial<ColleagueRow> = {}): ColleagueRow => ({
  id: 'c1',
  name: 'Ada Vermeulen',
  sessions: 1,
  latest: { at: '2026-03-10T10:00:00.000Z', site: 'linkedin', overall: 70 },
  change: null,
  stage: { reached: 'safe', unsure: false },
  onboarded: true,
  overdueActions: 0,
  ...over,
});
