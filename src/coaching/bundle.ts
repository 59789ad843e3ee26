/**
 * @file The coaching bundle: all of an ambassador's coaching records as one JSON document, to change machines, hand a
 * team over, or combine several ambassadors' teams (the dashboard's export and import, the `team-report` command).
 * `bundleOf` writes one, `parseBundle` reads one with clear errors (each naming its path, never a value: names and
 * notes are personal data), `mergeBundles` combines any number without duplicates. Pure: no storage, no clock (`now`
 * is passed in); src/storage/coaching/import.ts writes a bundle into the store by the same rules.
 *
 * What a bundle holds: the colleagues (with their notice), their sessions, and the team's sizes and view cost. Not the
 * store's own bookkeeping (profile keys, tallies), not the dates people were forgotten, not the retention setting
 * (each machine keeps its own).
 *
 * Unknown fields are dropped, not refused: a bundle of this version carries only what this version knows and checks,
 * so whatever else a file holds (a hand edit, a tool's comment) is never stored; a bundle of a newer version, which
 * could carry more, is refused as a whole ("made by a newer Profile Coach").
 */
import { z } from 'zod';
import type { Colleague, GuidelinesRef, Session } from './record';
import { ColleagueSchema, DaySchema, InstantSchema, SessionSchema } from './record-schema';
import type { ColleagueRecord, TeamSize, ViewCost } from './team-types';

export const BUNDLE_FORMAT = 'profile-coach-coaching';
export const BUNDLE_VERSION = 1;

/**
 * The longest bundle read, in characters (64 MiB; a UTF-8 file is at least as many bytes, so the dashboard checks
 * `File.size` against the same number first). 500 colleagues x 12 typical sessions (about 28 outcomes each) make
 * about 20 MB: three times that leaves room, while a 100 MB file is refused before JSON.parse holds it twice.
 */
export const MAX_BUNDLE_CHARS = 64 * 1024 * 1024;
/** The deepest nesting a bundle has is 6 (sessions[0].outcomes[0].labels[0]); anything far deeper is not one. */
const MAX_DEPTH = 16;
/** A person's name as read from a profile is rarely over 100 characters; 300 leaves room for a note in brackets. */
export const MAX_NAME_CHARS = 300;
/** A note or an action's words: the ambassador's own, a few paragraphs at most. */
const MAX_TEXT_CHARS = 20_000;
/** Ids, keys, rule ids, labels, guidelines' names and prints. */
const MAX_SHORT_CHARS = 500;
/** A session is kept at most this long after it is recorded: a session "in the future" beyond it is refused. */
const FUTURE_MS = 24 * 60 * 60 * 1000;
/** The longest retention a notice may name (the options page's own maximum, ten years). */
const MAX_RETENTION_MONTHS = 120;
const MAX_TEAM_SIZE = 10_000_000;
const MAX_ERRORS = 20;
/** Keys JSON.parse keeps as own properties, which a later spread or assignment could turn into a prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The team's settings a bundle carries (src/coaching/team-types.ts): the sizes entered, and the view cost if any. */
export interface BundleSettings {
  teamSizes: TeamSize[];
  viewCost: ViewCost | null;
}

export interface CoachingBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  /** The guidelines in use when it was exported. */
  guidelines: GuidelinesRef | null;
  colleagues: Colleague[];
  sessions: Session[];
  settings?: BundleSettings;
}

export type ParsedBundle = { ok: true; bundle: CoachingBundle } | { ok: false; errors: string[] };

/** `Date.prototype.toISOString`'s form: the only one the store keeps for a session (its `at` index orders by it). */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isRealDay = (day: string): boolean => {
  const date = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

const Short = z.string().max(MAX_SHORT_CHARS);
const Day = DaySchema.refine(isRealDay, 'not a day of the calendar');
const Percent = z.number().min(0).max(100).nullable();

const BundleColleagueSchema = ColleagueSchema.extend({
  id: Short.min(1),
  name: z.string().max(MAX_NAME_CHARS, `longer than ${MAX_NAME_CHARS} characters`),
  // At least one: a colleague is recorded from a profile, and is recognised in another bundle by it (or by id).
  profiles: z.array(z.object({ site: ColleagueSchema.shape.profiles.element.shape.site, key: Short.min(1) })).min(1).max(2),
  noticeConfirmedAt: z.iso.datetime({
    error: (issue) =>
      issue.input === undefined ? 'missing: nothing is kept about a colleague before the notice was confirmed' : 'not a time in ISO 8601 UTC',
  }),
  noticeRetentionMonths: z.number().int().min(1).max(MAX_RETENTION_MONTHS),
});

const BundleSessionSchema = SessionSchema.extend({
  id: Short.min(1),
  colleagueId: Short.min(1),
  profileKey: Short,
  at: InstantSchema.regex(CANONICAL_INSTANT, 'not a time as Profile Coach writes it (2026-11-20T09:00:00.000Z)'),
  guidelines: z.object({ name: Short, fingerprint: Short }),
  score: z.object({ overall: Percent, steps: z.object({ 'clean-up': Percent, 'plan-ahead': Percent, 'team-up': Percent, guidelines: Percent }) }),
  outcomes: z
    .array(SessionSchema.shape.outcomes.element.extend({ ruleId: Short, points: z.number().min(0).max(100), labels: z.array(Short).max(50) }))
    .max(500),
  answers: z.record(Short, z.boolean()),
  notes: z.array(z.object({ text: z.string().max(MAX_TEXT_CHARS), forColleague: z.boolean() })).max(200),
  actions: z.array(z.object({ id: Short, ruleId: Short, text: z.string().max(MAX_TEXT_CHARS), due: Day })).max(200),
  nextSessionOn: Day.optional(),
});

const TeamSizeSchema = z.object({ from: Day, size: z.number().int().min(1).max(MAX_TEAM_SIZE) });
const ViewCostSchema = z.object({ perThousand: z.number().min(0).max(1_000_000), currency: z.string().regex(/^[A-Z]{3}$/, 'not an ISO 4217 code') });

const BundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: InstantSchema,
  guidelines: z.object({ name: Short, fingerprint: Short }).nullable(),
  colleagues: z.array(BundleColleagueSchema),
  sessions: z.array(BundleSessionSchema),
  settings: z.object({ teamSizes: z.array(TeamSizeSchema).max(10_000), viewCost: ViewCostSchema.nullable() }).optional(),
});

// What the schema gives is a bundle: a drift fails the type check.
type Parsed = z.output<typeof BundleSchema>;
const fits: Parsed extends CoachingBundle ? (CoachingBundle extends Parsed ? true : never) : never = true;
void fits;

/** A path as people read it: `sessions[3].at`, `sessions[0].answers["follow-up"]`. */
export function pathOf(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$-]{0,40}$/.test(part)) text += text ? `.${part}` : part;
    // A key that is not a plain word could be anything: name it by its length, never by its text.
    else text += `[a key of ${String(part).length} characters]`;
  }
  return text || '(bundle)';
}

/**
 * Keys JSON.parse made own properties that must never reach an object spread (`__proto__`) or a class lookup
 * (`constructor`, `prototype`), and nesting deeper than any bundle has, walked without recursion.
 */
function hostileKeys(root: unknown): string[] {
  const errors: string[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_DEPTH) {
      errors.push(`${pathOf(path)}: nested deeper than a coaching bundle is`);
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], path: [...path, index] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) errors.push(`${pathOf([...path, key])}: a key no bundle has, refused (it could change how objects behave)`);
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return errors;
}

/** Format and version first: a newer bundle is refused as a whole, with the reason, before any field is read. */
function wrongKind(value: Record<string, unknown>): string | null {
  if (value.format !== BUNDLE_FORMAT) return 'format: not a Profile Coach coaching bundle';
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_VERSION) {
    return `version: made by a newer Profile Coach (bundle version ${version}; this one reads version ${BUNDLE_VERSION}): update Profile Coach to import it`;
  }
  if (version !== BUNDLE_VERSION) return `version: not a version of the coaching bundle (this Profile Coach reads version ${BUNDLE_VERSION})`;
  return null;
}

/** What the schema cannot see: ids and profiles used twice, sessions of nobody, times to come. */
function crossChecks(bundle: Parsed, now: Date): string[] {
  const errors: string[] = [];
  const latest = now.getTime() + FUTURE_MS;
  const future = (at: string, path: string) => {
    if (Date.parse(at) > latest) errors.push(`${path}: in the future (more than a day after now)`);
  };
  future(bundle.exportedAt, 'exportedAt');
  const colleagueAt = new Map<string, number>();
  const keyAt = new Map<string, number>();
  bundle.colleagues.forEach((colleague, index) => {
    const path = `colleagues[${index}]`;
    const first = colleagueAt.get(colleague.id);
    if (first !== undefined) errors.push(`${path}.id: the same id as colleagues[${first}]`);
    else colleagueAt.set(colleague.id, index);
    const sites = new Set<string>();
    colleague.profiles.forEach((profile, at) => {
      if (sites.has(profile.site)) errors.push(`${path}.profiles[${at}]: a second ${profile.site} profile (one per site)`);
      sites.add(profile.site);
      const owner = keyAt.get(profile.key);
      if (owner !== undefined && owner !== index) errors.push(`${path}.profiles[${at}].key: the same profile as colleagues[${owner}] (one record per person)`);
      else keyAt.set(profile.key, index);
    });
    future(colleague.noticeConfirmedAt, `${path}.noticeConfirmedAt`);
    future(colleague.createdAt, `${path}.createdAt`);
  });
  const sessionAt = new Map<string, number>();
  const momentAt = new Map<string, number>();
  bundle.sessions.forEach((session, index) => {
    const path = `sessions[${index}]`;
    const first = sessionAt.get(session.id);
    if (first !== undefined) errors.push(`${path}.id: the same id as sessions[${first}]`);
    else sessionAt.set(session.id, index);
    if (!colleagueAt.has(session.colleagueId)) errors.push(`${path}.colleagueId: no colleague of the bundle has this id`);
    const moment = momentKey(session.colleagueId, session.site, session.at);
    const same = momentAt.get(moment);
    if (same !== undefined) errors.push(`${path}: the same colleague, site and time as sessions[${same}]`);
    else momentAt.set(moment, index);
    future(session.at, `${path}.at`);
  });
  const fromAt = new Map<string, number>();
  bundle.settings?.teamSizes.forEach((size, index) => {
    const same = fromAt.get(size.from);
    if (same !== undefined) errors.push(`settings.teamSizes[${index}].from: the same day as settings.teamSizes[${same}]`);
    else fromAt.set(size.from, index);
  });
  return errors;
}

const momentKey = (colleagueId: string, site: string, at: string): string => `${colleagueId}\u0000${site}\u0000${at}`;

function capped(errors: string[]): string[] {
  return errors.length <= MAX_ERRORS ? errors : [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`];
}

/**
 * Reads a bundle, all or nothing: the bundle, or every reason it is refused (up to 20), each naming where. `now`
 * bounds the times (a session more than a day in the future is refused).
 */
export function parseBundle(text: string, now: Date): ParsedBundle {
  if (text.length > MAX_BUNDLE_CHARS) {
    return { ok: false, errors: [`(bundle): larger than ${MAX_BUNDLE_CHARS / 1024 / 1024} MB, the most a coaching bundle may be`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the fault, which could be a name: not repeated.
    return { ok: false, errors: ['(bundle): not JSON, so not a coaching bundle'] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['(bundle): not a coaching bundle (a JSON object with format, version, colleagues and sessions)'] };
  }
  const hostile = hostileKeys(value);
  if (hostile.length > 0) return { ok: false, errors: capped(hostile) };
  const kind = wrongKind(value as Record<string, unknown>);
  if (kind) return { ok: false, errors: [kind] };
  const result = BundleSchema.safeParse(value);
  // zod's messages name what was expected, never the value found.
  if (!result.success) return { ok: false, errors: capped(result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`)) };
  const errors = crossChecks(result.data, now);
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  return { ok: true, bundle: result.data };
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const bySession = (a: Session, b: Session): number => byText(a.at, b.at) || byText(a.id, b.id);

/** A colleague's own fields only: never what the store keeps beside them (profile keys, tally). */
function colleagueOnly(colleague: Colleague): Colleague {
  const { id, name, profiles, noticeConfirmedAt, noticeRetentionMonths, createdAt } = colleague;
  return { id, name, profiles: profiles.map(({ site, key }) => ({ site, key })), noticeConfirmedAt, noticeRetentionMonths, createdAt };
}

/** The bundle of these records (colleagues by id, sessions by time), as exported `now`. */
export function bundleOf(
  records: readonly ColleagueRecord[],
  settings: BundleSettings | null,
  now: Date,
  guidelines: GuidelinesRef | null,
): CoachingBundle {
  const sorted = [...records].sort((a, b) => byText(a.colleague.id, b.colleague.id));
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    guidelines: guidelines && { name: guidelines.name, fingerprint: guidelines.fingerprint },
    colleagues: sorted.map((record) => colleagueOnly(record.colleague)),
    sessions: sorted.flatMap((record) => [...record.sessions].sort(bySession)),
    ...(settings
      ? { settings: { teamSizes: [...settings.teamSizes].sort((a, b) => byText(a.from, b.from)), viewCost: settings.viewCost && { ...settings.viewCost } } }
      : {}),
  };
}

/** What a merge found: counts, and the colleagues (by id, never by name) and days where bundles disagreed. */
export interface MergeReport {
  bundles: number;
  colleagues: number;
  sessions: number;
  /** Colleagues recorded in more than one bundle (same id or a shared profile), counted once each time they were joined. */
  colleaguesJoined: number;
  /** Sessions already there: the same colleague, site and time. */
  duplicateSessions: number;
  /** Sessions left out because another session (another colleague or time) has their id. */
  sessionIdConflicts: number;
  /** Colleagues named differently in different bundles: the name of the latest session's bundle was kept. */
  nameConflicts: string[];
  /** Colleagues with different profiles on a site: the latest session's bundle's was kept. */
  profileConflicts: string[];
  /** Days on which bundles gave different team sizes: the later bundle's was kept. */
  teamSizeConflicts: string[];
  /** Bundles gave different view costs: the later bundle's was kept. */
  viewCostConflict: boolean;
}

export interface MergedBundles {
  /** By colleague id; each one's sessions by time. */
  records: ColleagueRecord[];
  settings: BundleSettings;
  report: MergeReport;
}

/** Joins sets by id: the same person under two ids (two ambassadors recorded them) becomes one. */
class Union {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root]!;
    for (let at = index; this.parent[at] !== root; ) [at, this.parent[at]] = [this.parent[at]!, root];
    return root;
  }
  /** Keeps the smaller index as the root: the first bundle's colleague gives the joined one its id. */
  join(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Entry {
  bundle: number;
  colleague: Colleague;
  /** The latest of this bundle's sessions of this colleague ('' without one). */
  latest: string;
}

/**
 * Merges bundles, in the order given, into one team without duplicates:
 * - the same person is one colleague when the ids are equal or a profile key is shared (two ambassadors' random ids
 *   for one person); the first bundle's id is kept; the name and profiles of the bundle with the latest session of
 *   theirs are kept (the first bundle on a tie), a difference is reported; the notice kept is the earliest confirmed;
 * - a session is a duplicate when it has the same colleague, site and time as one already taken (the first is kept);
 * - team sizes are joined by day (a day given twice: the later bundle's size, reported); the view cost is the last
 *   bundle's that has one.
 * Deterministic (the order inside a bundle does not matter) and idempotent: merging a bundle with itself, or a
 * merge with its last bundle again (importing a bundle twice), changes nothing. Joined colleagues keep one id and one
 * profile per site: the ids and keys left out are not remembered, so a record known only by them (a profile
 * conflict, reported) would come back as someone else if merged again.
 */
export function mergeBundles(bundles: readonly CoachingBundle[]): MergedBundles {
  const union = new Union();
  const entries: Entry[] = [];
  const byId = new Map<string, number>();
  const byKey = new Map<string, number>();
  const entryOf = new Map<string, number>();
  // Inside a bundle, colleagues by id and sessions by time: the order a file lists them in never changes the result.
  const sorted = bundles.map((bundle) => ({
    colleagues: [...bundle.colleagues].sort((a, b) => byText(a.id, b.id)),
    sessions: [...bundle.sessions].sort(bySession),
    settings: bundle.settings,
  }));
  sorted.forEach((bundle, bundleIndex) => {
    const latest = new Map<string, string>();
    for (const session of bundle.sessions) {
      if (session.at > (latest.get(session.colleagueId) ?? '')) latest.set(session.colleagueId, session.at);
    }
    for (const colleague of bundle.colleagues) {
      const index = union.add();
      entries.push({ bundle: bundleIndex, colleague, latest: latest.get(colleague.id) ?? '' });
      entryOf.set(`${bundleIndex}\u0000${colleague.id}`, index);
      const same = byId.get(colleague.id);
      if (same === undefined) byId.set(colleague.id, index);
      else union.join(same, index);
      for (const { key } of colleague.profiles) {
        const owner = byKey.get(key);
        if (owner === undefined) byKey.set(key, index);
        else union.join(owner, index);
      }
    }
  });

  const groups = new Map<number, Entry[]>();
  entries.forEach((entry, index) => {
    const root = union.find(index);
    const group = groups.get(root);
    if (group) group.push(entry);
    else groups.set(root, [entry]);
  });

  const report: MergeReport = {
    bundles: bundles.length,
    colleagues: groups.size,
    sessions: 0,
    colleaguesJoined: entries.length - groups.size,
    duplicateSessions: 0,
    sessionIdConflicts: 0,
    nameConflicts: [],
    profileConflicts: [],
    teamSizeConflicts: [],
    viewCostConflict: false,
  };
  const merged = new Map<number, { colleague: Colleague; sessions: Session[] }>();
  for (const [root, group] of groups) {
    merged.set(root, { colleague: joined(group, report), sessions: [] });
  }

  const moments = new Set<string>();
  const sessionIds = new Set<string>();
  sorted.forEach((bundle, bundleIndex) => {
    for (const session of bundle.sessions) {
      const entry = entryOf.get(`${bundleIndex}\u0000${session.colleagueId}`);
      // A session of nobody in its bundle: parseBundle refuses those; one passed in anyway is left out.
      if (entry === undefined) continue;
      const record = merged.get(union.find(entry))!;
      const moment = momentKey(record.colleague.id, session.site, session.at);
      if (moments.has(moment)) {
        report.duplicateSessions += 1;
        continue;
      }
      if (sessionIds.has(session.id)) {
        report.sessionIdConflicts += 1;
        continue;
      }
      moments.add(moment);
      sessionIds.add(session.id);
      record.sessions.push(session.colleagueId === record.colleague.id ? session : { ...session, colleagueId: record.colleague.id });
    }
  });

  const records = [...merged.values()].sort((a, b) => byText(a.colleague.id, b.colleague.id));
  for (const record of records) record.sessions.sort(bySession);
  report.sessions = sessionIds.size;
  report.nameConflicts.sort(byText);
  report.profileConflicts.sort(byText);
  return { records, settings: joinedSettings(sorted, report), report };
}

/** One colleague from the bundles that have them (in bundle order). */
function joined(group: readonly Entry[], report: MergeReport): Colleague {
  const first = group[0]!;
  // The bundle that saw them last knows their name and profiles best; the first one on a tie.
  const freshest = group.reduce((best, entry) => (entry.latest > best.latest ? entry : best), first);
  const id = first.colleague.id;
  if (new Set(group.map((entry) => entry.colleague.name)).size > 1) report.nameConflicts.push(id);
  const profiles = new Map(freshest.colleague.profiles.map((profile) => [profile.site, profile.key]));
  let profileConflict = false;
  for (const entry of group) {
    for (const { site, key } of entry.colleague.profiles) {
      const kept = profiles.get(site);
      if (kept === undefined) profiles.set(site, key);
      else if (kept !== key) profileConflict = true;
    }
  }
  if (profileConflict) report.profileConflicts.push(id);
  // The earliest confirmation of the notice, with the retention it named: the colleague was told from then on.
  const notice = group.reduce((best, entry) => (entry.colleague.noticeConfirmedAt < best.colleague.noticeConfirmedAt ? entry : best), first);
  const createdAt = group.reduce((best, entry) => (entry.colleague.createdAt < best ? entry.colleague.createdAt : best), first.colleague.createdAt);
  return {
    id,
    name: freshest.colleague.name,
    profiles: [...profiles].map(([site, key]) => ({ site, key })).sort((a, b) => byText(a.site, b.site)),
    noticeConfirmedAt: notice.colleague.noticeConfirmedAt,
    noticeRetentionMonths: notice.colleague.noticeRetentionMonths,
    createdAt,
  };
}

function joinedSettings(bundles: ReadonlyArray<Pick<CoachingBundle, 'settings'>>, report: MergeReport): BundleSettings {
  const sizes = new Map<string, number>();
  const conflicts = new Set<string>();
  let viewCost: ViewCost | null = null;
  for (const bundle of bundles) {
    for (const { from, size } of bundle.settings?.teamSizes ?? []) {
      const before = sizes.get(from);
      if (before !== undefined && before !== size) conflicts.add(from);
      sizes.set(from, size);
    }
    const cost = bundle.settings?.viewCost;
    if (cost) {
      if (viewCost && (viewCost.perThousand !== cost.perThousand || viewCost.currency !== cost.currency)) report.viewCostConflict = true;
      viewCost = { perThousand: cost.perThousand, currency: cost.currency };
    }
  }
  report.teamSizeConflicts = [...conflicts].sort(byText);
  return { teamSizes: [...sizes].map(([from, size]) => ({ from, size })).sort((a, b) => byText(a.from, b.from)), viewCost };
}
