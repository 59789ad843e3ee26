/**
 * @file The team's figures, as types: what src/coaching/team.ts computes from the coaching record, what the
 * dashboard shows (src/ui/dashboard), and what the reports (src/coaching/report-csv.ts, report-markdown.ts) and the
 * `team-report` command write. Team figures, never a ranking: the rows are listed by name, and nothing here counts
 * use of the tool (../shared/DOMAIN.md, "team figures that mean something"). Types and constants only.
 */
import type { FindingStatus } from '../engine/run-rules';
import type { Step } from '../guidelines/schema';
import type { CoachedSite, Colleague, Session, SessionAudience } from './record';

/** The three stages of a socialised workforce, in order: each one asks for the one before it. */
export const STAGE_IDS = ['safe', 'connected', 'speaking'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/**
 * What a stage asks of a colleague's latest session on each site: none of `rules` failed, and no finding of the
 * `steps` failed. A rule that does not apply, or that no latest session checked (no X profile coached), does not
 * hold a stage back; one that could not be read leaves the stage unsure (not reached, counted apart).
 */
export interface StageDefinition {
  id: StageId;
  rules: readonly string[];
  steps: readonly Step[];
}

/** The stages in order (src/coaching/stages.ts `DEFAULT_STAGES`, or the guidelines' `stages:`). */
export type Stages = readonly StageDefinition[];

/** Where a colleague stands: the highest stage reached in order, and whether the next one was held back by a read. */
export interface StageStanding {
  /** Null: not even a safe profile (or no session). */
  reached: StageId | null;
  /** The next stage could not be decided: one of its rules was unreadable (incomplete or error). */
  unsure: boolean;
}

/** The team's size as the ambassador entered it, from a day on: a past share keeps the size it had then. */
export interface TeamSize {
  /** YYYY-MM-DD. */
  from: string;
  size: number;
}

/** What the company would otherwise pay for a thousand views (the value figure's one assumption). */
export interface ViewCost {
  perThousand: number;
  /** ISO 4217 ("EUR"). */
  currency: string;
}

/** A colleague and their sessions (any order), as the store's `team()` gives them and a bundle carries them. */
export interface ColleagueRecord {
  colleague: Colleague;
  sessions: readonly Session[];
}

/**
 * What the team's figures read of a session: a `Session` is one, and so is anything that keeps these fields (the
 * `team-report` command keeps no more of a bundle's sessions than this).
 */
export interface SessionSource {
  id: string;
  at: string;
  site: CoachedSite;
  guidelines: { fingerprint: string };
  score: { overall: number | null };
  outcomes: readonly { ruleId: string; step: Step; status: FindingStatus }[];
  actions: readonly { ruleId: string; due: string }[];
  answers: Readonly<Record<string, boolean>>;
  audience?: SessionAudience;
}

/** A session in brief: what every figure and row reads of each of a colleague's sessions. */
export interface SessionBrief {
  id: string;
  /** ISO 8601. */
  at: string;
  site: CoachedSite;
  /** The guidelines' fingerprint: scores compare only under the same guidelines. */
  fingerprint: string;
  overall: number | null;
  audience?: SessionAudience;
}

/** A finding that holds a stage back (failed) or leaves it undecided (not read), or makes a gap (failed). */
export interface OpenOutcome {
  ruleId: string;
  step: Step;
  status: 'fail' | 'incomplete' | 'error';
}

/**
 * Everything the team's figures and rows need of a colleague's sessions, small enough to keep beside the colleague
 * (src/storage/coaching/schema.ts, version 3), so that the dashboard reads 500 colleagues and no session. Made by
 * src/coaching/summary.ts `summaryOf` from the sessions, whole; what it keeps does not depend on today, the
 * guidelines in use or the stages.
 */
export interface ColleagueSummary {
  /** Every session in brief, oldest first. */
  sessions: SessionBrief[];
  /**
   * Each site's newest session (oldest first, then by site) and its findings failed or not read, in the session's
   * order: passed and not applicable ones hold no stage back and make no gap.
   */
  latest: { site: CoachedSite; at: string; open: OpenOutcome[] }[];
  /**
   * The agreed actions no later session under the same guidelines showed done (passed, or answered done for a
   * checklist item), each with its session's time (retention deletes it with its session) and its due day.
   */
  openActions: { at: string; due: string }[];
}

/** A colleague and the summary of their sessions: one of the team, as the figures read it. */
export interface TeamMember {
  colleague: Colleague;
  summary: ColleagueSummary;
}

export interface TeamInput {
  team: readonly TeamMember[];
  /** Any order; the size on a day is the latest entry from on or before it. */
  teamSizes: readonly TeamSize[];
  /** The guidelines' `checklist.onboardingScore`. */
  onboardingScore: number;
  stages: Stages;
  viewCost: ViewCost | null;
  /** YYYY-MM-DD, the local calendar day. */
  today: string;
}

/** One row of the dashboard and of the CSV: a colleague, by name. */
export interface ColleagueRow {
  id: string;
  name: string;
  sessions: number;
  /** The latest session (any site). */
  latest: { at: string; site: CoachedSite; overall: number | null } | null;
  /** Latest score minus the one before it on the same site under the same guidelines; null without one. */
  change: number | null;
  stage: StageStanding;
  onboarded: boolean;
  /** Agreed actions past their due date and not shown done (src/coaching/actions.ts). */
  overdueActions: number;
}

/** A median and how many it stands on (null when none). */
export interface Median {
  median: number | null;
  count: number;
}

export interface OnboardedPoint {
  /** YYYY-MM-DD: the last day of a month, or today for the current month. */
  on: string;
  count: number;
  /** The team's size on that day; null when none was entered yet (no share then). */
  size: number | null;
  /** count / size, 0..1. */
  share: number | null;
}

export interface TeamFigures {
  /** Today's point, and one point per month from the first session's month. */
  onboarded: OnboardedPoint & { sizeFrom: string | null; series: OnboardedPoint[] };
  /** Latest minus first score, per colleague, on the latest session's site and guidelines. */
  alignment: Median & { firstMedian: number | null; latestMedian: number | null };
  /** Median change in per cent, per site and count, for colleagues with two sessions at least 30 days apart. */
  visibility: { linkedinFollowers: Median; linkedinConnections: Median; xFollowers: Median };
  /** The five open findings most colleagues have in their latest sessions, most first (ties by rule id). */
  gaps: { ruleId: string; step: Step; colleagues: number }[];
  /** Colleagues at each stage or beyond, in order; `unsure` the colleagues whose next stage could not be decided. */
  stages: { id: StageId; count: number }[];
  stageUnsure: number;
  /** Latest overall scores in ten bins (0-9, …, 90-100) and how many colleagues have none. */
  distribution: { from: number; to: number; count: number }[];
  unscored: number;
  /**
   * Only with a view cost: audience gained (followers and connections, between the sessions the visibility figure
   * uses) counted as one view each, priced at the cost per thousand views. Never shown without that assumption.
   */
  value: { audienceGained: number; amount: number; cost: ViewCost } | null;
}
