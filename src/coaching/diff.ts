/**
 * @file What changed between two coaching sessions, by rule id: findings fixed (failed, then passed), new (not
 * failed, then failed), still open (failed in both), and those that cannot be judged this time (failed, then not
 * read, or no longer applying). Sessions checked under different guidelines are never compared as if alike: the
 * answer says so instead. Pure; it does not word anything (the page does).
 */
import type { GuidelinesRef, RuleOutcome, Session } from './record';

/** One rule's outcome in the earlier and the later session (undefined when that session did not check it). */
export interface Change {
  ruleId: string;
  before: RuleOutcome | undefined;
  after: RuleOutcome | undefined;
}

export interface SessionDiff {
  kind: 'compared';
  before: Session;
  after: Session;
  /** Failed before, passed now. */
  fixed: Change[];
  /** Not failed before (passed, not applicable, not read or not checked), failed now. */
  new: Change[];
  /** Failed in both. */
  open: Change[];
  /** Failed before, not read now (incomplete or error): neither fixed nor still open. */
  notRead: Change[];
  /** Failed before, not applicable now (or no longer checked): not a fix either. */
  noLongerApplies: Change[];
}

/** The two sessions were checked against different guidelines: each can be seen on its own, not as a diff. */
export interface GuidelinesDiffer {
  kind: 'differentGuidelines';
  before: Session;
  after: Session;
  guidelines: { before: GuidelinesRef; after: GuidelinesRef };
}

export type Comparison = SessionDiff | GuidelinesDiffer;

export const isUnread = (outcome: RuleOutcome | undefined) => outcome?.status === 'incomplete' || outcome?.status === 'error';

/** True when the two sessions were checked under the same guidelines (equal fingerprints). */
export const sameGuidelines = (a: Session, b: Session) => a.guidelines.fingerprint === b.guidelines.fingerprint;

/** Sessions oldest first (ISO times sort as text); the input is left as it is. */
export const byTime = (sessions: readonly Session[]): Session[] => [...sessions].sort((a, b) => a.at.localeCompare(b.at));

function outcomesByRule(session: Session): Map<string, RuleOutcome> {
  return new Map(session.outcomes.map((outcome) => [outcome.ruleId, outcome]));
}

/** Most points first (what fixing it is worth now, else then), then by rule id for a stable order. */
function byPoints(a: Change, b: Change): number {
  const points = (change: Change) => Math.max(change.after?.points ?? 0, change.before?.points ?? 0);
  return points(b) - points(a) || a.ruleId.localeCompare(b.ruleId);
}

/** Compares two sessions in time order, whichever order they are given in. */
export function compareSessions(one: Session, other: Session): Comparison {
  const [before, after] = one.at <= other.at ? [one, other] : [other, one];
  if (!sameGuidelines(before, after)) {
    return { kind: 'differentGuidelines', before, after, guidelines: { before: before.guidelines, after: after.guidelines } };
  }
  const diff: SessionDiff = { kind: 'compared', before, after, fixed: [], new: [], open: [], notRead: [], noLongerApplies: [] };
  const earlier = outcomesByRule(before);
  const later = outcomesByRule(after);
  for (const ruleId of new Set([...earlier.keys(), ...later.keys()])) {
    const change: Change = { ruleId, before: earlier.get(ruleId), after: later.get(ruleId) };
    const failedBefore = change.before?.status === 'fail';
    const status = change.after?.status;
    if (status === 'fail') (failedBefore ? diff.open : diff.new).push(change);
    else if (!failedBefore) continue;
    else if (status === 'pass') diff.fixed.push(change);
    else if (isUnread(change.after)) diff.notRead.push(change);
    else diff.noLongerApplies.push(change);
  }
  for (const list of [diff.fixed, diff.new, diff.open, diff.notRead, diff.noLongerApplies]) list.sort(byPoints);
  return diff;
}

/** The two sessions compared by default: the last two (oldest first), or null with fewer than two. */
export function defaultPair(sessions: readonly Session[]): [Session, Session] | null {
  const sorted = byTime(sessions);
  const [before, after] = sorted.slice(-2);
  return before && after ? [before, after] : null;
}
