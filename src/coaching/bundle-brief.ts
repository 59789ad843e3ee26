/**
 * @file What the team's figures and the merge read of a checked bundle (src/coaching/bundle.ts `parseBundle`'s): its
 * colleagues and settings, and each session in brief (`BriefSession`), the text and the rest of the parsed tree left
 * for the garbage collector. The `team-report` command keeps this of each bundle file it reads, in whichever thread
 * read it (src/cli/team-report-read.ts). Pure: it reads no file and merges nothing (./bundle-merge.ts does).
 */
import type { BundleSettings, CoachingBundle, MergeInput } from './bundle-merge';
import type { Colleague, Session } from './record';
import type { SessionSource } from './team-types';

/**
 * A session as the team's figures read it (src/coaching/summary.ts `summaryOf`) and the merge joins it: no notes,
 * no labels, no points, no step scores, and only the findings that passed or are open (the others count nowhere).
 */
export interface BriefSession extends SessionSource {
  colleagueId: string;
}

type Outcome = SessionSource['outcomes'][number];

/** A bundle as kept after its check: whole (the sessions CSV reads every session's scores), or its sessions in brief. */
export interface KeptBundle<S extends BriefSession | Session = BriefSession | Session> extends MergeInput<S> {
  colleagues: Colleague[];
  sessions: S[];
  guidelinesName: string | null;
  settings?: BundleSettings | undefined;
}

/**
 * Small values that recur in every session (a finding's rule, step and status, the guidelines' print, a score) made
 * once per bundle and shared: the brief of 6,000 sessions is then mostly references, cheap to keep and to post from
 * a worker (structured cloning keeps what is shared shared).
 */
class Shared {
  /** By rule id: the few steps and statuses each rule was seen with (no key string built per finding). */
  private readonly outcomes = new Map<string, Outcome[]>();
  private readonly fingerprints = new Map<string, { fingerprint: string }>();
  private readonly scores = new Map<number | null, { overall: number | null }>();

  outcome(ruleId: string, step: Outcome['step'], status: Outcome['status']): Outcome {
    let seen = this.outcomes.get(ruleId);
    if (!seen) this.outcomes.set(ruleId, (seen = []));
    for (const outcome of seen) if (outcome.status === status && outcome.step === step) return outcome;
    const outcome = { ruleId, step, status };
    seen.push(outcome);
    return outcome;
  }

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

function briefOf(session: Session, shared: Shared): BriefSession {
  const outcomes: Outcome[] = [];
  for (const { ruleId, step, status } of session.outcomes) if (status !== 'notApplicable') outcomes.push(shared.outcome(ruleId, step, status));
  const brief: BriefSession = {
    id: session.id,
    colleagueId: session.colleagueId,
    site: session.site,
    at: session.at,
    guidelines: shared.fingerprint(session.guidelines.fingerprint),
    score: shared.score(session.score.overall),
    outcomes,
    actions: session.actions.map(({ ruleId, due }) => ({ ruleId, due })),
    answers: session.answers,
  };
  if (session.audience) brief.audience = { followers: session.audience.followers, connections: session.audience.connections };
  return brief;
}

/** What is kept of a checked bundle: its sessions whole, or in brief. */
export function keptOf(bundle: CoachingBundle, whole: boolean): KeptBundle {
  const shared = new Shared();
  return {
    colleagues: bundle.colleagues,
    sessions: whole ? bundle.sessions : bundle.sessions.map((session) => briefOf(session, shared)),
    guidelinesName: bundle.guidelines?.name ?? null,
    ...(bundle.settings ? { settings: bundle.settings } : {}),
  };
}
