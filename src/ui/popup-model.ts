/**
 * @file What the popup lists where, decided without rendering: the engine's ranked findings plus the person's
 * marks become the groups of the coach view. The rules for marks:
 * - The score is the page's, never the person's: done and snoozed findings weigh in it exactly as the engine says.
 * - "Done" on a finding that still fails does not hide it: the page still shows the problem, so it stays in view
 *   ("marked done, but the page still shows it"), below the open findings. On a finding that passes it says nothing.
 * - "Snoozed" failures are tucked into a collapsed group until the day comes; snooze wins over done.
 * - Manual checklist items (`manual:<id>`) are not findings to fix but questions: they go to the checklist.
 * - Rules the person set aside ("Doesn't apply to me") are not "doesn't apply here": they get their own group.
 * It does not touch storage (finding-state.ts) or the DOM.
 */
import type { Finding } from '../engine/run-rules';
import type { Step } from '../guidelines/schema';
import type { Snapshot, UnreadableReason } from '../snapshot';
import type { Day, FindingMark, ProfileState } from './finding-state';

export interface FindingView {
  finding: Finding;
  /** Points of the overall score that fixing it would recover, rounded; 0 when none. */
  points: number;
  mark: FindingMark | undefined;
}

export interface CoachModel {
  /** Open failures by step; steps in the order of their most valuable finding, findings most points first. */
  open: { step: Step; items: FindingView[] }[];
  doneStillShown: FindingView[];
  snoozed: FindingView[];
  /** Could not judge: a field was unreadable, or the rule failed to run. */
  incomplete: FindingView[];
  passed: FindingView[];
  notApplicable: FindingView[];
  /** Set aside by the person ("Doesn't apply to me"): listed apart, with their reason and a way back. */
  personal: FindingView[];
  /** The manual checklist by step, in a fixed order: ticking an item never moves it under the pointer. */
  manual: FindingView[];
}

export const MANUAL_PREFIX = 'manual:';
export const isManual = (finding: Finding) => finding.ruleId.startsWith(MANUAL_PREFIX);
export const manualIdOf = (finding: Finding) => finding.ruleId.slice(MANUAL_PREFIX.length);

export function isSnoozed(mark: FindingMark | undefined, today: Day): boolean {
  return mark?.snoozedUntil !== undefined && mark.snoozedUntil > today;
}

/**
 * The checklist steps in display order. A copy of the guidelines schema's STEPS (a test keeps them equal): importing
 * that module would pull zod into the popup.
 */
export const STEPS: readonly Step[] = ['clean-up', 'plan-ahead', 'team-up', 'guidelines'];

/**
 * `findings` as the engine ranked them (failures first, most points first), and `points[i]` the points finding i
 * would recover.
 */
export function coachModel(
  findings: readonly Finding[],
  points: readonly number[],
  state: ProfileState,
  today: Day,
): CoachModel {
  const model: CoachModel = {
    open: [],
    doneStillShown: [],
    snoozed: [],
    incomplete: [],
    passed: [],
    notApplicable: [],
    personal: [],
    manual: [],
  };
  const byStep = new Map<Step, FindingView[]>();
  for (const [index, finding] of findings.entries()) {
    const view: FindingView = {
      finding,
      points: Math.round(points[index] ?? 0),
      mark: state.findings[finding.ruleId],
    };
    if (isManual(finding)) {
      model.manual.push(view);
      continue;
    }
    switch (finding.status) {
      case 'fail':
        if (isSnoozed(view.mark, today)) model.snoozed.push(view);
        else if (view.mark?.doneAt) model.doneStillShown.push(view);
        else {
          const group = byStep.get(finding.step) ?? [];
          if (group.length === 0) byStep.set(finding.step, group);
          group.push(view);
        }
        break;
      case 'incomplete':
      case 'error':
        model.incomplete.push(view);
        break;
      case 'pass':
        model.passed.push(view);
        break;
      case 'notApplicable':
        (finding.personal ? model.personal : model.notApplicable).push(view);
        break;
    }
  }
  // Map keeps insertion order, which is the order of each step's first (most valuable) failure.
  model.open = [...byStep].map(([step, items]) => ({ step, items }));
  model.manual.sort(
    (a, b) =>
      STEPS.indexOf(a.finding.step) - STEPS.indexOf(b.finding.step) || a.finding.ruleId.localeCompare(b.finding.ruleId),
  );
  return model;
}

/**
 * Fields that could not be read, in the snapshot's order: those the reader reported unreadable, and any an
 * incomplete finding names (a rule may need a field the reader left out).
 */
export function unreadableFields(snapshot: Snapshot, findings: readonly Finding[]): UnreadableField[] {
  const fields = Object.entries(snapshot.fields as Record<string, { status: string; reason?: UnreadableReason }>)
    .filter(([, field]) => field.status === 'unreadable')
    .map(([field, { reason }]): UnreadableField => ({ field, reason: reason ?? 'no-match' }));
  for (const finding of findings) {
    if (finding.status !== 'incomplete') continue;
    for (const field of finding.unreadable ?? []) {
      // A field the snapshot does not hold at all is one the reader did not produce: a mismatch.
      if (!fields.some((known) => known.field === field)) fields.push({ field, reason: 'no-match' });
    }
  }
  return fields;
}

/** A field that could not be read, and why (src/snapshot/field.ts). */
export interface UnreadableField {
  field: string;
  reason: UnreadableReason;
}

/** A field the reader cut to its bound (src/snapshot/limits.ts), as the popup words it. */
export type Cut =
  /** A list that kept the first `kept` of the `seen` entries the page showed. */
  | { field: string; kind: 'list'; kept: number; seen: number }
  /** A list whose entries all came through, some of their texts cut. */
  | { field: string; kind: 'listTexts' }
  /** A text that kept its first `kept` characters. */
  | { field: string; kind: 'text'; kept: number };

/** The fields the reader cut, in the snapshot's order: never a silent cut (the popup says each one). */
export function truncatedFields(snapshot: Snapshot): Cut[] {
  const cuts: Cut[] = [];
  for (const [field, value] of Object.entries(
    snapshot.fields as Record<string, { status: string; value?: unknown; truncated?: true; seen?: number }>,
  )) {
    if (value.status !== 'present' || !value.truncated) continue;
    if (Array.isArray(value.value)) {
      const kept = value.value.length;
      const seen = value.seen ?? kept;
      cuts.push(seen > kept ? { field, kind: 'list', kept, seen } : { field, kind: 'listTexts' });
    } else if (typeof value.value === 'string') {
      cuts.push({ field, kind: 'text', kept: value.value.length });
    }
  }
  return cuts;
}

export type Band = 'good' | 'fair' | 'needsWork';

/** ≥ 80 good, 50–79 fair, below 50 needs work (the issue's bands; the onboarding threshold is the guidelines'). */
export function bandOf(score: number): Band {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'needsWork';
}
