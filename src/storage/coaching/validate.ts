/**
 * @file Zod schemas of the coaching records as stored (./schema.ts, DB_VERSION 3): the reference that schema.ts's
 * hand-written checks (which the store uses, so that neither the popup nor the colleague's page loads zod) are tested
 * against, and the types they must match. It reads and writes nothing itself.
 */
import { z } from 'zod';
import { ColleagueSchema, DaySchema, InstantSchema, type Same, SessionSchema, SiteSchema, STEPS } from '../../coaching/record-schema';
import type { Checked, CoachingDB } from './schema';

const Score = z.number().nullable();

/** The summary of a colleague's sessions (src/coaching/summary.ts), kept beside the colleagues since version 3. */
export const SummaryRecordSchema = z.object({
  /** The colleague's id, the key it is stored under. */
  id: z.string().min(1),
  sessions: z.array(
    z.object({
      id: z.string().min(1),
      at: InstantSchema,
      site: SiteSchema,
      fingerprint: z.string(),
      overall: Score,
      audience: SessionSchema.shape.audience,
    }),
  ),
  latest: z.array(
    z.object({
      site: SiteSchema,
      at: InstantSchema,
      open: z.array(z.object({ ruleId: z.string(), step: z.enum(STEPS), status: z.enum(['fail', 'incomplete', 'error']) })),
    }),
  ),
  openActions: z.array(z.object({ at: InstantSchema, due: DaySchema })),
});

/** The colleague (src/coaching/record-schema.ts) and what only the store keeps with it: its profile keys and tally. */
export const ColleagueRecordSchema = ColleagueSchema.extend({
  profileKeys: z.array(z.string()),
  tally: z.object({
    count: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    latest: z.object({ at: InstantSchema, overall: Score }).nullable(),
  }),
});

/** A session is stored as the record has it (src/coaching/record-schema.ts, which the coaching bundle builds on too). */
export const SessionRecordSchema = SessionSchema;

// The schemas describe exactly what the store writes (schema.ts's types): a drift fails the type check.
const colleagueMatches: Same<z.output<typeof ColleagueRecordSchema>, CoachingDB['colleagues']['value']> = true;
const sessionMatches: Same<z.output<typeof SessionRecordSchema>, CoachingDB['sessions']['value']> = true;
const summaryMatches: Same<z.output<typeof SummaryRecordSchema>, CoachingDB['summaries']['value']> = true;
void colleagueMatches;
void summaryMatches;
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
export const checkSummary = checker(SummaryRecordSchema);
