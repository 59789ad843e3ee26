/**
 * @file A colleague's sessions summed up for the team's figures (src/coaching/team-types.ts `ColleagueSummary`):
 * each session in brief, each site's newest findings that hold a stage back, and the agreed actions not shown done.
 * The store keeps one beside each colleague and makes it again whenever their sessions change, so the dashboard reads
 * no session; `team-report` makes one per colleague from the bundles. Pure: nothing in it depends on today, the
 * guidelines in use or the stages, which the figures apply (src/coaching/team.ts).
 */
import { MANUAL_PREFIX } from '../engine/message-keys';
import type { ColleagueRecord, ColleagueSummary, OpenOutcome, SessionBrief, SessionSource, TeamMember } from './team-types';
import { byText } from './order';

/** Oldest first, then by id: the store's order (it reads sessions by id), whatever order they come in. */
const byAtThenId = (a: { at: string; id: string }, b: { at: string; id: string }) => byText(a.at, b.at) || byText(a.id, b.id);

const isSorted = (sessions: readonly SessionSource[]): boolean => {
  for (let index = 1; index < sessions.length; index++) if (byAtThenId(sessions[index - 1] as SessionSource, sessions[index] as SessionSource) > 0) return false;
  return true;
};

const isOpen = (status: string): status is OpenOutcome['status'] => status === 'fail' || status === 'incomplete' || status === 'error';

/** A session's findings failed or not read, in its order, each copied (the summary shares nothing with the session). */
function openOf(outcomes: SessionSource['outcomes']): OpenOutcome[] {
  const open: OpenOutcome[] = [];
  for (const { ruleId, step, status } of outcomes) if (isOpen(status)) open.push({ ruleId, step, status });
  return open;
}

function briefOf(session: SessionSource): SessionBrief {
  const { id, at, site, guidelines, score, audience } = session;
  const brief: SessionBrief = { id, at, site, fingerprint: guidelines.fingerprint, overall: score.overall };
  if (audience) brief.audience = { followers: audience.followers, connections: audience.connections };
  return brief;
}

/**
 * The agreed actions of sessions sorted oldest first that no later session under the same guidelines showed done:
 * walked once from the newest back, gathering what each guidelines' later sessions passed or answered done
 * (src/coaching/actions.ts `actionProgress` asks the same of every pair of sessions; a property test holds the two
 * equal). Newest session first.
 */
export function openActionsOf(sorted: readonly SessionSource[]): ColleagueSummary['openActions'] {
  const shown = new Map<string, { passed: Set<string>; answered: Set<string> }>();
  const open: ColleagueSummary['openActions'] = [];
  for (let index = sorted.length - 1; index >= 0; index--) {
    const session = sorted[index] as SessionSource;
    let later = shown.get(session.guidelines.fingerprint);
    if (!later) shown.set(session.guidelines.fingerprint, (later = { passed: new Set(), answered: new Set() }));
    for (const action of session.actions) {
      const done =
        later.passed.has(action.ruleId) || (action.ruleId.startsWith(MANUAL_PREFIX) && later.answered.has(action.ruleId.slice(MANUAL_PREFIX.length)));
      if (!done) open.push({ at: session.at, due: action.due });
    }
    for (const outcome of session.outcomes) if (outcome.status === 'pass') later.passed.add(outcome.ruleId);
    // Own keys only, as Object.entries gives them, without a pair made for each.
    for (const item of Object.keys(session.answers)) if (session.answers[item] === true) later.answered.add(item);
  }
  return open;
}

/** How many agreed actions are past their due day on `today` (YYYY-MM-DD) and not shown done. */
export const overdueOf = (summary: Pick<ColleagueSummary, 'openActions'>, today: string): number =>
  summary.openActions.reduce((count, action) => (action.due < today ? count + 1 : count), 0);

/** The summary of a colleague's sessions (any order, the same summary; the input is left as it is). */
export function summaryOf(sessions: readonly SessionSource[]): ColleagueSummary {
  // A merge gives them sorted already (src/coaching/bundle-merge.ts): then read as they are, never changed.
  const sorted = isSorted(sessions) ? sessions : [...sessions].sort(byAtThenId);
  const newest = new Map<string, SessionSource>();
  for (const session of sorted) {
    const kept = newest.get(session.site);
    if (!kept || kept.at < session.at) newest.set(session.site, session);
  }
  return {
    sessions: sorted.map(briefOf),
    // In the order of their newest session (then by site): the order stays when retention deletes older sessions.
    latest: [...newest.values()].sort((a, b) => byText(a.at, b.at) || byText(a.site, b.site)).map(({ site, at, outcomes }) => ({
      site,
      at,
      open: openOf(outcomes),
    })),
    openActions: openActionsOf(sorted),
  };
}

/**
 * The summary once the sessions before `cutoff` (an ISO time) are deleted, as retention deletes them: equal to
 * `summaryOf` of the sessions left (a property test holds it), without them. A later session stays whenever an
 * earlier one does, so what later sessions showed done is unchanged; a site whose newest session goes has no
 * session left.
 */
export function summaryFrom(summary: ColleagueSummary, cutoff: string): ColleagueSummary {
  return {
    sessions: summary.sessions.filter((session) => session.at >= cutoff),
    latest: summary.latest.filter((site) => site.at >= cutoff),
    openActions: summary.openActions.filter((action) => action.at >= cutoff),
  };
}

/** A colleague and their sessions as one of the team: their summary in place of the sessions. */
export const memberOf = ({ colleague, sessions }: ColleagueRecord): TeamMember => ({ colleague, summary: summaryOf(sessions) });
