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
 * Two versions are read. Version 1 writes each session's outcomes out in full; version 2 (what `bundleText` exports,
 * ./bundle-merge.ts `CompactBundle`) lists each distinct outcome once and gives each session's by place, 3.5 times
 * smaller. Either is read into version 1's layout, which the model works on.
 *
 * Unknown fields are dropped, not refused: a bundle of this version carries only what this version knows and checks,
 * so whatever else a file holds (a hand edit, a tool's comment) is never stored; a bundle of a newer version, which
 * could carry more, is refused as a whole ("made by a newer Profile Coach").
 */
import { z } from 'zod';
import {
  BUNDLE_CLOSE,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleSettings,
  type CoachingBundle,
  type CompactBundle,
  type CompactSession,
  EXPANDED_VERSION,
  SESSIONS_OPEN,
} from './bundle-merge';
import {
  CANONICAL_INSTANT,
  CURRENCY,
  fastBundle,
  fastCompactBundle,
  fastCompactParts,
  isRealDay,
  MAX_ACTIONS,
  MAX_COUNT,
  MAX_LABELS,
  MAX_NAME_CHARS,
  MAX_NOTES,
  MAX_OUTCOMES,
  MAX_RETENTION_MONTHS,
  MAX_SHORT_CHARS,
  MAX_TEAM_SIZE,
  MAX_TEAM_SIZES,
  MAX_TEXT_CHARS,
  MAX_VIEW_COST,
} from './bundle-check';
import type { CoachedSite, RuleOutcome, Session } from './record';
import { ColleagueSchema, DaySchema, InstantSchema, SessionSchema } from './record-schema';

export { MAX_NAME_CHARS, MAX_TEAM_SIZE, MAX_TEAM_SIZES, MAX_VIEW_COST } from './bundle-check';

export * from './bundle-merge';

/**
 * The longest bundle read, in characters (64 MiB; a UTF-8 file is at least as many bytes, so the dashboard checks
 * `File.size` against the same number first). 500 colleagues x 12 typical sessions (about 28 outcomes each) make
 * about 20 MB in version 1 (5.5 MB in version 2): three times that leaves room, while a 100 MB file is refused before
 * JSON.parse holds it twice.
 */
export const MAX_BUNDLE_CHARS = 64 * 1024 * 1024;
/** The deepest nesting a bundle has is 6 (sessions[0].outcomes[0].labels[0]); anything far deeper is not one. */
const MAX_DEPTH = 16;
/** A session is kept at most this long after it is recorded: a session "in the future" beyond it is refused. */
const FUTURE_MS = 24 * 60 * 60 * 1000;
const MAX_ERRORS = 20;
/** Keys JSON.parse keeps as own properties, which a later spread or assignment could turn into a prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsedBundle = { ok: true; bundle: CoachingBundle } | { ok: false; errors: string[] };

const Short = z.string().max(MAX_SHORT_CHARS);
const Day = DaySchema.refine(isRealDay, 'not a day of the calendar');
const Percent = z.number().min(0).max(100).nullable();
/** Followers or connections: a whole number, and no profile has a billion. */
const Count = z.number().int().min(0).max(MAX_COUNT);

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

const OutcomeSchema = SessionSchema.shape.outcomes.element.extend({
  ruleId: Short,
  points: z.number().min(0).max(100),
  labels: z.array(Short).max(MAX_LABELS),
});

const BundleSessionSchema = SessionSchema.extend({
  id: Short.min(1),
  colleagueId: Short.min(1),
  profileKey: Short,
  at: InstantSchema.regex(CANONICAL_INSTANT, 'not a time as Profile Coach writes it (2026-11-20T09:00:00.000Z)'),
  guidelines: z.object({ name: Short, fingerprint: Short }),
  score: z.object({ overall: Percent, steps: z.object({ 'clean-up': Percent, 'plan-ahead': Percent, 'team-up': Percent, guidelines: Percent }) }),
  outcomes: z.array(OutcomeSchema).max(MAX_OUTCOMES),
  answers: z.record(Short, z.boolean()),
  notes: z.array(z.object({ text: z.string().max(MAX_TEXT_CHARS), forColleague: z.boolean() })).max(MAX_NOTES),
  actions: z.array(z.object({ id: Short, ruleId: Short, text: z.string().max(MAX_TEXT_CHARS), due: Day })).max(MAX_ACTIONS),
  nextSessionOn: Day.optional(),
  audience: z.object({ followers: Count.nullable(), connections: Count.nullable() }).optional(),
});

// The store's limits on settings (src/storage/coaching/schema.ts, which this folder may not import: a test holds
// them equal): at most 1,000 sizes, each 1 to 10 million people; a cost above 0, at most a million.
const TeamSizeSchema = z.object({ from: Day, size: z.number().int().min(1).max(MAX_TEAM_SIZE) });
const ViewCostSchema = z.object({
  perThousand: z.number().positive().max(MAX_VIEW_COST),
  currency: z.string().regex(CURRENCY, 'not an ISO 4217 code'),
});

const SettingsSchema = z.object({ teamSizes: z.array(TeamSizeSchema).max(MAX_TEAM_SIZES), viewCost: ViewCostSchema.nullable() }).optional();

/** Version 1's schema: the reference ./bundle-check.ts's fast check is held to, and the errors of an invalid bundle. */
export const BundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(EXPANDED_VERSION),
  exportedAt: InstantSchema,
  guidelines: z.object({ name: Short, fingerprint: Short }).nullable(),
  colleagues: z.array(BundleColleagueSchema),
  sessions: z.array(BundleSessionSchema),
  settings: SettingsSchema,
});

/** Version 2's: the same, with the list of outcomes, and each session's outcomes as places in it (whole numbers from 0). */
export const CompactBundleSchema = BundleSchema.extend({
  version: z.literal(BUNDLE_VERSION),
  outcomes: z.array(OutcomeSchema),
  sessions: z.array(BundleSessionSchema.extend({ outcomes: z.array(z.number().int().min(0)).max(MAX_OUTCOMES) })),
});

// What the schemas give are bundles: a drift fails the type check.
type Parsed = z.output<typeof BundleSchema>;
const fits: Parsed extends CoachingBundle ? (CoachingBundle extends Parsed ? true : never) : never = true;
type ParsedCompact = z.output<typeof CompactBundleSchema>;
const fitsCompact: ParsedCompact extends CompactBundle ? (CompactBundle extends ParsedCompact ? true : never) : never = true;
void fits;
void fitsCompact;

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
 * Text that could hold a forbidden key: the key itself, or an escape that could spell it (`"\u005f_proto__"`): an
 * escape of an ASCII character, as the keys are ASCII. Escapes of other characters (`\u00e9`, which the dashboard's
 * export writes for every accent) could spell none.
 */
const MAYBE_HOSTILE = /__proto__|constructor|prototype|\\u00[0-7]/;

interface Visit {
  value: unknown;
  key: PropertyKey;
  parent: Visit | null;
  depth: number;
}

const pathTo = (visit: Visit): string => {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) path.unshift(at.key);
  return pathOf(path);
};

/**
 * Keys JSON.parse made own properties that must never reach an object spread (`__proto__`) or a class lookup
 * (`constructor`, `prototype`), and nesting deeper than any bundle has, walked without recursion. Only when the text
 * could hold one: a 20 MB bundle has millions of values, and most files have none of these words.
 */
function hostileKeys(text: string, root: unknown, depth = 0): string[] {
  if (!MAYBE_HOSTILE.test(text)) return [];
  const errors: string[] = [];
  const stack: Visit[] = [{ value: root, key: '', parent: null, depth }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) {
      errors.push(`${pathTo(visit)}: nested deeper than a coaching bundle is`);
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], key: index, parent: visit, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child: Visit = { value: (value as Record<string, unknown>)[key], key, parent: visit, depth: depth + 1 };
      if (FORBIDDEN_KEYS.has(key)) errors.push(`${pathTo(child)}: a key no bundle has, refused (it could change how objects behave)`);
      else stack.push(child);
    }
  }
  return errors;
}

/** Format and version first: a newer bundle is refused as a whole, with the reason, before any field is read. */
function wrongKind(value: Record<string, unknown>): string | null {
  if (value.format !== BUNDLE_FORMAT) return 'format: not a Profile Coach coaching bundle';
  const { version } = value;
  const readable = `this Profile Coach reads versions ${EXPANDED_VERSION} to ${BUNDLE_VERSION}`;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_VERSION) {
    return `version: made by a newer Profile Coach (bundle version ${version}; ${readable}): update Profile Coach to import it`;
  }
  if (version !== EXPANDED_VERSION && version !== BUNDLE_VERSION) return `version: not a version of the coaching bundle (${readable})`;
  return null;
}

/** The bundle checked field by field: by hand when valid, else by the schema for its errors (every one, with where). */
function checkedFields<T>(value: unknown, fast: (value: unknown) => T | null, schema: z.ZodType<T>): { ok: true; bundle: T } | { ok: false; errors: string[] } {
  // A valid bundle is checked by hand, without zod (the same rules, a test holds them equal); only an invalid one
  // goes through the schema, for its errors.
  const bundle = fast(value);
  if (bundle) return { ok: true, bundle };
  const result = schema.safeParse(value);
  // zod's messages name what was expected, never the value found.
  if (!result.success) return { ok: false, errors: capped(result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`)) };
  return { ok: true, bundle: result.data };
}

/**
 * A checked version 2 bundle in version 1's layout, or every place of a session that is not one of its outcomes.
 * Made of `compact` itself, which is this module's own (JSON.parse's, or zod's copy): each session's places are
 * replaced, in its own list, by the very outcomes of the bundle's list, shared, not copied (nothing changes an
 * outcome once recorded; the store keeps copies of its own). 6,000 sessions and their lists are not copied again.
 */
function expanded(compact: CompactBundle): { ok: true; bundle: CoachingBundle } | { ok: false; errors: string[] } {
  const { outcomes, sessions } = compact;
  const errors: string[] = [];
  let outside = 0;
  for (let index = 0; index < sessions.length; index += 1) {
    // Each place replaced by its outcome in the same list: no second list per session.
    const places = sessions[index]!.outcomes as unknown as (number | RuleOutcome)[];
    for (let at = 0; at < places.length; at += 1) {
      const outcome = outcomes[places[at] as number];
      if (outcome !== undefined) places[at] = outcome;
      // Counted past the twentieth, not written: a 64 MB file could hold millions.
      else if ((outside += 1) <= MAX_ERRORS) errors.push(`sessions[${index}].outcomes[${at}]: not one of the bundle's outcomes (it lists ${outcomes.length})`);
    }
  }
  if (outside > 0) return { ok: false, errors: capped(errors, outside) };
  const { format, exportedAt, guidelines, colleagues, settings } = compact;
  const bundle: CoachingBundle = { format, version: EXPANDED_VERSION, exportedAt, guidelines, colleagues, sessions: sessions as unknown as Session[] };
  if (settings !== undefined) bundle.settings = settings;
  return { ok: true, bundle };
}

/**
 * What the schema cannot see: ids and profiles used twice, sessions of nobody, times to come. The bundle's time and
 * colleagues first (`head`), then each session in order (`session`, or `listed` for a bundle listed as the dashboard
 * exports it), then its settings, so that a bundle read a session at a time is checked the same; `errors` gathers
 * what they found, in that order.
 */
class CrossChecks {
  readonly errors: string[] = [];
  private readonly latest: number;
  /** A session's time is written as toISOString writes it (checked before): as text, it orders as the time does. */
  private readonly latestText: string;
  private readonly colleagueAt = new Map<string, number>();
  private readonly sessionAt = new Map<string, number>();
  /** Each site's colleagues, and the times of their sessions there: no key text made per session. */
  private readonly momentAt = { linkedin: new Map<string, Map<string, number>>(), x: new Map<string, Map<string, number>>() };
  /**
   * `listed`'s: the sessions' ids, the colleague whose sessions are being read (their id as the session wrote it),
   * the time of their latest so far and the sites at that time (SITE_BITS), and the colleagues (by place) whose
   * sessions came already.
   */
  private readonly listedIds = new Set<string>();
  private listedColleague: string | null = null;
  private listedAt = '';
  private listedSites = 0;
  private readonly listedBefore: boolean[] = [];

  constructor(now: Date) {
    this.latest = now.getTime() + FUTURE_MS;
    this.latestText = new Date(this.latest).toISOString();
  }

  private future(at: string, path: string): void {
    if (Date.parse(at) > this.latest) this.errors.push(`${path}: in the future (more than a day after now)`);
  }

  /** Its time and colleagues. */
  head(bundle: Pick<CoachingBundle, 'exportedAt' | 'colleagues'>): void {
    const { errors, colleagueAt } = this;
    this.future(bundle.exportedAt, 'exportedAt');
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
      this.future(colleague.noticeConfirmedAt, `${path}.noticeConfirmedAt`);
      this.future(colleague.createdAt, `${path}.createdAt`);
    });
  }

  /** The team's sizes: one a day. */
  settings(settings: BundleSettings | undefined): void {
    const fromAt = new Map<string, number>();
    settings?.teamSizes.forEach((size, index) => {
      const same = fromAt.get(size.from);
      if (same !== undefined) this.errors.push(`settings.teamSizes[${index}].from: the same day as settings.teamSizes[${same}]`);
      else fromAt.set(size.from, index);
    });
  }

  /** The session at `index` of the bundle's list, after every one before it. */
  session(session: Session | CompactSession, index: number): void {
    const { errors } = this;
    const first = this.sessionAt.get(session.id);
    if (first !== undefined) errors.push(`sessions[${index}].id: the same id as sessions[${first}]`);
    else this.sessionAt.set(session.id, index);
    if (!this.colleagueAt.has(session.colleagueId)) errors.push(`sessions[${index}].colleagueId: no colleague of the bundle has this id`);
    const ofSite = this.momentAt[session.site];
    let times = ofSite.get(session.colleagueId);
    if (!times) ofSite.set(session.colleagueId, (times = new Map()));
    const same = times.get(session.at);
    if (same !== undefined) errors.push(`sessions[${index}]: the same colleague, site and time as sessions[${same}]`);
    else times.set(session.at, index);
    if (session.at > this.latestText) errors.push(`sessions[${index}].at: in the future (more than a day after now)`);
  }

  /**
   * Whether the next session, after every one before it, passes what `session` checks, in a bundle listed as
   * the dashboard exports it: each colleague's sessions together, oldest first. It remembers no session's time, only
   * the sites of the current colleague's latest time, so a bundle listed otherwise gets false as a faulty one does:
   * `session` (through `parseBundle`) then tells the two apart and names the fault. Its errors are not gathered.
   */
  listed(session: Session | CompactSession): boolean {
    if (this.listedIds.has(session.id)) return false;
    this.listedIds.add(session.id);
    const site = SITE_BITS[session.site] as number;
    if (session.colleagueId !== this.listedColleague) {
      const colleague = this.colleagueAt.get(session.colleagueId);
      if (colleague === undefined || this.listedBefore[colleague] === true) return false;
      this.listedBefore[colleague] = true;
      this.listedColleague = session.colleagueId;
    } else if (session.at === this.listedAt) {
      if ((this.listedSites & site) !== 0) return false;
      this.listedSites |= site;
      return session.at <= this.latestText;
    } else if (session.at < this.listedAt) return false;
    this.listedAt = session.at;
    this.listedSites = site;
    return session.at <= this.latestText;
  }
}

/** A site as a bit, so that the sites taken at one time are a number. */
const SITE_BITS: Record<CoachedSite, number> = { linkedin: 1, x: 2 };

/** Every cross-check of a whole bundle. */
function crossChecks(bundle: CoachingBundle, now: Date): string[] {
  const checks = new CrossChecks(now);
  checks.head(bundle);
  const { sessions } = bundle;
  for (let index = 0; index < sessions.length; index += 1) checks.session(sessions[index]!, index);
  checks.settings(bundle.settings);
  return checks.errors;
}

/** The first twenty errors, and how many more of `total` (the errors given, or a count where only twenty were written). */
function capped(errors: string[], total = errors.length): string[] {
  return total <= MAX_ERRORS ? errors : [...errors.slice(0, MAX_ERRORS), `… and ${total - MAX_ERRORS} more`];
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
  const hostile = hostileKeys(text, value);
  if (hostile.length > 0) return { ok: false, errors: capped(hostile) };
  const kind = wrongKind(value as Record<string, unknown>);
  if (kind) return { ok: false, errors: [kind] };
  let bundle: CoachingBundle;
  if ((value as Record<string, unknown>).version === EXPANDED_VERSION) {
    const fields = checkedFields(value, fastBundle, BundleSchema);
    if (!fields.ok) return fields;
    bundle = fields.bundle;
  } else {
    const fields = checkedFields(value, fastCompactBundle, CompactBundleSchema);
    if (!fields.ok) return fields;
    const laidOut = expanded(fields.bundle);
    if (!laidOut.ok) return laidOut;
    bundle = laidOut.bundle;
  }
  const errors = crossChecks(bundle, now);
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  return { ok: true, bundle };
}

/**
 * A session of a version 2 bundle in version 1's layout: each place replaced, in its own list, by the outcome of the
 * bundle's list (shared, as `expanded` does); null if a place is not in the list.
 */
function placed(session: CompactSession, outcomes: readonly RuleOutcome[]): Session | null {
  const places = session.outcomes as unknown as (number | RuleOutcome)[];
  for (let at = 0; at < places.length; at += 1) {
    const outcome = outcomes[places[at] as number];
    if (outcome === undefined) return null;
    places[at] = outcome;
  }
  return session as unknown as Session;
}

/**
 * The first line of a bundle laid out as `bundleText` lays it out: the line, the bundle it holds (all but its
 * sessions) checked, not cross-checked, and whether it held fields this version does not know (then dropped, in a
 * copy).
 */
export interface LaidOutHead {
  line: string;
  checked: CompactBundle;
  unknown: boolean;
}

/**
 * The first line of a bundle laid out as `bundleText` lays it out, checked; null when it is not such a line or fails
 * a check (`parseBundle` then says what). `team-report` reads every file's first line before any session, to know who
 * is one person across bundles, and gives it to `parseLaidOutBundle` with the rest of the file.
 */
export function laidOutHead(first: string | undefined, parts = fastCompactParts()): LaidOutHead | null {
  // The quote that opens `"sessions"` follows a comma or a brace, so it is no escaped quote inside a longer name
  // (`"x\"sessions"`): the list opened at the end is the bundle's `sessions`, the last one written, which JSON.parse
  // keeps.
  const before = first === undefined ? '' : first.charAt(first.length - SESSIONS_OPEN.length - 1);
  if (first === undefined || !first.endsWith(SESSIONS_OPEN) || (before !== ',' && before !== '{') || MAYBE_HOSTILE.test(first)) return null;
  let value: unknown;
  try {
    value = JSON.parse(`${first}${BUNDLE_CLOSE}`);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const head = value as Record<string, unknown>;
  if (wrongKind(head) !== null || head.version !== BUNDLE_VERSION) return null;
  const checked = parts.head(head);
  return checked && { line: first, checked, unknown: checked !== value };
}

/** A bundle as `parseLaidOutBundle` gives it: `parseBundle`'s, each session as its `keep` kept it. */
export type LaidOutBundle<S> = Omit<CoachingBundle, 'sessions'> & { sessions: S[] };

/**
 * A version 2 bundle laid out as `bundleText` lays it out, read a line at a time (`next` gives each line without its
 * line break, then undefined): each session parsed, checked and put in version 1's layout on its own, then given to
 * `keep` in the order of the file (what it gives is kept, unless undefined). Neither the whole text nor the whole
 * tree is ever held, and what `keep` leaves of a session is garbage at once, before the collector copies it. It
 * gives what `parseBundle` gives for the whole text (tests hold the two equal on the bundles of their tables and on
 * mutations of them), or null whenever the text is laid out otherwise or anything in it could be refused: a file of
 * version 1, indented, with a line break of its own, sessions listed otherwise than the dashboard lists them (each
 * colleague's together, oldest first), a key `hostileKeys` refuses, unknown fields where a line holds a word it looks
 * for, any fault, a first line other than `known`'s when given. `parseBundle` then reads the whole text and says
 * what is wrong. So it never accepts what `parseBundle` refuses; it is only faster at accepting.
 */
export function parseLaidOutBundle<S>(
  next: () => string | undefined,
  now: Date,
  keep: (session: Session) => S | undefined,
  known?: LaidOutHead,
): LaidOutBundle<S> | null {
  const first = next();
  const parts = fastCompactParts();
  // Its first line checked already (`known`), if it is still that line; else checked now.
  const head = known ? (first === known.line ? known : null) : laidOutHead(first, parts);
  if (!head) return null;
  const compact = head.checked;
  const checks = new CrossChecks(now);
  checks.head(compact);
  if (checks.errors.length > 0) return null;
  const sessions: S[] = [];
  // The characters of the whole text (each line and its break), held to `parseBundle`'s limit.
  let length = head.line.length + 1;
  // Whether the line before ended with a comma: then a session follows, not the end.
  let comma = false;
  // Whether a line held a word `hostileKeys` looks into (that line is walked, as `parseBundle` walks it), and whether
  // the bundle held fields this version does not know: when both, `parseBundle` would walk every line for nesting
  // deeper than a bundle has, which only unknown fields can be, so the whole text is left to it.
  let walked = false;
  let unknown = head.unknown;
  for (let line = next(), index = 0; line !== BUNDLE_CLOSE; line = next(), index += 1) {
    if (line === undefined || (index > 0 && !comma)) return null;
    length += line.length + 1;
    if (length > MAX_BUNDLE_CHARS) return null;
    comma = line.endsWith(',');
    let parsed: unknown;
    try {
      parsed = JSON.parse(comma ? line.slice(0, -1) : line);
    } catch {
      return null;
    }
    if (MAYBE_HOSTILE.test(line)) {
      // A session is at depth 2 of the bundle (the bundle, its sessions, the session).
      if (hostileKeys(line, parsed, 2).length > 0) return null;
      walked = true;
    }
    const checked = parts.session(parsed);
    if (checked !== parsed) unknown = true;
    const session = checked && placed(checked, compact.outcomes);
    if (!session) return null;
    if (!checks.listed(session)) return null;
    const kept = keep(session);
    if (kept !== undefined) sessions.push(kept);
  }
  // Nothing after the end but the last line break.
  const rest = next();
  if (comma || (rest !== undefined && (rest !== '' || next() !== undefined)) || (walked && unknown)) return null;
  checks.settings(compact.settings);
  if (checks.errors.length > 0) return null;
  const { format, exportedAt, guidelines, colleagues, settings } = compact;
  const bundle: LaidOutBundle<S> = { format, version: EXPANDED_VERSION, exportedAt, guidelines, colleagues, sessions };
  if (settings !== undefined) bundle.settings = settings;
  return bundle;
}
