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
import { MANUAL_PREFIX } from '../../engine/message-keys';
import type { Finding } from '../../engine/run-rules';
import type { Step } from '../../guidelines/schema';
import type { Snapshot, UnreadableReason } from '../../snapshot';
import { profileKeyOfUrl } from '../../snapshot/page-key';
import type { Day, FindingMark, ProfileState } from '../../storage/finding-state';

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

/** Whose page the popup is about: the name as read (null when it was not), and the handle or public address. */
export interface Whose {
  name: string | null;
  /** "@adavermeulen" on X, "/in/ada-vermeulen" on LinkedIn. */
  address: string;
}

/**
 * Whose profile (or X following list) a snapshot shows, or null for the person's own list pages (invitations,
 * connections), which are nobody else's. Read from the snapshot's fields and address only; never rendered as HTML.
 */
export function whoseOf(snapshot: Snapshot): Whose | null {
  if (snapshot.pageType !== 'profile' && snapshot.pageType !== 'following') return null;
  const key = profileKeyOfUrl(snapshot.url);
  const fields = snapshot.fields as Record<string, { status: string; value?: unknown } | undefined>;
  const valueOf = (name: string) => {
    const field = fields[name];
    return field?.status === 'present' && typeof field.value === 'string' && field.value.trim() !== '' ? field.value.trim() : null;
  };
  // X's handle as the page writes it (its capitals), else the one in the address.
  const address = valueOf('handle') ?? (key ? key.slice(key.indexOf(':') + 1).replace(/^in\//, '/in/') : null);
  if (!address) return null;
  return { name: valueOf('name'), address };
}

/** The separators after which a message goes on from a title it repeats ("The profile links no website: add one"). */
const AFTER_TITLE = /^\s*[:.;,—–-]\s*/u;

/**
 * A finding's message without the finding's title repeated at its start (the title is shown just above it): the rest,
 * its first letter in capitals. A message that does not start with the title, or is nothing but the title, is kept.
 */
export function withoutTitle(title: string, message: string): string {
  const head = title.replace(/[.!]$/u, '');
  if (head === '' || message.length <= head.length || message.slice(0, head.length).toLocaleLowerCase() !== head.toLocaleLowerCase()) {
    return message;
  }
  const after = message.slice(head.length);
  const separator = AFTER_TITLE.exec(after);
  if (!separator) return message;
  const rest = after.slice(separator[0].length);
  return rest === '' ? message : rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** The finding above that already quotes an evidence text: its rule and its title, to refer to it by. */
export interface QuotedBefore {
  ruleId: string;
  title: string;
}

/**
 * For each finding shown in full (open, then marked done, in the popup's order), the evidence items whose text a
 * finding above already quotes from the same field: by finding, the item's index and the finding that quotes it.
 * An About that triggers three rules is then quoted once.
 */
export function quotedBefore(views: readonly FindingView[]): Map<string, Map<number, QuotedBefore>> {
  const first = new Map<string, QuotedBefore>();
  const result = new Map<string, Map<number, QuotedBefore>>();
  for (const { finding } of views) {
    for (const [index, evidence] of finding.evidence.entries()) {
      const key = `${evidence.field ?? ''}\u0000${evidence.url ?? ''}\u0000${evidence.text}`;
      const owner = first.get(key);
      if (!owner) {
        first.set(key, { ruleId: finding.ruleId, title: finding.title });
      } else if (owner.ruleId !== finding.ruleId) {
        const own = result.get(finding.ruleId) ?? new Map<number, QuotedBefore>();
        own.set(index, owner);
        result.set(finding.ruleId, own);
      }
    }
  }
  return result;
}
