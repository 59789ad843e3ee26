/**
 * @file The coaching sheet's content, the colleague's own view of their record: the latest session's score, the five
 * open findings worth most points (each with where to fix it and the action agreed on it, if any), the notes meant
 * for them, the next session's date and how long the record is kept. Pure: it words nothing but the Fix labels.
 */
import type { Translate } from '../engine/messages';
import { byTime } from './diff';
import type { AgreedAction, Colleague, Session } from './record';
import { type FixPlace, whereToFix } from './where-to-fix';

/** How many findings the sheet lists: what a colleague can take on before the next session. */
export const SHEET_ITEMS = 5;

export interface SheetItem {
  ruleId: string;
  /** Points of the overall score that fixing it recovers. */
  points: number;
  where: FixPlace | null;
  /** The action agreed on it in that session, if any. */
  action: AgreedAction | null;
}

export interface CoachingSheet {
  name: string;
  /** The latest session's time (ISO 8601). */
  at: string;
  score: number | null;
  guidelines: string;
  items: SheetItem[];
  /** Only the notes meant for the colleague; the ambassador's memos stay off the sheet. */
  notes: string[];
  nextSessionOn: string | null;
  retentionMonths: number;
}

/** The sheet for the latest session, or null when there is none. */
export function sheetOf(colleague: Colleague, sessions: readonly Session[], retentionMonths: number, translate?: Translate): CoachingSheet | null {
  const latest = byTime(sessions).at(-1);
  if (!latest) return null;
  // Most points first; equal points keep the engine's order (by severity), which sort's stability preserves.
  const failed = latest.outcomes.filter((outcome) => outcome.status === 'fail').sort((a, b) => b.points - a.points);
  const items = failed.slice(0, SHEET_ITEMS).map((outcome) => ({
    ruleId: outcome.ruleId,
    points: outcome.points,
    where: whereToFix(outcome, latest.site, latest.profileKey, translate),
    action: latest.actions.find((action) => action.ruleId === outcome.ruleId) ?? null,
  }));
  return {
    name: colleague.name,
    at: latest.at,
    score: latest.score.overall,
    guidelines: latest.guidelines.name,
    items,
    notes: latest.notes.filter((note) => note.forColleague && note.text.trim() !== '').map((note) => note.text),
    nextSessionOn: latest.nextSessionOn ?? null,
    retentionMonths,
  };
}
