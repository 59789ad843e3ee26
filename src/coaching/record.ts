/**
 * @file The coaching record's shape: the colleagues an ambassador coaches and the sessions held with them. A session
 * keeps check results (each rule's outcome, points and short evidence labels such as counts or field names), never
 * the profile's text: what the purpose needs and no more (../shared/DOMAIN.md, "what a fair record looks like").
 * Types only; the model (src/coaching/*.ts) works on them and src/storage/coaching keeps them.
 */
import type { FindingStatus } from '../engine/run-rules';
import type { Step } from '../guidelines/schema';
import type { TeamSize, ViewCost } from './team-types';

export type CoachedSite = 'linkedin' | 'x';

/** One of a colleague's profiles: the normalised page key (`linkedin:in/ada-vermeulen`, `x:@adavermeulen`). */
export interface ColleagueProfile {
  site: CoachedSite;
  /** src/snapshot/page-key.ts `pageKeyOf`: no query, no tracking parameter, lower case where the site ignores case. */
  key: string;
}

/** A coached colleague: one record across LinkedIn and X (the ambassador links the two profiles once). */
export interface Colleague {
  /** Random (crypto.randomUUID), never derived from the name or the profile. */
  id: string;
  /** As read from the profile when first recorded; the ambassador may correct it. */
  name: string;
  /** At most one per site. */
  profiles: ColleagueProfile[];
  /**
   * When the ambassador confirmed the colleague was told of the review: its purpose, what is kept and for how long
   * (ISO 8601). Nothing about a colleague is stored before it.
   */
  noticeConfirmedAt: string;
  /** The retention period, in months, the colleague was told of. */
  noticeRetentionMonths: number;
  /** ISO 8601. */
  createdAt: string;
}

/** The guidelines a session was checked against: sessions under different fingerprints are not compared as alike. */
export interface GuidelinesRef {
  /** For people: the company and season ("Nordlicht · Winter 2026-27"), or the source when they name neither. */
  name: string;
  /** A hash of the guidelines as parsed (src/messaging/check.ts `fingerprintOf`): equal guidelines, equal prints. */
  fingerprint: string;
}

/** A rule's (or checklist item's) result in a session: no text of the profile. */
export interface RuleOutcome {
  /** The rule's id, or `manual:<id>` for a checklist item asked of the colleague. */
  ruleId: string;
  step: Step;
  status: FindingStatus;
  /** Points of the overall score that fixing it would recover (0 unless failed). */
  points: number;
  /**
   * Short labels of the evidence: field names ("headline", "about") and counts ("3 items"); never a quoted text,
   * name or handle from the page.
   */
  labels: string[];
}

/** A next step agreed with the colleague for one finding. */
export interface AgreedAction {
  id: string;
  /** The finding it is about (a rule id or `manual:<id>`). */
  ruleId: string;
  /** The ambassador's own words, if any; the finding's title is shown otherwise. */
  text: string;
  /** YYYY-MM-DD. */
  due: string;
}

export interface SessionNote {
  text: string;
  /** Printed on the colleague's coaching sheet when true; the ambassador's own memo otherwise. */
  forColleague: boolean;
}

export interface Session {
  id: string;
  colleagueId: string;
  site: CoachedSite;
  /** The profile checked (one of the colleague's profiles). */
  profileKey: string;
  /** ISO 8601. */
  at: string;
  guidelines: GuidelinesRef;
  score: { overall: number | null; steps: Record<Step, number | null> };
  outcomes: RuleOutcome[];
  /** The checklist items no page can show, as the colleague answered them in the session (by item id). */
  answers: Record<string, boolean>;
  notes: SessionNote[];
  actions: AgreedAction[];
  /** The next session's date, YYYY-MM-DD, when agreed. */
  nextSessionOn?: string;
  /**
   * The profile's audience as counted when the session was made (followers; connections on LinkedIn, null on X),
   * for the team's visibility figure; null where the page did not show a count. Counts only, never who. Absent in
   * sessions recorded before it was kept.
   */
  audience?: SessionAudience;
}

export interface SessionAudience {
  followers: number | null;
  connections: number | null;
}

/** That a person was forgotten, and when: no name, no key, nothing else. */
export interface ForgottenEntry {
  /** ISO 8601. */
  at: string;
}

/** The coaching settings the ambassador chooses (options page). */
export interface CoachingSettings {
  /** Sessions older than this are deleted (default 12). */
  retentionMonths: number;
  /** The team's size as entered, each from a day on, oldest first (default none: the onboarded figure has no share). */
  teamSizes: TeamSize[];
  /** What a thousand views would otherwise cost (default none: no value figure). */
  viewCost: ViewCost | null;
}

export const DEFAULT_RETENTION_MONTHS = 12;
