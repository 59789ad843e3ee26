/**
 * @file A coaching session made from a check result, keeping only what coaching needs: each finding's status, its
 * points and short labels of its evidence (field names, counts), never a text, name or handle read from the page.
 * What someone follows can reveal their views, so a following list leaves at most a count that a rule flagged.
 * Pure and zod-free (the popup builds sessions); src/storage/coaching validates what it stores.
 */
import type { Finding } from '../engine/run-rules';
import type { GuidelinesInUse } from '../messaging/protocol';
import type { Snapshot } from '../snapshot';
import type { AgreedAction, CoachedSite, GuidelinesRef, RuleOutcome, Session, SessionAudience, SessionNote } from './record';

/** Evidence `field` values that are field names a person can look up, not page text. */
const FIELD_NAME = /^[a-z][A-Za-z]{0,39}$/;

/**
 * Short labels for a finding's evidence: the fields it points at (once each, in order) and how many items it
 * names ("3 items"), or the fields that could not be read. The evidence's text is never kept.
 */
export function labelsOf(finding: Finding): string[] {
  if (finding.status === 'incomplete') return (finding.unreadable ?? []).filter((name) => FIELD_NAME.test(name));
  const fields = [...new Set(finding.evidence.map((item) => item.field).filter((field): field is string => !!field && FIELD_NAME.test(field)))];
  const count = finding.evidence.length;
  return count === 0 ? fields : [...fields, `${count} ${count === 1 ? 'item' : 'items'}`];
}

/** The guidelines as a session names them: company and season when they say, else where they came from. */
export function guidelinesRefOf(inUse: GuidelinesInUse): GuidelinesRef {
  const name = [inUse.company, inUse.season].filter(Boolean).join(' · ') || inUse.source;
  return { name, fingerprint: inUse.fingerprint };
}

/** A count field's number when the page showed one; null when absent or unreadable (unknown, not zero). */
const countOf = (field: { status: string; value?: unknown } | undefined): number | null =>
  field?.status === 'present' && typeof field.value === 'number' ? field.value : null;

/**
 * The profile's audience as the page showed it (the team's visibility figure): LinkedIn's followers and connections
 * ("500+" reads as 500), X's followers (X has no connections). Counts only; undefined for a page that is no profile.
 */
export function audienceOf(snapshot: Snapshot | undefined): SessionAudience | undefined {
  if (snapshot?.pageType !== 'profile') return undefined;
  return {
    followers: countOf(snapshot.fields.followers),
    connections: snapshot.site === 'linkedin' ? countOf(snapshot.fields.connections) : null,
  };
}

export interface SessionInput {
  id: string;
  colleagueId: string;
  site: CoachedSite;
  profileKey: string;
  now: Date;
  /**
   * The check the ambassador and the colleague looked at (findings and points in the same order), and the snapshot
   * checked, of which the session keeps only the audience counts (`audienceOf`).
   */
  result: { findings: readonly Finding[]; points: readonly number[]; score: Session['score']; guidelines: GuidelinesInUse; snapshot?: Snapshot };
  /** The checklist items asked of the colleague in the session, as they answered. */
  answers?: Readonly<Record<string, boolean>>;
  notes?: readonly SessionNote[];
  actions?: readonly AgreedAction[];
  nextSessionOn?: string;
}

export function sessionOf(input: SessionInput): Session {
  const { result } = input;
  const audience = audienceOf(result.snapshot);
  const outcomes: RuleOutcome[] = result.findings.map((finding, index) => ({
    ruleId: finding.ruleId,
    step: finding.step,
    status: finding.status,
    points: Math.round((result.points[index] ?? 0) * 10) / 10,
    labels: labelsOf(finding),
  }));
  return {
    id: input.id,
    colleagueId: input.colleagueId,
    site: input.site,
    profileKey: input.profileKey,
    at: input.now.toISOString(),
    guidelines: guidelinesRefOf(result.guidelines),
    score: { overall: result.score.overall, steps: { ...result.score.steps } },
    outcomes,
    answers: { ...input.answers },
    notes: (input.notes ?? []).map((note) => ({ ...note })),
    actions: (input.actions ?? []).map((action) => ({ ...action })),
    ...(input.nextSessionOn ? { nextSessionOn: input.nextSessionOn } : {}),
    ...(audience ? { audience } : {}),
  };
}
