/**
 * @file Hand-made rows and figures for the dashboard's component tests, and services that hand them to the page
 * (the figures are not computed here: src/coaching/team.ts has its own tests).
 */
import { vi } from 'vitest';
import type { ColleagueRow, TeamFigures, TeamInput, TeamSize, ViewCost } from '../../../src/coaching/team-types';
import type { DashboardServices } from '../../../src/ui/dashboard/dashboard-page';

export const TODAY = new Date(2026, 11, 3, 10);

export function row(overrides: Partial<ColleagueRow> & Pick<ColleagueRow, 'id' | 'name'>): ColleagueRow {
  return {
    sessions: 2,
    latest: { at: '2026-11-20T10:00:00.000Z', site: 'linkedin', overall: 60 },
    change: null,
    stage: { reached: 'safe', unsure: false },
    onboarded: false,
    overdueActions: 0,
    ...overrides,
  };
}

export const ROWS: ColleagueRow[] = [
  row({ id: 'c', name: 'Chloé Dubois', latest: { at: '2026-10-02T10:00:00.000Z', site: 'x', overall: 82 }, change: 12, stage: { reached: 'speaking', unsure: false }, onboarded: true, sessions: 3 }),
  row({ id: 'a', name: 'Ada Vermeulen', latest: { at: '2026-11-20T10:00:00.000Z', site: 'linkedin', overall: 48 }, change: -4, stage: { reached: null, unsure: true }, overdueActions: 2, sessions: 5 }),
  row({ id: 'b', name: 'bram Peeters', latest: null, change: null, stage: { reached: null, unsure: false }, sessions: 0 }),
  row({ id: 'd', name: 'Dirk de Smet', latest: { at: '2026-11-28T10:00:00.000Z', site: 'linkedin', overall: 71 }, change: 0, stage: { reached: 'connected', unsure: false }, onboarded: true, overdueActions: 1, sessions: 1 }),
];

export const FIGURES: TeamFigures = {
  onboarded: {
    on: '2026-12-03',
    count: 2,
    size: 20,
    share: 0.1,
    sizeFrom: '2026-09-01',
    series: [{ on: '2026-12-03', count: 2, size: 20, share: 0.1 }],
  },
  alignment: { median: 8, count: 3, firstMedian: 52, latestMedian: 60 },
  visibility: {
    linkedinFollowers: { median: 35.5, count: 2 },
    linkedinConnections: { median: null, count: 0 },
    xFollowers: { median: -5, count: 1 },
  },
  gaps: [
    { ruleId: 'headline-keywords', step: 'plan-ahead', colleagues: 3 },
    { ruleId: 'profile-photo', step: 'guidelines', colleagues: 1 },
  ],
  stages: [
    { id: 'safe', count: 2 },
    { id: 'connected', count: 2 },
    { id: 'speaking', count: 1 },
  ],
  stageUnsure: 1,
  distribution: Array.from({ length: 10 }, (_, index) => ({ from: index * 10, to: index === 9 ? 100 : index * 10 + 9, count: [4, 7, 8].includes(index) ? 1 : 0 })),
  unscored: 1,
  value: { audienceGained: 1500, amount: 18, cost: { perThousand: 12, currency: 'EUR' } },
};

export const STAGES = [
  { id: 'safe', rules: ['profile-photo'], steps: ['guidelines'] },
  { id: 'connected', rules: ['company-page-link'], steps: [] },
  { id: 'speaking', rules: ['headline-keywords'], steps: [] },
] as const;

export interface FakeOptions {
  rows?: ColleagueRow[];
  figures?: TeamFigures;
  teamSizes?: TeamSize[];
  viewCost?: ViewCost | null;
}

/** Services over hand-made rows and figures; the settings are kept in memory and the calls recorded. */
export function fakeServices({ rows = ROWS, figures = FIGURES, teamSizes = [{ from: '2026-09-01', size: 20 }], viewCost = null }: FakeOptions = {}) {
  const inputs: TeamInput[] = [];
  const services = {
    load: vi.fn(async () => ({ team: [], teamSizes, viewCost })),
    guidelines: vi.fn(async () => ({ onboardingScore: 70, stages: STAGES })),
    saveTeamSizes: vi.fn(async (sizes: TeamSize[]) => {
      teamSizes = sizes;
    }),
    saveViewCost: vi.fn(async (cost: ViewCost | null) => {
      viewCost = cost;
    }),
    rows: (input: TeamInput) => {
      inputs.push(input);
      return rows;
    },
    figures: () => figures,
    now: () => TODAY,
    download: vi.fn(),
    print: vi.fn(),
  } satisfies DashboardServices;
  return { services, inputs };
}
