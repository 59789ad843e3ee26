/**
 * @file Team records for the team figures' tests and bench: sessions written as one line each (day, score, site,
 * guidelines, outcomes by rule id with the rule's own step, audience counts), and a `TeamInput` around them.
 */
import type { CoachedSite, Colleague, Session, SessionAudience } from '../../src/coaching/record';
import { DEFAULT_STAGES } from '../../src/coaching/stages';
import { memberOf } from '../../src/coaching/summary';
import type { ColleagueRecord, TeamInput } from '../../src/coaching/team-types';
import type { FindingStatus } from '../../src/engine/run-rules';
import type { Step } from '../../src/guidelines/schema';
import { RULES } from '../../src/rules';
import { colleague } from './coaching';

export interface SessionSpec {
  /** YYYY-MM-DD (noon UTC) or a full ISO time. */
  at: string;
  overall?: number | null;
  site?: CoachedSite;
  fingerprint?: string;
  /** Rule id to status; the step is the rule's own (`guidelines` for an unknown id or a `manual:` item). */
  outcomes?: Record<string, FindingStatus>;
  audience?: SessionAudience;
  actions?: Session['actions'];
}

let counter = 0;

const stepOf = (ruleId: string): Step => (RULES[ruleId]?.meta.step as Step | undefined) ?? 'guidelines';

export function teamSession(colleagueId: string, spec: SessionSpec): Session {
  const site = spec.site ?? 'linkedin';
  return {
    id: `s-${colleagueId}-${(counter += 1)}`,
    colleagueId,
    site,
    profileKey: site === 'linkedin' ? `linkedin:in/${colleagueId}` : `x:@${colleagueId}`,
    at: spec.at.length === 10 ? `${spec.at}T12:00:00.000Z` : spec.at,
    guidelines: { name: 'Nordlicht Analytics', fingerprint: spec.fingerprint ?? 'fp-1' },
    score: { overall: spec.overall === undefined ? 50 : spec.overall, steps: { 'clean-up': null, 'plan-ahead': null, 'team-up': null, guidelines: null } },
    outcomes: Object.entries(spec.outcomes ?? {}).map(([ruleId, status]) => ({ ruleId, step: stepOf(ruleId), status, points: 0, labels: [] })),
    answers: {},
    notes: [],
    actions: spec.actions ?? [],
    ...(spec.audience ? { audience: spec.audience } : {}),
  };
}

/** A colleague (id and name) and their sessions. */
export function member(id: string, name: string, specs: SessionSpec[], over: Partial<Colleague> = {}): ColleagueRecord {
  return { colleague: colleague({ id, name, ...over }), sessions: specs.map((spec) => teamSession(id, spec)) };
}

/** The input of the team's figures for these colleagues (each summed up as the store keeps them). */
export function teamInput(team: readonly ColleagueRecord[], over: Partial<TeamInput> = {}): TeamInput {
  return { team: team.map(memberOf), teamSizes: [], onboardingScore: 70, stages: DEFAULT_STAGES, viewCost: null, today: '2026-12-03', ...over };
}
