/**
 * @file Zod schemas of the coaching records as stored (./schema.ts, DB_VERSION 2): the reference that schema.ts's
 * hand-written checks (which the store uses, so that neither the popup nor the colleague's page loads zod) are tested
 * against, and the types they must match. It reads and writes nothing itself.
 */
import { z } from 'zod';
import type { FindingStatus } from '../../engine/run-rules';
import type { Step } from '../../guidelines/schema';
import type { Checked, CoachingDB } from './schema';

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
const Count = z.number().int().nonnegative();

export const ColleagueRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  profiles: z.array(z.object({ site: Site, key: z.string().min(1) })),
  noticeConfirmedAt: Instant,
  noticeRetentionMonths: z.number().int().positive(),
  createdAt: Instant,
  profileKeys: z.array(z.string()),
  tally: z.object({
    count: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    latest: z.object({ at: Instant, overall: Score }).nullable(),
  }),
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
  /**
   * Counts of the profile's audience (issue 12). Optional, so sessions stored before it existed still read as they
   * are: an optional field needs no new DB_VERSION nor a migration (nothing stored changes shape).
   */
  audience: z.object({ followers: Count.nullable(), connections: Count.nullable() }).optional(),
});

// The schemas describe exactly what the store writes (schema.ts's types): a drift fails the type check.
const colleagueMatches: Same<z.output<typeof ColleagueRecordSchema>, CoachingDB['colleagues']['value']> = true;
const sessionMatches: Same<z.output<typeof SessionRecordSchema>, CoachingDB['sessions']['value']> = true;
void colleagueMatches;
void sessionMatches;


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
