/**
 * @file The brand-alignment score: for the whole page and for each checklist step, the weighted mean of the scored
 * findings (passed and failed), as 0-100. Not applicable, incomplete and errored findings weigh nothing; when
 * nothing could be scored the score is null ("not enough data"), never 0. Also ranks findings by the points
 * fixing them would recover. Modelled on Lighthouse's scoring.
 */
import { STEPS, type Step } from '../guidelines/schema';
import type { Finding } from './run-rules';

export interface Score {
  overall: number | null;
  steps: Record<Step, number | null>;
}

function weightedMean(findings: readonly Finding[]): number | null {
  let weights = 0;
  let sum = 0;
  for (const finding of findings) {
    if (finding.score === null || finding.weight <= 0) continue;
    weights += finding.weight;
    sum += finding.weight * finding.score;
  }
  return weights === 0 ? null : Math.round((100 * sum) / weights);
}

export function scoreOf(findings: readonly Finding[]): Score {
  const steps = Object.fromEntries(STEPS.map((step) => [step, weightedMean(findings.filter((f) => f.step === step))]));
  return { overall: weightedMean(findings), steps: steps as Record<Step, number | null> };
}

/** Points of the overall score that fixing this finding would recover (0 for anything not failed). */
export function pointsToRecover(finding: Finding, findings: readonly Finding[], total = scoredWeight(findings)): number {
  if (finding.status !== 'fail' || finding.score === null) return 0;
  return total === 0 ? 0 : (100 * finding.weight * (1 - finding.score)) / total;
}

function scoredWeight(findings: readonly Finding[]): number {
  return findings.reduce((sum, f) => sum + (f.score === null ? 0 : Math.max(0, f.weight)), 0);
}

/** `pointsToRecover` of every finding, in order, with the total weight computed once. */
export function pointsOf(findings: readonly Finding[]): number[] {
  const total = scoredWeight(findings);
  return findings.map((finding) => pointsToRecover(finding, findings, total));
}

const SEVERITY_ORDER = { critical: 0, serious: 1, moderate: 2, minor: 3 } as const;

/** Failures first, most points first; then severity; then incomplete, errors, passes; stable by rule id. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  const statusOrder = { fail: 0, incomplete: 1, error: 2, pass: 3, notApplicable: 4 } as const;
  const byFinding = pointsOf(findings);
  const points = new Map(findings.map((f, i) => [f, byFinding[i] as number]));
  return [...findings].sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      (points.get(b) ?? 0) - (points.get(a) ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
