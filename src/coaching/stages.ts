/**
 * @file The three stages of a socialised workforce as rule outcomes, with the reason for each rule, and where a
 * colleague stands on them (../shared/DOMAIN.md, "stages of a socialised workforce" and "team figures that mean
 * something"). The one documented place that says which rules make a stage; a company's guidelines may change it
 * (`stages:`, src/guidelines). Pure: it reads sessions, it does not word anything (the messages `stage*` do).
 */
import type { Guidelines } from '../guidelines/schema';
import type { RuleOutcome, Session } from './record';
import type { StageDefinition, StageId, StageStanding, Stages } from './team-types';

/**
 * The stages a colleague reaches in order. A stage asks that none of its rules failed and no finding of its steps
 * failed in the colleague's latest session on each site (src/coaching/team-types.ts `StageDefinition`).
 */
export const DEFAULT_STAGES: Stages = [
  {
    // Stage 1, foundations: "everyone knows what is acceptable and what harms the brand on their personal
    // accounts". A safe profile: nothing against the guidelines, a real photo, the current position names the
    // company.
    id: 'safe',
    // Every finding of the guidelines step (banned and confidential terms, disparaging a competitor, the required
    // disclosure, the brand's spelling): what harms the brand.
    steps: ['guidelines'],
    rules: [
      // A real photo: people recognise a face and trust what it shares for the company; without one, a profile
      // reads as empty.
      'profile-photo',
      // The current position names the company: the colleague is visibly one of its people, under its name.
      'current-position-company',
    ],
  },
  {
    // Stage 2, connected to the company (the checklist's "team up": link your profile to the company's presence
    // through content, links and contacts): page linked, website, handle.
    id: 'connected',
    steps: [],
    rules: [
      // The company's LinkedIn page linked from the position: one click from the person to the company.
      'company-page-link',
      // A website on the profile at all, then the company's own: its site is where visitors become customers.
      'website-link',
      'website-domain',
      // The company's X handle in the bio: colleagues give the company visibility and it gives them theirs.
      'company-handle',
    ],
  },
  {
    // Stage 3, speaks for the company outside (external: "build relationships with customers and partners"): the
    // checklist's "plan ahead", the season's strategy carried by the profile.
    id: 'speaking',
    steps: [],
    rules: [
      // The season's themes in the headline and the About or bio: clients, prospects, market, sector.
      'headline-keywords',
      'about-keywords',
      // The company's current campaigns present: the events and messages the season communicates.
      'campaign-presence',
      // LinkedIn and X say the same: one person, one message, wherever a customer meets them.
      'cross-site-consistency',
    ],
  },
];

/**
 * The stages a company's guidelines ask for: `DEFAULT_STAGES` with each list the guidelines' `stages:` gives in place
 * of the default one (the rule ids were checked against the registry when the guidelines were read).
 */
export function stagesOf(guidelines: Pick<Guidelines, 'stages'>): Stages {
  return DEFAULT_STAGES.map((stage) => {
    const override = guidelines.stages?.[stage.id];
    return { id: stage.id, rules: override?.rules ?? stage.rules, steps: override?.steps ?? stage.steps };
  });
}

/** Each site's newest session (the outcomes a stage looks at). */
export function latestPerSite(sessions: readonly Session[]): Session[] {
  const latest = new Map<string, Session>();
  for (const session of sessions) {
    const kept = latest.get(session.site);
    if (!kept || kept.at < session.at) latest.set(session.site, session);
  }
  return [...latest.values()];
}

type Verdict = 'reached' | 'failed' | 'unsure';

/** An outcome as a stage reads it. */
type StageOutcome = Pick<RuleOutcome, 'ruleId' | 'step' | 'status'>;

/**
 * A stage's verdict on the outcomes: any failure holds it back; failing that, any outcome not read (incomplete or
 * error) leaves it undecided. Not applicable, passed, or not checked at all (no such outcome): no obstacle.
 */
function verdictOf(stage: StageDefinition, latest: readonly (readonly StageOutcome[])[]): Verdict {
  let unread = false;
  for (const outcomes of latest) {
    for (const outcome of outcomes) {
      if (!stage.rules.includes(outcome.ruleId) && !stage.steps.includes(outcome.step)) continue;
      if (outcome.status === 'fail') return 'failed';
      if (outcome.status === 'incomplete' || outcome.status === 'error') unread = true;
    }
  }
  return unread ? 'unsure' : 'reached';
}

/**
 * Where a colleague stands: the highest stage reached in order (each asks for the one before it), and whether the
 * next one was left undecided by an outcome not read. No session: not even a safe profile, and nothing unsure.
 */
export function stageOf(sessions: readonly Session[], stages: Stages): StageStanding {
  return standingOf(
    latestPerSite(sessions).map((session) => session.outcomes),
    stages,
  );
}

/**
 * `stageOf` on the outcomes of each site's latest session, already picked (src/coaching/team.ts reads them from the
 * colleague's summary, which keeps only those failed or not read: the others hold no stage back).
 */
export function standingOf(latest: readonly (readonly StageOutcome[])[], stages: Stages): StageStanding {
  let reached: StageId | null = null;
  if (latest.length === 0) return { reached, unsure: false };
  for (const stage of stages) {
    const verdict = verdictOf(stage, latest);
    if (verdict !== 'reached') return { reached, unsure: verdict === 'unsure' };
    reached = stage.id;
  }
  return { reached, unsure: false };
}
