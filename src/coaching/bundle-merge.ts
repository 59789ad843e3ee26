/**
 * @file The coaching bundle's shape, writing one (`bundleOf`) and merging any number (`mergeBundles`), zod-free: the
 * store imports a bundle through it (src/storage/coaching/import.ts) without bringing zod into the popup's chunk.
 * Reading one from a file, with its checks, is ./bundle.ts (which re-exports all of this). Pure: no storage, no clock.
 */
import type { Colleague, GuidelinesRef, RuleOutcome, Session } from './record';
import type { ColleagueRecord, TeamSize, ViewCost } from './team-types';
import { byText } from './order';

export const BUNDLE_FORMAT = 'profile-coach-coaching';
/** The version the dashboard exports (`bundleText`), and the newest this Profile Coach reads: it reads every one from 1. */
export const BUNDLE_VERSION = 2;
/**
 * Version 1 writes each session's outcomes out in full, and is the layout the model works on (`CoachingBundle`),
 * whichever version a file was: version 2 is a way of writing it down (`CompactBundle`).
 */
export const EXPANDED_VERSION = 1;

/** The team's settings a bundle carries (src/coaching/team-types.ts): the sizes entered, and the view cost if any. */
export interface BundleSettings {
  teamSizes: TeamSize[];
  viewCost: ViewCost | null;
}

/** A bundle as the model works on it: version 1's layout, each session with its outcomes (`CompactBundle` is how it is exported). */
export interface CoachingBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof EXPANDED_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  /** The guidelines in use when it was exported. */
  guidelines: GuidelinesRef | null;
  colleagues: Colleague[];
  sessions: Session[];
  settings?: BundleSettings;
}

/** A session as version 2 writes it: its outcomes by their place in the bundle's `outcomes`. */
export interface CompactSession extends Omit<Session, 'outcomes'> {
  outcomes: number[];
}

/**
 * A bundle as version 2 writes it: every distinct outcome once, in `outcomes`, and each session's outcomes as their
 * places in that list. A session's 24 or so outcomes are three quarters of it, and they repeat: a rule has few
 * outcomes (its step, a status, the points it weighs, labels that are field names and counts), so 6,000 sessions
 * share a few hundred. 3.5 times smaller than version 1, and JSON.parse reads it about 4 times faster
 * (test/bench/bundle-merge.ts).
 */
export interface CompactBundle extends Omit<CoachingBundle, 'version' | 'sessions'> {
  version: typeof BUNDLE_VERSION;
  outcomes: RuleOutcome[];
  sessions: CompactSession[];
}

/**
 * What the merge reads of a session: a `Session` is one, and so is the `team-report` command's brief of one
 * (src/cli/team-report-read.ts), which keeps only what the team's figures read. The merge copies the rest as it is.
 */
export type MergeSession = Pick<Session, 'id' | 'colleagueId' | 'site' | 'at'>;

/** What the merge reads of a bundle: its colleagues, its sessions (whole or in brief) and its settings. */
export interface MergeInput<S extends MergeSession = Session> {
  colleagues: readonly Colleague[];
  sessions: readonly S[];
  settings?: BundleSettings | undefined;
}

const bySession = (a: MergeSession, b: MergeSession): number => byText(a.at, b.at) || byText(a.id, b.id);

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
    version: EXPANDED_VERSION,
    exportedAt: now.toISOString(),
    guidelines: guidelines && { name: guidelines.name, fingerprint: guidelines.fingerprint },
    colleagues: sorted.map((record) => colleagueOnly(record.colleague)),
    sessions: sorted.flatMap((record) => [...record.sessions].sort(bySession)),
    ...(settings
      ? { settings: { teamSizes: [...settings.teamSizes].sort((a, b) => byText(a.from, b.from)), viewCost: settings.viewCost && { ...settings.viewCost } } }
      : {}),
  };
}

/** The key of an outcome among a bundle's: equal outcomes, and only they, have one (field by field, as JSON). */
const outcomeKey = (outcome: RuleOutcome): string =>
  JSON.stringify([outcome.ruleId, outcome.step, outcome.status, outcome.points, outcome.labels]);

/** The bundle as version 2 writes it: its distinct outcomes once, in the order first met, and each session's by place. */
export function compactOf(bundle: CoachingBundle): CompactBundle {
  const { format, version: _, exportedAt, guidelines, colleagues, sessions, ...rest } = bundle;
  const outcomes: RuleOutcome[] = [];
  const placeOf = new Map<string, number>();
  const compact = sessions.map((session): CompactSession => ({
    ...session,
    outcomes: session.outcomes.map((outcome) => {
      const key = outcomeKey(outcome);
      let place = placeOf.get(key);
      if (place === undefined) {
        place = outcomes.push({ ruleId: outcome.ruleId, step: outcome.step, status: outcome.status, points: outcome.points, labels: [...outcome.labels] }) - 1;
        placeOf.set(key, place);
      }
      return place;
    }),
  }));
  return { format, version: BUNDLE_VERSION, exportedAt, guidelines, outcomes, colleagues, sessions: compact, ...rest };
}

/** A character JSON text may hold as it is but is not ASCII (and DEL): written as an escape by `asciiJson`. */
const NOT_ASCII = /[\u007f-\uffff]/g;
const escaped = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `value` as compact JSON in ASCII, every other character escaped (`\u00e9`): one line, as JSON holds no line break. */
const ascii = (value: unknown): string => JSON.stringify(value).replace(NOT_ASCII, escaped);

/**
 * `value` as compact JSON in ASCII, ending with a line: the same JSON to any reader, and it decodes into a one-byte
 * string, which JSON.parse reads faster than a two-byte one (one curly apostrophe in a note makes the whole text
 * two-byte): `team-report` takes about an eighth less CPU over it.
 */
export const asciiJson = (value: unknown): string => `${ascii(value)}\n`;

/**
 * What ends the first line of a bundle laid out as `bundleText` lays it out: the list of sessions opens there, the
 * bundle's last field.
 */
export const SESSIONS_OPEN = '"sessions":[';
/** The last line of a bundle laid out so: its sessions' list and the bundle closed. */
export const BUNDLE_CLOSE = ']}';

/**
 * `bundle` as compact JSON in ASCII laid out in lines: its other fields on the first line, ending with
 * `"sessions":[` (`sessions` written last), then one session a line, each but the last ending with a comma, then
 * `]}`. Line breaks are white space to any JSON reader: the same JSON as `asciiJson`'s.
 */
export function laidOut(bundle: { sessions: readonly unknown[] }): string {
  const { sessions, ...head } = bundle;
  const open = ascii({ ...head, sessions: [] });
  const lines = [`${open.slice(0, -`[${BUNDLE_CLOSE}`.length)}[`];
  for (let index = 0; index < sessions.length; index += 1) lines.push(`${ascii(sessions[index])}${index < sessions.length - 1 ? ',' : ''}`);
  lines.push(BUNDLE_CLOSE);
  return `${lines.join('\n')}\n`;
}

/** Each colleague's sessions together (by the colleague's id), oldest first: as `bundleOf` lists them. */
const byColleagueThenTime = (a: Session, b: Session): number => byText(a.colleagueId, b.colleagueId) || bySession(a, b);

/**
 * A bundle as the dashboard exports it: version 2 (`compactOf`), compact JSON in ASCII (indented, a bundle of 500
 * colleagues is 80% larger and a third slower to read), a session a line (`laidOut`), each colleague's sessions
 * together and oldest first: `team-report` reads such a file a session at a time (./bundle.ts `parseLaidOutBundle`),
 * never the whole text at once, and sums a colleague up as soon as their last session is read.
 */
export const bundleText = (bundle: CoachingBundle): string => laidOut(compactOf({ ...bundle, sessions: [...bundle.sessions].sort(byColleagueThenTime) }));

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

export interface MergedBundles<S extends MergeSession = Session> {
  /** By colleague id; each one's sessions by time (a `ColleagueRecord` when the sessions are whole). */
  records: MergedRecord<S>[];
  settings: BundleSettings;
  report: MergeReport;
  /** Every colleague id of the bundles and the id it is kept under (itself, or the one it was joined to). */
  keptIds: Map<string, string>;
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

/**
 * A colleague being merged: the id they are kept under, their sessions so far, the site or sites taken at each time
 * (duplicates are found by these; one site, the most common, is kept as it is, with no array made for it), their
 * entries (one a bundle that has them), and the last bundle that has them.
 */
interface Merging<S> {
  id: string;
  sessions: S[];
  /** Made with the first session `take`s (a colleague of one bundle, summed up as read, never needs one). */
  moments?: Map<string, string | string[]>;
  entries: Entry[];
  lastBundle: number;
  /** Given to the caller already (`lonely`). */
  done?: true;
}

interface Entry {
  bundle: number;
  colleague: Colleague;
  /** The latest of this bundle's sessions of this colleague ('' without one), known once the bundle is merged. */
  latest: string;
}

/** A colleague merged: their record, with the sessions whole or in brief. */
export interface MergedRecord<S> {
  colleague: Colleague;
  sessions: S[];
}

/**
 * `mergeBundles` a bundle at a time: told every bundle's colleagues first (who is one person is known only from all
 * of them), then given each bundle's sessions in order (`add`), it gives each colleague's record as soon as the last
 * bundle that has them is merged, so a caller can sum them up and let their sessions go: `team-report` holds the
 * sessions of colleagues still to come in later bundles, not every session of 20 bundles. Its records, report and
 * settings are `mergeBundles`'s, which is this with every bundle at once.
 */
export class BundleMerger<S extends MergeSession> {
  private readonly entryOf: Map<string, number>[];
  private readonly recordOf: Merging<S>[] = [];
  private readonly entries: Entry[] = [];
  private readonly sessionIds = new Set<string>();
  private readonly settings: Array<BundleSettings | undefined> = [];
  private readonly report: MergeReport;
  private added = 0;

  constructor(colleaguesOfBundles: ReadonlyArray<readonly Colleague[]>) {
    const union = new Union();
    const { entries } = this;
    const byId = new Map<string, number>();
    const byKey = new Map<string, number>();
    // Each bundle's colleague ids to their entry: one map a bundle, no key built per session. Colleagues by id inside a
    // bundle: the order a file lists them in never changes the result.
    this.entryOf = colleaguesOfBundles.map((colleagues, bundle) => {
      const entryOf = new Map<string, number>();
      for (const colleague of [...colleagues].sort((a, b) => byText(a.id, b.id))) {
        const index = union.add();
        entries.push({ bundle, colleague, latest: '' });
        entryOf.set(colleague.id, index);
        const same = byId.get(colleague.id);
        if (same === undefined) byId.set(colleague.id, index);
        else union.join(same, index);
        for (const { key } of colleague.profiles) {
          const owner = byKey.get(key);
          if (owner === undefined) byKey.set(key, index);
          else union.join(owner, index);
        }
      }
      return entryOf;
    });
    // Each group's record at its root's place: the root is the group's first entry, whose id is kept.
    const recordAt: Merging<S>[] = [];
    let records = 0;
    entries.forEach((entry, index) => {
      const root = union.find(index);
      let record = recordAt[root];
      if (!record) {
        recordAt[root] = record = { id: entry.colleague.id, sessions: [], entries: [], lastBundle: entry.bundle };
        records += 1;
      }
      record.entries.push(entry);
      record.lastBundle = entry.bundle;
      this.recordOf.push(record);
    });
    this.report = {
      bundles: colleaguesOfBundles.length,
      colleagues: records,
      sessions: 0,
      colleaguesJoined: entries.length - records,
      duplicateSessions: 0,
      sessionIdConflicts: 0,
      nameConflicts: [],
      profileConflicts: [],
      teamSizeConflicts: [],
      viewCostConflict: false,
    };
  }

  /**
   * The next bundle's sessions (and settings): the records of the colleagues no later bundle has, in no order. Its
   * colleagues are those the merger was told of, at the same place.
   */
  add(bundleSessions: readonly S[], settings?: BundleSettings): MergedRecord<S>[] {
    const bundle = this.added;
    const ofBundle = this.entryOf[bundle];
    if (!ofBundle) throw new Error(`BundleMerger: told of ${this.entryOf.length} bundles, given one more`);
    this.added += 1;
    this.settings.push(settings);
    // Sessions by time inside a bundle: the order a file lists them in never changes the result.
    const sessions = [...bundleSessions].sort(bySession);
    for (const session of sessions) {
      const entry = ofBundle.get(session.colleagueId);
      // A session of nobody in its bundle: parseBundle refuses those; one passed in anyway is left out.
      if (entry === undefined) continue;
      const latest = this.entries[entry]!;
      if (session.at > latest.latest) latest.latest = session.at;
      this.take(this.recordOf[entry]!, session);
    }
    const done: MergedRecord<S>[] = [];
    for (const index of ofBundle.values()) {
      const record = this.recordOf[index]!;
      if (record.done || record.lastBundle !== bundle || this.entries[index] !== record.entries.at(-1)) continue;
      done.push(this.given(record));
    }
    return done;
  }

  /**
   * Whether colleague `colleagueId` of the bundle about to be added is theirs alone: in no other bundle, joined to no
   * one. Their sessions may then be given to `lonely` as soon as they are read, before the bundle is added.
   */
  isLonely(colleagueId: string): boolean {
    const entry = this.entryOf[this.added]?.get(colleagueId);
    return entry !== undefined && this.recordOf[entry]!.entries.length === 1;
  }

  /**
   * The record of a colleague of the bundle about to be added who `isLonely`, from all of their sessions in it (any
   * order, checked: no two at the same site and time, as parseBundle refuses): their sessions are merged as `add`
   * would merge them (no other bundle has them, so only an id an earlier bundle took leaves one out), and `add`
   * leaves them alone. The sessions of the bundle's other colleagues go to `add`.
   */
  lonely(colleagueId: string, sessions: readonly S[]): MergedRecord<S> {
    const entry = this.entryOf[this.added]?.get(colleagueId);
    const record = entry === undefined ? undefined : this.recordOf[entry];
    if (!record || record.entries.length !== 1 || record.done) throw new Error('BundleMerger: not a colleague of the next bundle that is theirs alone');
    // Their sessions taken into a list made now, in the young generation. The record's own, made with it, is in the
    // old one by now: what it held would stay alive (the young generation's collector counts every old object as
    // alive until the next full collection) and be copied by every collection until then, though given away. No two
    // are at the same site and time (a checked bundle has none), so only an id taken leaves one out; `given` sorts them.
    record.sessions = [];
    for (const session of sessions) if (this.claimed(session)) record.sessions.push(session);
    return this.given(record);
  }

  /** Takes `session` into `record` unless it is one already there or its id is taken: counted then. */
  private take(record: Merging<S>, session: S): void {
    // The sites taken at this time, this colleague's: two sessions are one with the same colleague, site and time.
    const moments = (record.moments ??= new Map());
    const sites = moments.get(session.at);
    if (sites !== undefined && (sites === session.site || (typeof sites !== 'string' && sites.includes(session.site)))) {
      this.report.duplicateSessions += 1;
      return;
    }
    if (!this.claimed(session)) return;
    if (sites === undefined) moments.set(session.at, session.site);
    else moments.set(session.at, typeof sites === 'string' ? [sites, session.site] : [...sites, session.site]);
    record.sessions.push(session.colleagueId === record.id ? session : { ...session, colleagueId: record.id });
  }

  /** Whether `session`'s id is its own, now taken; a session whose id another took already is counted and left out. */
  private claimed(session: S): boolean {
    if (this.sessionIds.has(session.id)) {
      this.report.sessionIdConflicts += 1;
      return false;
    }
    this.sessionIds.add(session.id);
    return true;
  }

  /** A record no later bundle adds to, given to the caller: the merger lets its sessions go. */
  private given(record: Merging<S>): MergedRecord<S> {
    const merged = { colleague: joined(record.entries, this.report), sessions: record.sessions.sort(bySession) };
    record.sessions = [];
    record.moments = undefined;
    record.done = true;
    return merged;
  }

  /** Once every bundle is added: the team's settings, what the merge found, and the ids colleagues are kept under. */
  finish(): Omit<MergedBundles<S>, 'records'> {
    if (this.added !== this.entryOf.length) throw new Error(`BundleMerger: ${this.added} of ${this.entryOf.length} bundles added`);
    const { report } = this;
    report.sessions = this.sessionIds.size;
    report.nameConflicts.sort(byText);
    report.profileConflicts.sort(byText);
    // An id names one person across bundles (equal ids are joined), so one map serves every bundle.
    const keptIds = new Map(this.entries.map((entry, index) => [entry.colleague.id, this.recordOf[index]!.id]));
    return { settings: joinedSettings(this.settings, report), report, keptIds };
  }
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
export function mergeBundles<S extends MergeSession>(bundles: readonly MergeInput<S>[]): MergedBundles<S>;
export function mergeBundles(bundles: readonly MergeInput[]): MergedBundles;
export function mergeBundles<S extends MergeSession>(bundles: readonly MergeInput<S>[]): MergedBundles<S> {
  const merger = new BundleMerger<S>(bundles.map((bundle) => bundle.colleagues));
  const records = bundles.flatMap((bundle) => merger.add(bundle.sessions, bundle.settings));
  return { records: records.sort((a, b) => byText(a.colleague.id, b.colleague.id)), ...merger.finish() };
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

/** The bundles' settings (in bundle order) as one. */
function joinedSettings(ofBundles: ReadonlyArray<BundleSettings | undefined>, report: MergeReport): BundleSettings {
  const sizes = new Map<string, number>();
  const conflicts = new Set<string>();
  let viewCost: ViewCost | null = null;
  for (const settings of ofBundles) {
    for (const { from, size } of settings?.teamSizes ?? []) {
      const before = sizes.get(from);
      if (before !== undefined && before !== size) conflicts.add(from);
      sizes.set(from, size);
    }
    const cost = settings?.viewCost;
    if (cost) {
      if (viewCost && (viewCost.perThousand !== cost.perThousand || viewCost.currency !== cost.currency)) report.viewCostConflict = true;
      viewCost = { perThousand: cost.perThousand, currency: cost.currency };
    }
  }
  report.teamSizeConflicts = [...conflicts].sort(byText);
  return { teamSizes: [...sizes].map(([from, size]) => ({ from, size })).sort((a, b) => byText(a.from, b.from)), viewCost };
}
