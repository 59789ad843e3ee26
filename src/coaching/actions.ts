/**
 * @file Where the agreed actions stand: done when a later session under the same guidelines shows the action's
 * finding passed (for a checklist item, `manual:<id>`, when the colleague answered it done in a later session),
 * overdue when its due date has passed and it is not done, due otherwise. A later session under other guidelines,
 * or one that could not read the finding, proves nothing either way. Pure: today's date is passed in.
 */
import { MANUAL_PREFIX } from '../engine/message-keys';
import { byTime, sameGuidelines } from './diff';
import type { AgreedAction, Session } from './record';

export type ActionState = 'done' | 'overdue' | 'due';

export interface ActionProgress {
  action: AgreedAction;
  /** The session in which it was agreed. */
  agreedIn: Session;
  state: ActionState;
  /** The first later session that shows it done, when one does. */
  doneIn: Session | null;
}

/** True when `session` shows the action's finding passed (or, for a checklist item, answered done). */
export function showsDone(action: AgreedAction, session: Session): boolean {
  if (action.ruleId.startsWith(MANUAL_PREFIX) && session.answers[action.ruleId.slice(MANUAL_PREFIX.length)] === true) return true;
  return session.outcomes.some((outcome) => outcome.ruleId === action.ruleId && outcome.status === 'pass');
}

/**
 * Every action agreed in any of the sessions, with where it stands on `today` (YYYY-MM-DD, the local calendar day):
 * the latest session's first, each session's in the order agreed.
 */
export function actionProgress(sessions: readonly Session[], today: string): ActionProgress[] {
  const sorted = byTime(sessions);
  const progress: ActionProgress[] = [];
  for (let index = sorted.length - 1; index >= 0; index--) {
    const agreedIn = sorted[index] as Session;
    const later = sorted.slice(index + 1).filter((session) => sameGuidelines(session, agreedIn));
    for (const action of agreedIn.actions) {
      const doneIn = later.find((session) => showsDone(action, session)) ?? null;
      const state: ActionState = doneIn ? 'done' : action.due < today ? 'overdue' : 'due';
      progress.push({ action, agreedIn, state, doneIn });
    }
  }
  return progress;
}
