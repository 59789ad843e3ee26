/**
 * @file Zod schemas of the coaching record's colleague and session (./record.ts), shaped as the store keeps them: the
 * one reference that the coaching bundle (./bundle.ts) and the store's checks (src/storage/coaching/validate.ts, which
 * adds what only the store keeps) both build on. Shapes only: the bundle adds its own limits on top.
 */
import { z } from 'zod';
import type { FindingStatus } from '../engine/run-rules';
import type { Step } from '../guidelines/schema';
import type { Colleague, Session } from './record';

/** The guidelines' steps, written out so this chunk does not pull the guidelines' schema in (checked by type below). */
export const STEPS = ['clean-up', 'plan-ahead', 'team-up', 'guidelines'] as const;
export const STATUSES = ['pass', 'fail', 'notApplicable', 'incomplete', 'error'] as const;
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const stepsMatch: Same<(typeof STEPS)[number], Step> = true;
const statusesMatch: Same<(typeof STATUSES)[number], FindingStatus> = true;
void stepsMatch;
void statusesMatch;

export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** ISO 8601 in UTC, a day that exists (zod refuses 31 February). */
export const InstantSchema = z.iso.datetime();
export const SiteSchema = z.enum(['linkedin', 'x']);
const Score = z.number().nullable();

export const ColleagueSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  profiles: z.array(z.object({ site: SiteSchema, key: z.string().min(1) })),
  noticeConfirmedAt: InstantSchema,
  noticeRetentionMonths: z.number().int().positive(),
  createdAt: InstantSchema,
});

export const SessionSchema = z.object({
  id: z.string().min(1),
  colleagueId: z.string().min(1),
  site: SiteSchema,
  profileKey: z.string(),
  at: InstantSchema,
  guidelines: z.object({ name: z.string(), fingerprint: z.string() }),
  score: z.object({ overall: Score, steps: z.object({ 'clean-up': Score, 'plan-ahead': Score, 'team-up': Score, guidelines: Score }) }),
  outcomes: z.array(
    z.object({ ruleId: z.string(), step: z.enum(STEPS), status: z.enum(STATUSES), points: z.number(), labels: z.array(z.string()) }),
  ),
  answers: z.record(z.string(), z.boolean()),
  notes: z.array(z.object({ text: z.string(), forColleague: z.boolean() })),
  actions: z.array(z.object({ id: z.string(), ruleId: z.string(), text: z.string(), due: DaySchema })),
  nextSessionOn: DaySchema.optional(),
  /**
   * Counts of the profile's audience (issue 12). Optional, so sessions stored before it existed still read as they
   * are: an optional field needs no new DB_VERSION nor a migration (nothing stored changes shape).
   */
  audience: z.object({ followers: z.number().int().nonnegative().nullable(), connections: z.number().int().nonnegative().nullable() }).optional(),
});

// The schemas describe exactly the record's types: a drift fails the type check (an optional field left out does
// not: Required<> catches it).
const colleagueMatches: Same<z.output<typeof ColleagueSchema>, Colleague> = true;
const sessionMatches: Same<Required<z.output<typeof SessionSchema>>, Required<Session>> = true;
void colleagueMatches;
void sessionMatches;
