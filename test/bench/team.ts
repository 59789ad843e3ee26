/**
 * @file Measures the team's figures and rows (issue 12) in Node, as shipped (bundled and minified): 500 colleagues ×
 * 12 typical sessions (a fixture profile checked with the example company's guidelines, about 28 outcomes each, one
 * a month, LinkedIn and X, audience counts growing, guidelines changed half-way), target under 50 ms for each
 * call. It asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import type { Session } from '../../src/coaching/record';
import { DEFAULT_STAGES } from '../../src/coaching/stages';
import { memberOf } from '../../src/coaching/summary';
import type * as Team from '../../src/coaching/team';
import type { ColleagueRecord, TeamInput } from '../../src/coaching/team-types';
import { makeColleague, typicalSession } from '../storage/coaching/records';
import { importShipped } from './bundle';

export interface TeamTiming {
  bench: 'team-figures';
  case: string;
  colleagues: number;
  sessions: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  /** CPU time of the process (user + system) per run, median: what the machine's other load does not inflate. */
  cpuMedianMs: number;
  targetMs: number;
}

const COLLEAGUES = 500;
const SESSIONS_EACH = 12;
const RUNS = 25;
/** Issue 12: the dashboard paints 500 × 12 in under 500 ms; the figures take a tenth of it at most. */
const TARGET_MS = 50;
const DAY_MS = 86_400_000;

const round = (ms: number) => Math.round(ms * 100) / 100;
const quantile = (values: readonly number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] as number;

/** The bench's colleagues: each one's twelve sessions made from one typical session. */
export function benchRecords(colleagues = COLLEAGUES, sessionsEach = SESSIONS_EACH): ColleagueRecord[] {
  const template = typicalSession(makeColleague({ id: 'template' }), 'template');
  const base = Date.parse('2026-11-23T12:00:00.000Z');
  const team: ColleagueRecord[] = Array.from({ length: colleagues }, (_, c) => {
    const colleague = makeColleague({ id: `colleague-${c}`, name: `Colleague ${String(c).padStart(4, '0')}` });
    const sessions: Session[] = Array.from({ length: sessionsEach }, (_, s) => {
      const x = s % 4 === 3;
      return {
        ...template,
        id: `${colleague.id}-${s}`,
        colleagueId: colleague.id,
        site: x ? 'x' : 'linkedin',
        at: new Date(base - (sessionsEach - 1 - s) * 30 * DAY_MS).toISOString(),
        guidelines: { ...template.guidelines, fingerprint: s < sessionsEach / 2 ? 'before' : 'after' },
        score: { ...template.score, overall: (c * 7 + s * 5) % 101 },
        audience: { followers: 100 + c + s * 10, connections: x ? null : 300 + s * 5 },
      };
    });
    return { colleague, sessions };
  });
  return team;
}

/** The bench's team as the figures read it: every colleague summed up as the store keeps them. */
export function benchTeam(colleagues = COLLEAGUES, sessionsEach = SESSIONS_EACH): TeamInput {
  const team = benchRecords(colleagues, sessionsEach).map(memberOf);
  return { team, teamSizes: [{ from: '2025-01-01', size: 600 }], onboardingScore: 70, stages: DEFAULT_STAGES, viewCost: { perThousand: 12, currency: 'EUR' }, today: '2026-12-03' };
}

export async function teamTimings(): Promise<TeamTiming[]> {
  const team = await importShipped<typeof Team>(new URL('../../src/coaching/team.ts', import.meta.url));
  const input = benchTeam();
  const time = (run: () => unknown) => {
    for (let index = 0; index < 5; index += 1) run(); // warm-up: the JIT settles
    const times: number[] = [];
    const cpu: number[] = [];
    for (let index = 0; index < RUNS; index += 1) {
      const [start, startCpu] = [performance.now(), process.cpuUsage()];
      run();
      const used = process.cpuUsage(startCpu);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    return { times, cpu };
  };
  const line = (name: string, { times, cpu }: { times: number[]; cpu: number[] }): TeamTiming => ({
    bench: 'team-figures',
    case: name,
    colleagues: COLLEAGUES,
    sessions: COLLEAGUES * SESSIONS_EACH,
    runs: times.length,
    medianMs: round(quantile(times, 0.5)),
    p90Ms: round(quantile(times, 0.9)),
    cpuMedianMs: round(quantile(cpu, 0.5)),
    targetMs: TARGET_MS,
  });
  return [line('teamFigures, in Node', time(() => team.teamFigures(input))), line('colleagueRows, in Node', time(() => team.colleagueRows(input, 'en')))];
}
