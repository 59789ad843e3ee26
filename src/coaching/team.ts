/**
 * @file The team's figures and rows from the coaching record (../shared/DOMAIN.md, "team figures that mean
 * something"): onboarded against the team's size on each day, alignment gained, visibility, where training should
 * go, stages, the score distribution and, only with a cost per thousand views, the value. Team figures, never a
 * ranking: rows come by name. Pure and linear: one pass over each colleague's summary (src/coaching/summary.ts: their
 * sessions in brief, kept by the store beside them) into their facts (`colleagueFacts`, which `team-report` works out
 * as it reads), today's date passed in; it words nothing (the dashboard and the reports do) and returns colleagues by
 * id, never their text.
 */
import type { CoachedSite, SessionAudience } from './record';
import { standingOf } from './stages';
import { overdueOf } from './summary';
import type {
  ColleagueRow,
  Median,
  OnboardedPoint,
  SessionBrief,
  StageId,
  StageStanding,
  TeamFigures,
  TeamInput,
  TeamMember,
  TeamSize,
} from './team-types';
import { calendarDay } from '../engine/dates';
import type { Step } from '../guidelines/schema';
import { byText } from './order';

/** Two sessions closer than this say nothing about an audience's growth (the seed KPI compares seasons). */
export const VISIBILITY_MIN_DAYS = 30;
/** Where training should go: the five most common open findings. */
export const GAPS_SHOWN = 5;
const DAY_MS = 86_400_000;

/** The three visibility figures: a site and a count of its profiles. */
export const VISIBILITY_FIGURES = [
  { figure: 'linkedinFollowers', site: 'linkedin', count: 'followers' },
  { figure: 'linkedinConnections', site: 'linkedin', count: 'connections' },
  { figure: 'xFollowers', site: 'x', count: 'followers' },
] as const satisfies readonly { figure: string; site: CoachedSite; count: keyof SessionAudience }[];
export type VisibilityFigure = (typeof VISIBILITY_FIGURES)[number]['figure'];

/** A colleague's visibility pair for one figure: the counts in the first and latest sessions it compares. */
export interface VisibilityPair {
  id: string;
  /** Session ids. */
  from: string;
  to: string;
  first: number;
  latest: number;
  /** (latest - first) / first × 100. */
  change: number;
}

/** What the figures stand on, colleague by colleague (ids and numbers, never text): the dashboard's "how". */
export interface TeamBasis {
  /** Colleagues onboarded today. */
  onboarded: string[];
  /** Colleagues behind the alignment figure, with their first and latest scores. */
  alignment: { id: string; first: number; latest: number }[];
  visibility: Record<VisibilityFigure, VisibilityPair[]>;
  /** The colleagues behind each gap, in the figures' order. */
  gaps: { ruleId: string; ids: string[] }[];
  /** The colleagues at each stage or beyond, in order. */
  stages: { id: StageId; ids: string[] }[];
  stageUnsure: string[];
  /** Colleagues without a latest overall score. */
  unscored: string[];
}

/**
 * Everything the figures and the rows need from one colleague, worked out once from their summary
 * (`colleagueFacts`): ids, numbers and the row's fields, no session kept. `team-report` works each colleague's out as
 * soon as it has summed them up and lets the summary go, so 9,000 summaries are never held at once.
 */
export interface ColleagueFacts {
  id: string;
  name: string;
  /** How many sessions. */
  sessions: number;
  /** When the first session was made (ms since the epoch); null without a session. */
  firstAt: number | null;
  /**
   * When the colleague became onboarded and when they stopped being so, alternately (ms since the epoch, ascending):
   * the times of the sessions that changed it. Onboarded from the first, not from the second, and so on.
   */
  onboardedChanges: number[];
  /** The latest session (any site), as the row shows it. */
  latest: ColleagueRow['latest'];
  /** The latest session's score is at or above the onboarding score. */
  onboarded: boolean;
  change: number | null;
  alignment: { first: number; latest: number } | null;
  visibility: Record<VisibilityFigure, VisibilityPair | null>;
  /** Rules failed in the latest session of some site, with their step. */
  failed: Map<string, Step>;
  stage: StageStanding;
  /** Agreed actions past their due day on the team's today and not shown done. */
  overdueActions: number;
}

/** What a colleague's facts depend on besides their summary: the team's onboarding score, stages and today. */
export type FactsContext = Pick<TeamInput, 'onboardingScore' | 'stages' | 'today'>;

/**
 * A team whose colleagues' facts are worked out already (`colleagueFacts`, with this input's onboarding score,
 * stages and today), in place of their summaries: what `team-report` keeps.
 */
export interface TeamFactsInput extends Omit<TeamInput, 'team'> {
  facts: readonly ColleagueFacts[];
}

const scoreOf = (session: SessionBrief | null | undefined): number | null => session?.overall ?? null;
const sameGuidelines = (a: SessionBrief, b: SessionBrief) => a.fingerprint === b.fingerprint;

const isOnboarded = (session: SessionBrief | null | undefined, onboardingScore: number) => {
  const score = scoreOf(session);
  return score !== null && score >= onboardingScore;
};

/** The latest session's change since the one before it on the same site under the same guidelines. */
function changeOf(sorted: readonly SessionBrief[], latest: SessionBrief): number | null {
  for (let index = sorted.length - 2; index >= 0; index--) {
    const before = sorted[index] as SessionBrief;
    if (before.site !== latest.site || !sameGuidelines(before, latest)) continue;
    const [then, now] = [scoreOf(before), scoreOf(latest)];
    return then === null || now === null ? null : now - then;
  }
  return null;
}

/**
 * First to latest on the latest session's site and guidelines: the first such session with a score (a first check
 * that scored nothing is no starting point), when it is not the latest itself.
 */
function alignmentOf(sorted: readonly SessionBrief[], latest: SessionBrief): { first: number; latest: number } | null {
  const now = scoreOf(latest);
  if (now === null) return null;
  const first = sorted.find((session) => session.site === latest.site && sameGuidelines(session, latest) && scoreOf(session) !== null);
  return first && first !== latest ? { first: scoreOf(first) as number, latest: now } : null;
}

/**
 * For each figure, the first and latest sessions on its site that both have its count, at least 30 days apart, the
 * first count above zero (a change in per cent needs one). Guidelines do not matter: counts are counts. One pass.
 */
function visibilityOf(id: string, sorted: readonly SessionBrief[]): Record<VisibilityFigure, VisibilityPair | null> {
  const ends = VISIBILITY_FIGURES.map(() => ({ first: null as SessionBrief | null, last: null as SessionBrief | null }));
  // Plain loops, no callback per session and figure: this runs for every session of the team.
  for (const session of sorted) {
    const { audience } = session;
    if (!audience) continue;
    for (let index = 0; index < VISIBILITY_FIGURES.length; index++) {
      const { site, count } = VISIBILITY_FIGURES[index] as (typeof VISIBILITY_FIGURES)[number];
      if (session.site !== site || typeof audience[count] !== 'number') continue;
      const end = ends[index] as (typeof ends)[number];
      end.first ??= session;
      end.last = session;
    }
  }
  const pairs = {} as Record<VisibilityFigure, VisibilityPair | null>;
  VISIBILITY_FIGURES.forEach(({ figure, count }, index) => {
    const { first, last } = ends[index] as (typeof ends)[number];
    const [before, after] = [first?.audience?.[count], last?.audience?.[count]];
    pairs[figure] =
      first && last && typeof before === 'number' && typeof after === 'number' && before > 0 && Date.parse(last.at) - Date.parse(first.at) >= VISIBILITY_MIN_DAYS * DAY_MS
        ? { id, from: first.id, to: last.id, first: before, latest: after, change: ((after - before) / before) * 100 }
        : null;
  });
  return pairs;
}

/** The times at which a colleague's onboarded state changed, oldest first (see `ColleagueFacts.onboardedChanges`). */
function onboardedChangesOf(sorted: readonly SessionBrief[], onboardingScore: number): number[] {
  const changes: number[] = [];
  let onboarded = false;
  for (const session of sorted) {
    if (isOnboarded(session, onboardingScore) === onboarded) continue;
    onboarded = !onboarded;
    changes.push(Date.parse(session.at));
  }
  return changes;
}

/** A colleague's facts, from one pass over their summary. */
export function colleagueFacts({ colleague, summary }: TeamMember, context: FactsContext): ColleagueFacts {
  const { id } = colleague;
  const sorted = summary.sessions;
  const latest = sorted.at(-1) ?? null;
  const failed = new Map<string, Step>();
  for (const site of summary.latest) {
    for (const outcome of site.open) if (outcome.status === 'fail' && !failed.has(outcome.ruleId)) failed.set(outcome.ruleId, outcome.step);
  }
  return {
    id,
    name: colleague.name,
    sessions: sorted.length,
    firstAt: sorted.length > 0 ? Date.parse((sorted[0] as SessionBrief).at) : null,
    onboardedChanges: onboardedChangesOf(sorted, context.onboardingScore),
    latest: latest ? { at: latest.at, site: latest.site, overall: scoreOf(latest) } : null,
    onboarded: isOnboarded(latest, context.onboardingScore),
    change: latest ? changeOf(sorted, latest) : null,
    alignment: latest ? alignmentOf(sorted, latest) : null,
    visibility: visibilityOf(id, sorted),
    failed,
    stage: standingOf(
      summary.latest.map((site) => site.open),
      context.stages,
    ),
    overdueActions: overdueOf(summary, context.today),
  };
}

/** Median of the values (the mean of the two middle ones for an even count), and how many. */
export function medianOf(values: readonly number[]): Median {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0 ? null : sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, count: sorted.length };
}

/** YYYY-MM-DD of the last day of each month from `first`'s month to the month before `today`'s. */
export function monthEnds(first: string, today: string): string[] {
  const ends: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const [endYear, endMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  while (year < endYear || (year === endYear && month < endMonth)) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    ends.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return ends;
}

/** The team's size on a day: the entry with the latest `from` on or before it (the later one entered for a tie). */
export function sizeOn(teamSizes: readonly TeamSize[], on: string): TeamSize | null {
  let found: TeamSize | null = null;
  for (const entry of teamSizes) if (entry.from <= on && (!found || entry.from >= found.from)) found = entry;
  return found;
}

/**
 * The first moment of the local calendar day after `day` (YYYY-MM-DD): a session was made on `day` or before when it
 * was made before this moment. Local midnight, or the first moment of the day when a clock change skips midnight.
 */
function endOfDay(day: string): number {
  const moment = new Date(0);
  moment.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1);
  moment.setHours(0, 0, 0, 0);
  return moment.getTime();
}

/**
 * The onboarded count on each day (ascending), and who on the last: each colleague's changes walked once. A session
 * counts from the local day it was made on: its time is compared with each day's end as a moment, so no session's day
 * is written out.
 */
function onboardedCounts(facts: readonly ColleagueFacts[], days: readonly string[]): { counts: number[]; last: string[] } {
  const counts = days.map(() => 0);
  const ends = days.map(endOfDay);
  const last: string[] = [];
  for (const { id, onboardedChanges } of facts) {
    let next = 0;
    for (let index = 0; index < days.length; index++) {
      const end = ends[index] as number;
      while (next < onboardedChanges.length && (onboardedChanges[next] as number) < end) next++;
      // An odd count of changes before the day's end: onboarded then.
      if (next % 2 === 0) continue;
      counts[index] = (counts[index] as number) + 1;
      if (index === days.length - 1) last.push(id);
    }
  }
  return { counts, last };
}

function pointOf(on: string, count: number, teamSizes: readonly TeamSize[]): OnboardedPoint & { sizeFrom: string | null } {
  const size = sizeOn(teamSizes, on);
  return { on, count, size: size?.size ?? null, share: size ? count / size.size : null, sizeFrom: size?.from ?? null };
}

const STAGE_INDEX_NONE = -1;

/**
 * Each colleague's facts, worked out once per input: the rows, the figures and their basis all stand on them, and the
 * dashboard and `team-report` ask for rows and figures of the same input. Keyed by the input object, which nothing
 * changes once made (its fields are read-only).
 */
const factsByInput = new WeakMap<TeamInput, ColleagueFacts[]>();
function factsFor(input: TeamInput | TeamFactsInput): readonly ColleagueFacts[] {
  if ('facts' in input) return input.facts;
  let facts = factsByInput.get(input);
  if (!facts) {
    facts = input.team.map((member) => colleagueFacts(member, input));
    factsByInput.set(input, facts);
  }
  return facts;
}

function collect(input: TeamInput | TeamFactsInput): { basis: TeamBasis; figures: TeamFigures } {
  const facts = factsFor(input);

  // The team's first session: the day of the earliest moment is the earliest day.
  let earliest = Infinity;
  for (const { firstAt } of facts) if (firstAt !== null) earliest = Math.min(earliest, firstAt);
  const first = earliest === Infinity ? null : calendarDay(new Date(earliest));
  const days = [...(first === null ? [] : monthEnds(first, input.today)), input.today];
  const { counts, last: onboardedToday } = onboardedCounts(facts, days);
  const series = days.map((on, index) => {
    const { sizeFrom: _from, ...point } = pointOf(on, counts[index] as number, input.teamSizes);
    return point;
  });
  const today = pointOf(input.today, counts.at(-1) as number, input.teamSizes);

  const alignment = facts.flatMap(({ id, alignment: pair }) => (pair ? [{ id, ...pair }] : []));
  const visibility = {} as Record<VisibilityFigure, VisibilityPair[]>;
  for (const { figure } of VISIBILITY_FIGURES) visibility[figure] = facts.flatMap((fact) => fact.visibility[figure] ?? []);

  const gapsByRule = new Map<string, { step: Step; ids: string[] }>();
  for (const { id, failed } of facts) {
    // forEach, not for…of: no [ruleId, step] pair made for each of the team's failed rules.
    failed.forEach((step, ruleId) => {
      const gap = gapsByRule.get(ruleId);
      if (gap) gap.ids.push(id);
      else gapsByRule.set(ruleId, { step, ids: [id] });
    });
  }
  const gaps = [...gapsByRule]
    .sort(([ruleA, a], [ruleB, b]) => b.ids.length - a.ids.length || byText(ruleA, ruleB))
    .slice(0, GAPS_SHOWN);

  const stageIds = input.stages.map((stage) => stage.id);
  const stages = stageIds.map((id) => ({ id, ids: [] as string[] }));
  const stageUnsure: string[] = [];
  const distribution = Array.from({ length: 10 }, (_, bin) => ({ from: bin * 10, to: bin === 9 ? 100 : bin * 10 + 9, count: 0 }));
  const unscored: string[] = [];
  for (const fact of facts) {
    const reached = fact.stage.reached === null ? STAGE_INDEX_NONE : stageIds.indexOf(fact.stage.reached);
    for (let index = 0; index <= reached; index++) stages[index]?.ids.push(fact.id);
    if (fact.stage.unsure) stageUnsure.push(fact.id);
    const score = fact.latest?.overall ?? null;
    if (score === null) unscored.push(fact.id);
    else {
      const bin = distribution[Math.min(9, Math.max(0, Math.floor(score / 10)))];
      if (bin) bin.count++;
    }
  }

  let audienceGained = 0;
  for (const { figure } of VISIBILITY_FIGURES) for (const pair of visibility[figure]) audienceGained += pair.latest - pair.first;
  const value = input.viewCost
    ? { audienceGained, amount: Math.round((audienceGained / 1000) * input.viewCost.perThousand * 100) / 100, cost: { ...input.viewCost } }
    : null;

  const percentMedian = (figure: VisibilityFigure) => medianOf(visibility[figure].map((pair) => pair.change));
  const figures: TeamFigures = {
    onboarded: { ...today, series },
    alignment: {
      ...medianOf(alignment.map((pair) => pair.latest - pair.first)),
      firstMedian: medianOf(alignment.map((pair) => pair.first)).median,
      latestMedian: medianOf(alignment.map((pair) => pair.latest)).median,
    },
    visibility: {
      linkedinFollowers: percentMedian('linkedinFollowers'),
      linkedinConnections: percentMedian('linkedinConnections'),
      xFollowers: percentMedian('xFollowers'),
    },
    gaps: gaps.map(([ruleId, gap]) => ({ ruleId, step: gap.step, colleagues: gap.ids.length })),
    stages: stages.map(({ id, ids }) => ({ id, count: ids.length })),
    stageUnsure: stageUnsure.length,
    distribution,
    unscored: unscored.length,
    value,
  };
  const basis: TeamBasis = {
    onboarded: onboardedToday,
    alignment,
    visibility,
    gaps: gaps.map(([ruleId, gap]) => ({ ruleId, ids: gap.ids })),
    stages,
    stageUnsure,
    unscored,
  };
  return { basis, figures };
}

/** The team's figures (src/coaching/team-types.ts), computed from every colleague's summary or facts. */
export function teamFigures(input: TeamInput | TeamFactsInput): TeamFigures {
  return collect(input).figures;
}

/** Which colleagues (by id) and which numbers each figure stands on: the dashboard's "how it was computed". */
export function teamBasis(input: TeamInput | TeamFactsInput): TeamBasis {
  return collect(input).basis;
}

/** One row per colleague, by name in the reader's language (`locale`; the runtime's own when not given). */
export function colleagueRows(input: TeamInput | TeamFactsInput, locale?: string): ColleagueRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const rows = factsFor(input).map(
    (fact): ColleagueRow => ({
      id: fact.id,
      name: fact.name,
      sessions: fact.sessions,
      latest: fact.latest && { ...fact.latest },
      change: fact.change,
      stage: fact.stage,
      onboarded: fact.onboarded,
      overdueActions: fact.overdueActions,
    }),
  );
  return rows.sort((a, b) => collator.compare(a.name, b.name) || byText(a.id, b.id));
}
