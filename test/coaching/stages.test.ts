import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, stageOf } from '../../src/coaching/stages';
import { STAGE_IDS, type Stages } from '../../src/coaching/team-types';
import { STEPS } from '../../src/guidelines/schema';
import { RULES } from '../../src/rules';
import { type SessionSpec, teamSession } from '../helpers/team';

const stage = (...specs: SessionSpec[]) => stageOf(specs.map((spec) => teamSession('c1', spec)), DEFAULT_STAGES);

const SAFE = { 'banned-terms': 'pass', 'profile-photo': 'pass', 'current-position-company': 'pass' } as const;
const CONNECTED = { 'company-page-link': 'pass', 'website-link': 'pass', 'website-domain': 'pass', 'company-handle': 'pass' } as const;
const SPEAKING = { 'headline-keywords': 'pass', 'about-keywords': 'pass', 'campaign-presence': 'pass', 'cross-site-consistency': 'pass' } as const;

describe('DEFAULT_STAGES', () => {
  it('lists the three stages in order, each rule a registered rule and each step a step', () => {
    expect(DEFAULT_STAGES.map((item) => item.id)).toEqual([...STAGE_IDS]);
    for (const item of DEFAULT_STAGES) {
      for (const ruleId of item.rules) expect(RULES[ruleId], ruleId).toBeDefined();
      for (const step of item.steps) expect(STEPS).toContain(step);
    }
  });
});

describe('stageOf', () => {
  it('is no stage, and nothing unsure, without a session', () => {
    expect(stageOf([], DEFAULT_STAGES)).toEqual({ reached: null, unsure: false });
  });

  it('reaches every stage when nothing of theirs failed or went unread', () => {
    expect(stage({ at: '2026-11-01', outcomes: { ...SAFE, ...CONNECTED, ...SPEAKING } })).toEqual({ reached: 'speaking', unsure: false });
  });

  it('is not safe when any finding of the guidelines step failed, though not a stage rule itself', () => {
    expect(stage({ at: '2026-11-01', outcomes: { ...SAFE, 'confidential-terms': 'fail', ...CONNECTED } })).toEqual({ reached: null, unsure: false });
  });

  it('is unsure of the safe stage when the photo could not be read', () => {
    expect(stage({ at: '2026-11-01', outcomes: { ...SAFE, 'profile-photo': 'incomplete', ...CONNECTED } })).toEqual({ reached: null, unsure: true });
  });

  it('is unsure when a rule of the stage threw (error)', () => {
    expect(stage({ at: '2026-11-01', outcomes: { ...SAFE, 'company-handle': 'error' } })).toEqual({ reached: 'safe', unsure: true });
  });

  it('is sure a stage is not reached when one rule failed, even if another went unread', () => {
    expect(stage({ at: '2026-11-01', outcomes: { ...SAFE, 'company-page-link': 'fail', 'website-link': 'incomplete' } })).toEqual({
      reached: 'safe',
      unsure: false,
    });
  });

  it('does not let a rule that does not apply, or was not checked, hold a stage back', () => {
    expect(stage({ at: '2026-11-01', outcomes: { 'profile-photo': 'pass', 'company-handle': 'notApplicable' } })).toEqual({
      reached: 'speaking',
      unsure: false,
    });
  });

  it('asks for the stage before: speaking passed does not count when connected failed', () => {
    expect(stage({ at: '2026-11-01', outcomes: { ...SAFE, 'company-page-link': 'fail', ...SPEAKING } })).toEqual({ reached: 'safe', unsure: false });
  });

  it('stops at connected when a speaking rule failed', () => {
    expect(stage({ at: '2026-11-01', outcomes: { ...SAFE, ...CONNECTED, 'campaign-presence': 'fail' } })).toEqual({ reached: 'connected', unsure: false });
  });

  it('reads the latest session of each site: an older failure is gone, the other site’s latest counts', () => {
    const older = { at: '2026-09-01', outcomes: { 'profile-photo': 'fail' } } as const;
    const linkedin = { at: '2026-11-01', outcomes: { ...SAFE, ...CONNECTED, ...SPEAKING } };
    expect(stage(older, linkedin)).toEqual({ reached: 'speaking', unsure: false });
    const x = { at: '2026-10-01', site: 'x', outcomes: { 'company-handle': 'fail' } } as const;
    expect(stage(older, linkedin, x)).toEqual({ reached: 'safe', unsure: false });
  });

  it('takes a company’s own stages', () => {
    const stages: Stages = [
      { id: 'safe', rules: ['profile-photo'], steps: [] },
      { id: 'connected', rules: ['brand-hashtags'], steps: [] },
      { id: 'speaking', rules: [], steps: ['plan-ahead'] },
    ];
    const sessions = [teamSession('c1', { at: '2026-11-01', outcomes: { 'banned-terms': 'fail', 'brand-hashtags': 'pass', 'about-length': 'fail' } })];
    // banned-terms is no longer part of the safe stage; about-length is a plan-ahead finding.
    expect(stageOf(sessions, stages)).toEqual({ reached: 'connected', unsure: false });
  });

  it('is unsure of the safe stage while a guidelines checklist item is unanswered', () => {
    expect(stage({ at: '2026-11-01', outcomes: { ...SAFE, 'manual:read-the-policy': 'incomplete' } })).toEqual({ reached: null, unsure: true });
  });
});
