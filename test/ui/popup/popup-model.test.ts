/** @file Where findings go: open by step (most points first), done-but-still-failing, snoozed, and the rest. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/run-rules';
import { pointsToRecover, rankFindings } from '../../../src/engine/score';
import { STEPS as SCHEMA_STEPS } from '../../../src/guidelines/schema';
import { bandOf, coachModel, STEPS, unreadableFields } from '../../../src/ui/popup/popup-model';
import { makeLinkedInProfile, unreadable } from '../../helpers/snapshots';

function finding(ruleId: string, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    step: 'plan-ahead',
    severity: 'moderate',
    status: 'fail',
    title: ruleId,
    why: 'why',
    message: 'message',
    evidence: [],
    fix: null,
    weight: 1,
    score: 0,
    ...overrides,
  };
}

const findings = rankFindings([
  finding('small', { step: 'plan-ahead', weight: 1 }),
  finding('big', { step: 'clean-up', weight: 5 }),
  finding('medium', { step: 'plan-ahead', weight: 3 }),
  finding('snoozed', { weight: 4 }),
  finding('done', { weight: 2 }),
  finding('done-passing', { status: 'pass', score: 1 }),
  finding('unread', { status: 'incomplete', score: null, unreadable: ['about'] }),
  finding('broken', { status: 'error', score: null }),
  finding('na', { status: 'notApplicable', score: null }),
  finding('set-aside', { status: 'notApplicable', score: null, weight: 0, personal: { reason: 'themes' } }),
  finding('manual:plan', { status: 'incomplete', score: null }),
  finding('manual:a-team', { step: 'team-up', status: 'pass', score: 1 }),
  finding('manual:b-clean', { step: 'clean-up', status: 'fail', score: 0 }),
]);

const points = findings.map((f) => pointsToRecover(f, findings));
const today = '2026-06-15';
const state = {
  findings: {
    snoozed: { snoozedUntil: '2026-06-20' },
    done: { doneAt: '2026-06-10T09:00:00.000Z' },
    'done-passing': { doneAt: '2026-06-10T09:00:00.000Z' },
  },
};

describe('coachModel', () => {
  const model = coachModel(findings, points, state, today);

  it('groups open failures by step, the step of the most valuable finding first', () => {
    expect(model.open.map((group) => [group.step, group.items.map((view) => view.finding.ruleId)])).toEqual([
      ['clean-up', ['big']],
      ['plan-ahead', ['medium', 'small']],
    ]);
    expect(model.open[0]?.items[0]?.points).toBe(Math.round((100 * 5) / 18));
  });

  it('keeps a done finding that still fails in view, and says nothing of one that passes', () => {
    expect(model.doneStillShown.map((view) => view.finding.ruleId)).toEqual(['done']);
    expect(model.passed.map((view) => view.finding.ruleId)).toEqual(['done-passing']);
  });

  it('tucks snoozed failures away until the day, then shows them again', () => {
    expect(model.snoozed.map((view) => view.finding.ruleId)).toEqual(['snoozed']);
    const later = coachModel(findings, points, state, '2026-06-20');
    expect(later.snoozed).toEqual([]);
    expect(later.open.flatMap((group) => group.items.map((view) => view.finding.ruleId))).toContain('snoozed');
  });

  it('puts unjudged checks together, and manual items in the checklist', () => {
    expect(model.incomplete.map((view) => view.finding.ruleId)).toEqual(['unread', 'broken']);
    expect(model.notApplicable.map((view) => view.finding.ruleId)).toEqual(['na']);
    // What the person set aside is theirs, listed apart from what does not concern the page.
    expect(model.personal.map((view) => view.finding.ruleId)).toEqual(['set-aside']);
    // By step, whatever the answers: ticking an item never moves it.
    expect(model.manual.map((view) => view.finding.ruleId)).toEqual(['manual:b-clean', 'manual:plan', 'manual:a-team']);
  });
});

describe('unreadableFields', () => {
  it('lists the snapshot’s unreadable fields, then those only an incomplete finding names', () => {
    const snapshot = makeLinkedInProfile({ skills: unreadable(), headline: unreadable() });
    expect(unreadableFields(snapshot, findings).map(({ field }) => field)).toEqual(['headline', 'skills', 'about']);
  });

  it('says why each one is unreadable: not shown on this page, or a markup mismatch (also for one only a finding names)', () => {
    const snapshot = makeLinkedInProfile({ website: unreadable('not-shown'), skills: unreadable() });
    expect(unreadableFields(snapshot, findings)).toEqual([
      { field: 'skills', reason: 'no-match' },
      { field: 'website', reason: 'not-shown' },
      { field: 'about', reason: 'no-match' },
    ]);
  });
});

describe('STEPS', () => {
  it('is the guidelines schema’s list, in the same order (copied to keep zod out of the popup)', () => {
    expect(STEPS).toEqual(SCHEMA_STEPS);
  });
});

describe('bandOf', () => {
  it('cuts at 80 and 50', () => {
    expect([100, 80, 79, 50, 49, 0].map(bandOf)).toEqual(['good', 'good', 'fair', 'fair', 'needsWork', 'needsWork']);
  });
});
