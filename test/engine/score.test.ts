import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/run-rules';
import { pointsToRecover, rankFindings, scoreOf } from '../../src/engine/score';

let serial = 0;
function finding(overrides: Partial<Finding>): Finding {
  serial += 1;
  return {
    ruleId: `rule-${String(serial).padStart(2, '0')}`,
    step: 'plan-ahead',
    severity: 'moderate',
    status: 'pass',
    title: 't',
    why: 'w',
    message: null,
    evidence: [],
    fix: null,
    weight: 1,
    score: 1,
    ...overrides,
  };
}
const failed = (weight: number, score = 0, overrides: Partial<Finding> = {}) =>
  finding({ status: 'fail', weight, score, ...overrides });
const passed = (weight: number, overrides: Partial<Finding> = {}) => finding({ weight, ...overrides });

describe('scoreOf', () => {
  it.each([
    ['all passed', [passed(3), passed(1)], 100],
    ['all failed', [failed(3), failed(1)], 0],
    ['weighted mean', [passed(3), failed(1)], 75],
    ['partial credit', [failed(2, 0.5), passed(2)], 75],
    ['rounded', [passed(1), failed(1), failed(1)], 33],
    ['weight 0 counts for nothing', [passed(0), failed(1)], 0],
  ])('%s', (_name, findings, expected) => {
    expect(scoreOf(findings).overall).toBe(expected);
  });

  it('ignores not applicable, incomplete and errored findings', () => {
    const findings = [
      passed(1),
      finding({ status: 'incomplete', score: null, weight: 10 }),
      finding({ status: 'notApplicable', score: null, weight: 10 }),
      finding({ status: 'error', score: null, weight: 10 }),
    ];
    expect(scoreOf(findings).overall).toBe(100);
  });

  it('says "not enough data" (null), never 0, when nothing could be scored', () => {
    expect(scoreOf([]).overall).toBeNull();
    expect(scoreOf([finding({ status: 'incomplete', score: null })])).toEqual({
      overall: null,
      steps: { 'clean-up': null, 'plan-ahead': null, 'team-up': null, guidelines: null },
    });
  });

  it('scores each checklist step on its own findings', () => {
    const score = scoreOf([
      passed(1, { step: 'clean-up' }),
      failed(1, 0, { step: 'team-up' }),
      passed(3, { step: 'team-up' }),
    ]);
    expect(score.steps).toEqual({ 'clean-up': 100, 'plan-ahead': null, 'team-up': 75, guidelines: null });
    expect(score.overall).toBe(80);
  });
});

describe('ranking', () => {
  it('puts the failure that recovers most points first, then by severity', () => {
    const small = failed(1, 0, { ruleId: 'small' });
    const big = failed(5, 0, { ruleId: 'big' });
    const halfBig = failed(5, 0.9, { ruleId: 'half-big', severity: 'critical' });
    const critical = failed(1, 0, { ruleId: 'critical', severity: 'critical' });
    const ok = passed(10, { ruleId: 'ok' });
    const unread = finding({ ruleId: 'unread', status: 'incomplete', score: null });
    const all = [ok, small, unread, halfBig, critical, big];
    expect(rankFindings(all).map((f) => f.ruleId)).toEqual(['big', 'critical', 'small', 'half-big', 'unread', 'ok']);
    expect(pointsToRecover(big, all)).toBeCloseTo((100 * 5) / 22);
    expect(pointsToRecover(ok, all)).toBe(0);
  });
});
