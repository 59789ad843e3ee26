/** @file The messages exchanged between the popup, the content scripts and the background. Types and guards only. */
import type { Finding, Score } from '../engine';
import type { PersonalChoice } from '../engine/personal';
import type { Step } from '../guidelines/schema';
import type { LinkedInWords } from '../snapshot/pages/linkedin-words';
import type { PageType, Site } from '../snapshot/pages/page-type';
import type { ShowTarget, Shows } from '../snapshot/pages/page-type';
import type { ReadResult } from '../snapshot';

/**
 * LinkedIn's phrase book, which the popup sends with each request to a content script (and as the first message on a
 * watch port): LinkedIn's content script does not carry it (src/content/serve.ts). Other sites' scripts ignore it.
 */
export interface WithWords {
  words?: LinkedInWords;
}

/** Asked once: "what page is this, and what is on it?" */
export interface SnapshotRequest extends WithWords {
  type: 'snapshot';
}

/**
 * The name of the port a popup opens to a tab's content script to watch it: the popup posts its WithWords first, and
 * the content script posts a fresh PageReport at once (LinkedIn's once the words came), then again whenever in-app
 * navigation or lazily loaded sections change it, for as long as the port is open (and does no work at all when no
 * popup is watching).
 */
export const WATCH_PORT = 'profile-coach:watch';

export interface PageReport {
  url: string;
  site: Site;
  pageType: PageType;
  /** The snapshot and diagnostics, or null on a page no reader covers. */
  result: ReadResult | null;
  /** Set when the reader failed unexpectedly; the page is then treated as unreadable. */
  error?: string;
  /** What "Show on page" can show on this page (its reader's `shows`); absent where nothing can be shown. */
  shows?: Shows;
}

/** Sent only when the person clicks "Show on page": scroll to the target and outline it for a moment. */
export type ShowRequest = { type: 'show' } & ShowTarget & WithWords;

/** The content script's answer: false when the page has no such element (or no locator). */
export interface ShowResult {
  shown: boolean;
}

export function isShowRequest(message: unknown): message is ShowRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, field, url } = message as Record<string, unknown>;
  return type === 'show' && (typeof field === 'string' || typeof url === 'string');
}

export function isSnapshotRequest(message: unknown): message is SnapshotRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'snapshot';
}

export function isPageReport(value: unknown): value is PageReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  return (
    typeof report.url === 'string' &&
    typeof report.pageType === 'string' &&
    typeof report.site === 'string' &&
    'result' in report
  );
}

/**
 * The popup asks the background to check a snapshot: the rules engine (and zod, which the rules and the
 * guidelines need) stays out of the popup's bundle, and the guidelines are loaded in one place.
 */
export interface CheckRequest {
  type: 'check';
  /** As the content script sent it; the background validates it before any rule sees it. */
  snapshot: unknown;
  /** The viewer's manual checklist answers by item id (the engine ignores them on someone else's profile). */
  answers: Readonly<Record<string, boolean>>;
  /**
   * On someone else's profile, during a coaching session: the checklist answers the colleague gave (ignored on one's
   * own pages; the viewer's `answers` are ignored on someone else's).
   */
  colleagueAnswers?: Readonly<Record<string, boolean>>;
  /** Rules the viewer said don't apply to them, by rule id (ignored likewise). */
  notApplicable?: Readonly<Record<string, PersonalChoice>>;
}

/**
 * On one's own page: how it compares with the last visit of another day (src/storage/progress.ts). Score
 * differences are null where either visit had nothing to score.
 */
export interface ProgressSince {
  /** The day of that last visit, YYYY-MM-DD in the person's time zone. */
  day: string;
  overall: number | null;
  steps: Record<Step, number | null>;
  /** Rule ids (and `manual:` items) failed then, passed now. */
  fixed: string[];
}

/** Where the guidelines in force came from (src/storage/guidelines.ts): the company policy, one's own file, the defaults. */
export type GuidelinesSource = 'managed' | 'user' | 'default';

export interface GuidelinesInUse {
  source: GuidelinesSource;
  /** The company's name as the guidelines give it (`brand.name`), when they do. */
  company?: string;
  /** The season the strategy is for ("Winter 2026-27", `strategy.season`), when they say. */
  season?: string;
  /** Copies that exist but were passed over because they are invalid; the options page lists their errors. */
  passedOver: Array<Exclude<GuidelinesSource, 'default'>>;
  /** src/guidelines/fingerprint.ts: equal for equal guidelines, so coaching sessions under different ones are told apart. */
  fingerprint: string;
}

export type CheckResult =
  | {
      ok: true;
      /** Ranked by the engine: failures first, most points first. */
      findings: Finding[];
      /** Points of the overall score each finding would recover (same order as findings). */
      points: number[];
      score: Score;
      /** True when the guidelines could not be loaded and the built-in defaults were used. */
      guidelinesFailed: boolean;
      /** Which guidelines the page was checked against, and which copies were passed over as invalid. */
      guidelines: GuidelinesInUse;
      /** On one's own page seen on an earlier day: the progress since then; absent otherwise. */
      progress?: ProgressSince;
    }
  | { ok: false; reason: 'invalid-snapshot' | 'invalid-request' | 'failed'; message: string };

/**
 * Sent by the popup as it opens, before it knows the page: wakes the background (a stopped service worker takes tens
 * of milliseconds to start) and has it load the guidelines while the popup waits for the page's report, so that the
 * check that follows finds both ready. Answered true once loaded (false if they could not be).
 */
export interface WarmRequest {
  type: 'warm';
}

export function isWarmRequest(message: unknown): message is WarmRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'warm';
}

/** A message meant as a check request; the background validates all of it (src/messaging/check.ts) before use. */
export function isCheckRequest(message: unknown): message is CheckRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'check';
}

export function isCheckResult(value: unknown): value is CheckResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  return result.ok === true
    ? Array.isArray(result.findings) && Array.isArray(result.points) && typeof result.score === 'object'
    : result.ok === false && typeof result.message === 'string';
}
