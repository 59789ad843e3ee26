/**
 * @file Progress since last time, on one's own pages: per page key and per day, the overall and step scores and each
 * rule's outcome (never the profile's text), kept for the last DAYS_KEPT days visited, in one versioned item
 * (`local:progress`) of the browser's own extension storage, validated on read (a damaged entry is dropped, the rest
 * kept). Recorded by the background's check, which alone knows the validated snapshot and its score; a colleague's
 * profile is never recorded (src/messaging/check.ts decides). Compares today's visit with the last visit of another
 * day. It runs no rule and shows nothing.
 */
import { z } from 'zod';
import type { Finding, Score } from '../engine';
import { STEPS } from '../guidelines/schema';
import type { ProgressSince } from '../messaging/protocol';
import { defineVersionedItem, STORED_VERSIONS } from './versioned-item';

/** Days kept per page: a season of weekly visits. */
export const DAYS_KEPT = 12;
/** Pages kept: one's own profiles and list pages are six; a renamed handle adds one. The least recent goes first. */
export const PAGES_KEPT = 10;

const ScoreValue = z.number().int().min(0).max(100).nullable();
const StatusSchema = z.enum(['pass', 'fail', 'notApplicable', 'incomplete', 'error']);

export const VisitSchema = z.strictObject({
  /** The local calendar day, YYYY-MM-DD. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  overall: ScoreValue,
  steps: z.strictObject(Object.fromEntries(STEPS.map((step) => [step, ScoreValue])) as Record<(typeof STEPS)[number], typeof ScoreValue>),
  /** Each rule's outcome by rule id (`manual:<id>` for checklist items). */
  rules: z.record(z.string().max(120), StatusSchema),
});
export type Visit = z.output<typeof VisitSchema>;
/** By page key (src/snapshot/page-key.ts): visits oldest first, one per day. */
export type ProgressRecord = Record<string, Visit[]>;

export const progressItem = defineVersionedItem<ProgressRecord>('local:progress', { version: STORED_VERSIONS.progress });

/** What is kept of a check: scores and outcomes only. */
export function visitOf(day: string, findings: readonly Finding[], score: Score): Visit {
  return {
    day,
    overall: score.overall,
    steps: { ...score.steps },
    rules: Object.fromEntries(findings.map((finding) => [finding.ruleId, finding.status])),
  };
}

/** A stored value of any shape as a valid record: each page's valid visits, by day, one a day. Never throws. */
export function parseProgress(raw: unknown): ProgressRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const record: ProgressRecord = {};
  for (const [key, visits] of Object.entries(raw)) {
    if (!Array.isArray(visits) || key === '__proto__') continue;
    const byDay = new Map<string, Visit>();
    for (const visit of visits) {
      const parsed = VisitSchema.safeParse(visit);
      if (parsed.success) byDay.set(parsed.data.day, parsed.data);
    }
    const kept = [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)).slice(-DAYS_KEPT);
    if (kept.length > 0) record[key] = kept;
  }
  return record;
}

const difference = (now: number | null, then: number | null) => (now === null || then === null ? null : now - then);

/** Today's visit against the last visit of an earlier day; undefined when there is none. */
export function progressSince(visits: readonly Visit[], today: Visit): ProgressSince | undefined {
  const before = visits.filter((visit) => visit.day < today.day).at(-1);
  if (!before) return undefined;
  return {
    day: before.day,
    overall: difference(today.overall, before.overall),
    steps: Object.fromEntries(STEPS.map((step) => [step, difference(today.steps[step], before.steps[step])])) as ProgressSince['steps'],
    fixed: Object.entries(today.rules)
      .filter(([ruleId, status]) => status === 'pass' && Object.hasOwn(before.rules, ruleId) && before.rules[ruleId] === 'fail')
      .map(([ruleId]) => ruleId),
  };
}

/**
 * Records today's visit of one's own page (replacing an earlier visit of the same day) and returns the progress
 * since the last visit of another day. Writes only when something changed; a storage failure only means less is
 * known next time.
 */
export async function recordProgress(key: string, today: Visit): Promise<ProgressSince | undefined> {
  let record: ProgressRecord = {};
  try {
    const { value, newer } = await progressItem.read();
    record = newer ? {} : parseProgress(value);
  } catch {
    record = {};
  }
  const visits = record[key] ?? [];
  const since = progressSince(visits, today);
  const kept = [...visits.filter((visit) => visit.day !== today.day && visit.day < today.day), today].slice(-DAYS_KEPT);
  if (JSON.stringify(kept) !== JSON.stringify(visits)) {
    delete record[key];
    record[key] = kept;
    // The pages visited longest ago go first (the one just visited is last in the object).
    const pages = Object.entries(record).sort(([, a], [, b]) => (a.at(-1)?.day ?? '').localeCompare(b.at(-1)?.day ?? ''));
    const bounded = Object.fromEntries(pages.slice(-PAGES_KEPT));
    await progressItem.setValue(bounded).catch(() => undefined);
  }
  return since;
}
