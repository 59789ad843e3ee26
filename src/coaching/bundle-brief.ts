/**
 * @file What the team's figures and the merge read of a checked bundle (src/coaching/bundle.ts `parseBundle`'s): its
 * colleagues and settings, and each session in brief (`BriefSession`), the text and the rest of the parsed tree left
 * for the garbage collector. The `team-report` command keeps this of each bundle file it reads
 * (src/cli/team-report-read.ts). Pure: it reads no file and merges nothing (./bundle-merge.ts does).
 */
import type { BundleSettings, CoachingBundle, MergeInput } from './bundle-merge';
import type { Colleague, Session } from './record';
import type { SessionSource } from './team-types';

/**
 * A session as the team's figures read it (src/coaching/summary.ts `summaryOf`) and the merge joins it: no notes,
 * no profile key, no step scores. Its outcomes, actions, answers and audience are the checked bundle's own, not
 * copies: in version 2 the outcomes are the bundle's list's, shared by every session, so a brief is one object.
 */
export interface BriefSession extends SessionSource {
  colleagueId: string;
}

/** A bundle as kept after its check: whole (the sessions CSV reads every session's scores), or its sessions in brief. */
export interface KeptBundle<S extends BriefSession | Session = BriefSession | Session> extends MergeInput<S> {
  colleagues: Colleague[];
  sessions: S[];
  guidelinesName: string | null;
  settings?: BundleSettings | undefined;
}

/**
 * Values that recur in every session (the guidelines' print, a score) made once per bundle and shared: the
 * guidelines' name and the step scores of 6,000 sessions are left for the garbage collector.
 */
class Shared {
  private readonly fingerprints = new Map<string, { fingerprint: string }>();
  private readonly scores = new Map<number | null, { overall: number | null }>();

  fingerprint(fingerprint: string): { fingerprint: string } {
    let shared = this.fingerprints.get(fingerprint);
    if (!shared) this.fingerprints.set(fingerprint, (shared = { fingerprint }));
    return shared;
  }

  score(overall: number | null): { overall: number | null } {
    let shared = this.scores.get(overall);
    if (!shared) this.scores.set(overall, (shared = { overall }));
    return shared;
  }
}

/**
 * Every object made per session is copied by the young generation's collector while the file's other sessions are
 * read, then again into the old generation: the brief makes one, and keeps the rest as parsed.
 */
function briefOf(session: Session, shared: Shared): BriefSession {
  const brief: BriefSession = {
    id: session.id,
    colleagueId: session.colleagueId,
    site: session.site,
    at: session.at,
    guidelines: shared.fingerprint(session.guidelines.fingerprint),
    score: shared.score(session.score.overall),
    outcomes: session.outcomes,
    actions: session.actions,
    answers: session.answers,
  };
  if (session.audience) brief.audience = session.audience;
  return brief;
}

/**
 * What is kept of each session of one bundle: the session whole, or in brief (the values that recur made once for
 * the bundle).
 */
export function keeperOf(whole: false): (session: Session) => BriefSession;
export function keeperOf(whole: boolean): (session: Session) => BriefSession | Session;
export function keeperOf(whole: boolean): (session: Session) => BriefSession | Session {
  if (whole) return (session) => session;
  const shared = new Shared();
  return (session) => briefOf(session, shared);
}

/** What is kept of a checked bundle whose sessions are kept already (`keeperOf`). */
export function keptFrom<S extends BriefSession | Session>(bundle: Omit<CoachingBundle, 'sessions'> & { sessions: S[] }): KeptBundle<S> {
  return {
    colleagues: bundle.colleagues,
    sessions: bundle.sessions,
    guidelinesName: bundle.guidelines?.name ?? null,
    ...(bundle.settings ? { settings: bundle.settings } : {}),
  };
}

/** What is kept of a checked bundle: its sessions whole, or in brief. */
export function keptOf(bundle: CoachingBundle, whole: boolean): KeptBundle {
  return keptFrom({ ...bundle, sessions: whole ? bundle.sessions : bundle.sessions.map(keeperOf(false)) });
}
