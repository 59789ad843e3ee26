/**
 * @file Zod schemas of the coaching records as stored (./schema.ts, DB_VERSION 1), checked on every read: a record
 * that does not match is skipped and reported by the store, never shown half-read. The store loads this module only
 * when it first reads (a dynamic import), so the popup's own bundle carries no zod; writes are checked with plain
 * code (store.ts). It reads and writes nothing itself.
 */
import { z } from 'zod';
import type { FindingStatus } from '../../engine/run-rules';
import type { Step } from '../../guidelines/schema';
import type { CoachingDB } from './schema';

/** The guidelines' steps, written out so this chunk does not pull the guidelines' schema in (checked by type below). */
const STEPS = ['clean-up', 'plan-ahead', 'team-up', 'guidelines'] as const;
const STATUSES = ['pass', 'fail', 'notApplicable', 'incomplete', 'error'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const stepsMatch: Same<(typeof STEPS)[number], Step> = true;
const statusesMatch: Same<(typeof STATUSES)[number], FindingStatus> = true;
void stepsMatch;
void statusesMatch;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Instant = z.iso.datetime();
const Site = z.enum(['linkedin', 'x']);
const Score = z.number().nullable();

export const ColleagueRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  profiles: z.array(z.object({ site: Site, key: z.string().min(1) })),
  noticeConfirmedAt: Instant,
  noticeRetentionMonths: z.number().int().positive(),
  createdAt: Instant,
  profileKeys: z.array(z.string()),
});

export const SessionRecordSchema = z.object({
  id: z.string().min(1),
  colleagueId: z.string().min(1),
  site: Site,
  profileKey: z.string(),
  at: Instant,
  guidelines: z.object({ name: z.string(), fingerprint: z.string() }),
  score: z.object({ overall: Score, steps: z.object({ 'clean-up': Score, 'plan-ahead': Score, 'team-up': Score, guidelines: Score }) }),
  outcomes: z.array(
    z.object({ ruleId: z.string(), step: z.enum(STEPS), status: z.enum(STATUSES), points: z.number(), labels: z.array(z.string()) }),
  ),
  answers: z.record(z.string(), z.boolean()),
  notes: z.array(z.object({ text: z.string(), forColleague: z.boolean() })),
  actions: z.array(z.object({ id: z.string(), ruleId: z.string(), text: z.string(), due: Day })),
  nextSessionOn: Day.optional(),
});

export const SettingsRecordSchema = z.object({ retentionMonths: z.number().int().positive() });

export const ForgottenRecordSchema = z.object({ at: Instant });

// The schemas describe exactly what the store writes (schema.ts's types): a drift fails the type check.
const colleagueMatches: Same<z.output<typeof ColleagueRecordSchema>, CoachingDB['colleagues']['value']> = true;
const sessionMatches: Same<z.output<typeof SessionRecordSchema>, CoachingDB['sessions']['value']> = true;
void colleagueMatches;
void sessionMatches;

/** What a read gives: the record as this version writes it, or why it is not one. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

function checker<T>(schema: z.ZodType<T>): (value: unknown) => Checked<T> {
  return (value) => {
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, value: result.data };
    // Paths and codes only: never a value, which could be a name or a note.
    const problem = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.code}`)
      .join('; ');
    return { ok: false, problem };
  };
}

export const checkColleague = checker(ColleagueRecordSchema);
export const checkSession = checker(SessionRecordSchema);
export const checkSettings = checker(SettingsRecordSchema);
export const checkForgotten = checker(ForgottenRecordSchema);
