import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  BundleSchema,
  bundleOf,
  bundleText,
  type CoachingBundle,
  type CompactBundle,
  CompactBundleSchema,
  compactOf,
  EXPANDED_VERSION,
  laidOut,
  MAX_BUNDLE_CHARS,
  mergeBundles,
  parseBundle,
  parseLaidOutBundle,
} from '../../src/coaching/bundle';
import { fastBundle, fastCompactBundle } from '../../src/coaching/bundle-check';
import { byText } from '../../src/coaching/order';
import type { Colleague, Session } from '../../src/coaching/record';
import type { ImportReport } from '../../src/storage/coaching/port';
import { type OpenCoachingStore, openCoachingStore } from '../../src/storage/coaching/store';
import { rawContents } from '../storage/coaching/raw';
import { freshName } from '../storage/coaching/records';
import { colleague, distinctRecords, goodBundle, NOW, session } from './bundle-records';

/** A case's bundle as version 2 writes it (the dashboard's export), when the case is not about the text alone. */
type Twin = (() => string) & { compact?: () => string };
type Loose = Record<string, unknown>;

/**
 * A bundle in version 2's layout, however broken: each session's outcomes that are objects listed once by their JSON,
 * anything else left where it was (so that a broken outcome is broken in the list, and a broken list stays broken).
 */
function looseCompact(bundle: Loose): Loose {
  const outcomes: unknown[] = [];
  const placeOf = new Map<string, number>();
  const placed = (outcome: unknown) => {
    if (typeof outcome !== 'object' || outcome === null || Array.isArray(outcome)) return outcome;
    const key = JSON.stringify(outcome);
    if (!placeOf.has(key)) placeOf.set(key, outcomes.push(outcome) - 1);
    return placeOf.get(key);
  };
  const sessions = Array.isArray(bundle.sessions)
    ? bundle.sessions.map((each: Loose) => (Array.isArray(each?.outcomes) ? { ...each, outcomes: each.outcomes.map(placed) } : each))
    : bundle.sessions;
  const { sessions: _, ...rest } = bundle;
  return { ...rest, version: bundle.version === EXPANDED_VERSION ? BUNDLE_VERSION : bundle.version, outcomes, sessions };
}

/** The good bundle with one change, as JSON text; its twin makes the same change, then writes version 2. */
function changed(change: (bundle: CoachingBundle & Loose) => void): Twin {
  const broken = () => {
    const bundle = structuredClone(goodBundle()) as CoachingBundle & Loose;
    change(bundle);
    return bundle;
  };
  return Object.assign(() => JSON.stringify(broken()), { compact: () => JSON.stringify(looseCompact(broken())) });
}

/** The good bundle's JSON text edited (in version 1, and in its twin version 2's). */
function edited(edit: (text: string) => string): Twin {
  return Object.assign(() => edit(JSON.stringify(goodBundle())), { compact: () => edit(JSON.stringify(compactOf(goodBundle()))) });
}

/** The good bundle's JSON with `insert` placed right after `after` (keys JSON.stringify would not write as own). */
function injected(after: string, insert: string): Twin {
  return edited((text) => {
    if (!text.includes(after)) throw new Error(`no ${after} in the bundle`);
    return text.replace(after, `${after}${insert}`);
  });
}

const anyOf = (bundle: CoachingBundle | CompactBundle) => bundle as unknown as { colleagues: Record<string, unknown>[]; sessions: Record<string, unknown>[] } & Record<string, unknown>;

/** Malformed and hostile bundles: each refused, with an error naming where. */
export const HOSTILE: Array<[string, Twin, RegExp]> = [
  ['not JSON', () => 'Secret Ada, not a bundle', /^\(bundle\): not JSON/],
  ['an empty file', () => '', /^\(bundle\): not JSON/],
  ['JSON cut short', edited((text) => text.slice(0, 200)), /^\(bundle\): not JSON/],
  ['a JSON array', edited((text) => `[${text}]`), /^\(bundle\): not a coaching bundle/],
  ['JSON null', () => 'null', /^\(bundle\): not a coaching bundle/],
  ['a JSON string', () => '"Secret"', /^\(bundle\): not a coaching bundle/],
  ['100 MB of text', () => `{"format":"${BUNDLE_FORMAT}","pad":"${'x'.repeat(100 * 1024 * 1024)}"}`, /^\(bundle\): larger than 64 MB/],
  ['another format', changed((b) => void (b.format = 'Secret-format' as typeof BUNDLE_FORMAT)), /^format: not a Profile Coach coaching bundle$/],
  ['no format', changed((b) => void delete (b as Partial<CoachingBundle>).format), /^format: not a Profile Coach/],
  ['a newer version', changed((b) => void (b.version = 3 as typeof EXPANDED_VERSION)), /^version: made by a newer Profile Coach \(bundle version 3; this Profile Coach reads versions 1 to 2\)/],
  ['version 0', changed((b) => void (b.version = 0 as typeof EXPANDED_VERSION)), /^version: not a version of the coaching bundle/],
  ['the version as text', changed((b) => void (b.version = '1' as unknown as typeof EXPANDED_VERSION)), /^version: not a version/],
  ['__proto__ at the top', injected('{', '"__proto__":{"polluted":"Secret"},'), /^__proto__: a key no bundle has, refused/],
  ['__proto__ in a colleague', injected('"colleagues":[{', '"__proto__":{"name":"Secret"},'), /^colleagues\[0\]\.__proto__: a key no bundle has/],
  ['__proto__ spelt with a JSON escape', injected('"colleagues":[{', '"\\u005f_proto__":{"name":"Secret"},'), /^colleagues\[0\]\.__proto__: a key no bundle has/],
  ['constructor in a score', injected('"score":{', '"constructor":{"prototype":{}},'), /^sessions\[0\]\.score\.constructor: a key no bundle has/],
  ['prototype in an outcome', injected('"outcomes":[{', '"prototype":1,'), /^sessions\[0\]\.outcomes\[0\]\.prototype: a key no bundle has/],
  ['__proto__ among the answers', injected('"answers":{', '"__proto__":true,'), /^sessions\[0\]\.answers\.__proto__: a key no bundle has/],
  ['__proto__ in the settings', injected('"settings":{', '"__proto__":{"teamSizes":[]},'), /^settings\.__proto__/],
  ['lists nested a million deep for an outcome', injected('"outcomes":[', `${'['.repeat(1e6)}${']'.repeat(1e6)},`), /^sessions\[0\]\.outcomes\[0\]: Invalid input: expected object, received array$/],
  ['nesting 100 deep beside a prototype key', changed((b) => void (b.extra = JSON.parse(`${'['.repeat(100)}{"constructor":1}${']'.repeat(100)}`))), /^extra(\[0\])+: nested deeper than a coaching bundle is$/],
  ['colleagues not a list', changed((b) => void (anyOf(b).colleagues = 'Secret' as never)), /^colleagues: Invalid input: expected array/],
  ['no sessions', changed((b) => void delete (b as Partial<CoachingBundle>).sessions), /^sessions: Invalid input: expected array/],
  ['two colleagues with one id', changed((b) => void (b.colleagues[1]!.id = 'ada')), /^colleagues\[1\]\.id: the same id as colleagues\[0\]$/],
  ['two sessions with one id', changed((b) => void (b.sessions[2]!.id = 's1')), /^sessions\[2\]\.id: the same id as sessions\[0\]$/],
  ['two sessions at the same time', changed((b) => void (b.sessions[1] = { ...b.sessions[0]!, id: 's2' })), /^sessions\[1\]: the same colleague, site and time as sessions\[0\]$/],
  ['a session of nobody in the bundle', changed((b) => void (b.sessions[0]!.colleagueId = 'Secret-id')), /^sessions\[0\]\.colleagueId: no colleague of the bundle has this id$/],
  ['a session two days ahead', changed((b) => void (b.sessions[0]!.at = '2026-11-25T12:00:00.000Z')), /^sessions\[0\]\.at: in the future \(more than a day after now\)$/],
  ['a notice confirmed next year', changed((b) => void (b.colleagues[0]!.noticeConfirmedAt = '2027-11-01T12:00:00.000Z')), /^colleagues\[0\]\.noticeConfirmedAt: in the future/],
  ['exported next week', changed((b) => void (b.exportedAt = '2026-11-30T12:00:00.000Z')), /^exportedAt: in the future/],
  ['a session on 31 February', changed((b) => void (b.sessions[0]!.at = '2026-02-31T10:00:00.000Z')), /^sessions\[0\]\.at: Invalid ISO datetime/],
  ['an action due on 31 February', changed((b) => void (b.sessions[0]!.actions[0]!.due = '2027-02-31')), /^sessions\[0\]\.actions\[0\]\.due: not a day of the calendar$/],
  ['a next session on 30 February', changed((b) => void (b.sessions[1]!.nextSessionOn = '2027-02-30')), /^sessions\[1\]\.nextSessionOn: not a day of the calendar$/],
  ['a session time in local time', changed((b) => void (b.sessions[0]!.at = '2026-09-01T12:00:00.000+02:00')), /^sessions\[0\]\.at: Invalid ISO datetime/],
  ['a session time without milliseconds', changed((b) => void (b.sessions[0]!.at = '2026-09-01T10:00:00Z')), /^sessions\[0\]\.at: not a time as Profile Coach writes it/],
  ['a session time as a number', changed((b) => void (anyOf(b).sessions[0]!.at = Date.parse('2026-09-01'))), /^sessions\[0\]\.at: Invalid input: expected string/],
  ['a negative score', changed((b) => void (b.sessions[0]!.score.overall = -5)), /^sessions\[0\]\.score\.overall: Too small: expected number to be >=0$/],
  ['a score over 100', changed((b) => void (b.sessions[0]!.score.steps['team-up'] = 101)), /^sessions\[0\]\.score\.steps\.team-up: Too big/],
  ['a score "NaN"', changed((b) => void (anyOf(b).sessions[0]!.score = { ...b.sessions[0]!.score, overall: 'NaN' })), /^sessions\[0\]\.score\.overall: Invalid input: expected number/],
  ['a score of 1e999 (Infinity)', edited((text) => text.replace('"overall":70', '"overall":1e999')), /^sessions\[0\]\.score\.overall: Invalid input: expected number/],
  ['negative points', changed((b) => void (b.sessions[2]!.outcomes[0]!.points = -6)), /^sessions\[2\]\.outcomes\[0\]\.points: Too small/],
  ['an unknown status', changed((b) => void (anyOf(b).sessions[0]!.outcomes = [{ ...b.sessions[0]!.outcomes[0], status: 'Secret' }])), /^sessions\[0\]\.outcomes\[0\]\.status: Invalid option/],
  ['an unknown site', changed((b) => void (anyOf(b).sessions[0]!.site = 'Secret')), /^sessions\[0\]\.site: Invalid option: expected one of "linkedin"\|"x"$/],
  ['no notice', changed((b) => void delete (b.colleagues[0] as Partial<Colleague>).noticeConfirmedAt), /^colleagues\[0\]\.noticeConfirmedAt: missing: nothing is kept about a colleague before the notice was confirmed$/],
  ['a notice of null', changed((b) => void (anyOf(b).colleagues[0]!.noticeConfirmedAt = null)), /^colleagues\[0\]\.noticeConfirmedAt: not a time in ISO 8601 UTC$/],
  ['a notice of zero months', changed((b) => void (b.colleagues[1]!.noticeRetentionMonths = 0)), /^colleagues\[1\]\.noticeRetentionMonths: Too small/],
  ['a notice of a thousand months', changed((b) => void (b.colleagues[1]!.noticeRetentionMonths = 1000)), /^colleagues\[1\]\.noticeRetentionMonths: Too big/],
  ['a name of 10,000 characters', changed((b) => void (b.colleagues[0]!.name = 'Secret '.repeat(1500))), /^colleagues\[0\]\.name: longer than 300 characters$/],
  ['a name that is a number', changed((b) => void (anyOf(b).colleagues[0]!.name = 42)), /^colleagues\[0\]\.name: Invalid input: expected string/],
  ['two LinkedIn profiles', changed((b) => void b.colleagues[1]!.profiles.push({ site: 'linkedin', key: 'linkedin:in/secret' })), /^colleagues\[1\]\.profiles\[1\]: a second linkedin profile \(one per site\)$/],
  ['one profile on two colleagues', changed((b) => void (b.colleagues[1]!.profiles[0]!.key = 'linkedin:in/ada')), /^colleagues\[1\]\.profiles\[0\]\.key: the same profile as colleagues\[0\] \(one record per person\)$/],
  ['a colleague without a profile', changed((b) => void (b.colleagues[1]!.profiles = [])), /^colleagues\[1\]\.profiles: Too small/],
  ['a profile without a key', changed((b) => void (b.colleagues[1]!.profiles[0]!.key = '')), /^colleagues\[1\]\.profiles\[0\]\.key: Too small/],
  ['a team of zero', changed((b) => void (b.settings!.teamSizes[0]!.size = 0)), /^settings\.teamSizes\[0\]\.size: Too small/],
  ['a team of 4.5', changed((b) => void (b.settings!.teamSizes[0]!.size = 4.5)), /^settings\.teamSizes\[0\]\.size: Invalid input: expected int/],
  ['two team sizes from one day', changed((b) => void (b.settings!.teamSizes[1]!.from = '2026-09-01')), /^settings\.teamSizes\[1\]\.from: the same day as settings\.teamSizes\[0\]$/],
  ['a negative view cost', changed((b) => void (b.settings!.viewCost!.perThousand = -1)), /^settings\.viewCost\.perThousand: Too small/],
  ['a view cost of nothing', changed((b) => void (b.settings!.viewCost!.perThousand = 0)), /^settings\.viewCost\.perThousand: Too small/],
  ['a view cost in "euros"', changed((b) => void (b.settings!.viewCost!.currency = 'euros')), /^settings\.viewCost\.currency: not an ISO 4217 code$/],
  ['an answer key of 600 characters', changed((b) => void (b.sessions[0]!.answers = { ['Secret'.repeat(100)]: true })), /^sessions\[0\]\.answers\[a key of 600 characters\]: Invalid key in record$/],
  ['a negative follower count', changed((b) => void (b.sessions[0]!.audience = { followers: -3, connections: null })), /^sessions\[0\]\.audience\.followers: Too small/],
  ['half a connection', changed((b) => void (b.sessions[0]!.audience = { followers: 3, connections: 0.5 })), /^sessions\[0\]\.audience\.connections: Invalid input: expected int/],
  ['an answer that is not yes or no', changed((b) => void (anyOf(b).sessions[0]!.answers = { 'follow-up': 'Secret' })), /^sessions\[0\]\.answers\.follow-up: Invalid input: expected boolean/],
];

/** A version 2 bundle (the good one's) with one change, as JSON text. */
function compactChanged(change: (bundle: CompactBundle & Loose) => void): () => string {
  return () => {
    const bundle = structuredClone(compactOf(goodBundle())) as CompactBundle & Loose;
    change(bundle);
    return JSON.stringify(bundle);
  };
}

/** Where a twin's error is not the version 1 case's: its outcomes are in the bundle's list, numbered there. */
const TWIN_ERRORS: Record<string, RegExp> = {
  'prototype in an outcome': /^outcomes\[0\]\.prototype: a key no bundle has/,
  'lists nested a million deep for an outcome': /^outcomes\[0\]: Invalid input: expected object, received array$/,
  // The good bundle's three sessions share one outcome: the changed one is the list's second.
  'negative points': /^outcomes\[1\]\.points: Too small/,
  'an unknown status': /^outcomes\[0\]\.status: Invalid option/,
};

/**
 * The same malformed and hostile bundles as version 2 writes them (every case not about the text alone), and the
 * faults only version 2 can have: places that are not in its list of outcomes, and a list that is not one.
 */
export const HOSTILE_V2: Array<[string, () => string, RegExp]> = [
  ...HOSTILE.flatMap(([name, text, error]): Array<[string, () => string, RegExp]> =>
    text.compact ? [[`${name} (version 2)`, text.compact, TWIN_ERRORS[name] ?? error]] : [],
  ),
  ['a place past the list of outcomes', compactChanged((b) => void (b.sessions[0]!.outcomes[0] = 1)), /^sessions\[0\]\.outcomes\[0\]: not one of the bundle's outcomes \(it lists 1\)$/],
  ['a place of a billion', compactChanged((b) => void (b.sessions[1]!.outcomes = [0, 1e9])), /^sessions\[1\]\.outcomes\[1\]: not one of the bundle's outcomes/],
  ['a negative place', compactChanged((b) => void (b.sessions[0]!.outcomes[0] = -1)), /^sessions\[0\]\.outcomes\[0\]: Too small: expected number to be >=0$/],
  ['half a place', compactChanged((b) => void (b.sessions[0]!.outcomes[0] = 0.5)), /^sessions\[0\]\.outcomes\[0\]: Invalid input: expected int/],
  ['a place as text', compactChanged((b) => void (anyOf(b).sessions[0]!.outcomes = ['0'])), /^sessions\[0\]\.outcomes\[0\]: Invalid input: expected number/],
  ['a place of 2^53', compactChanged((b) => void (b.sessions[0]!.outcomes[0] = 2 ** 53)), /^sessions\[0\]\.outcomes\[0\]: /],
  ['no list of outcomes', compactChanged((b) => void delete (b as Partial<CompactBundle>).outcomes), /^outcomes: Invalid input: expected array/],
  ['a list of outcomes that is text', compactChanged((b) => void (anyOf(b).outcomes = 'Secret' as never)), /^outcomes: Invalid input: expected array/],
  ['an outcome of the list that is text', compactChanged((b) => void (anyOf(b).outcomes = ['Secret'] as never)), /^outcomes\[0\]: Invalid input: expected object/],
  ['an outcome of the list with a label of 600 characters', compactChanged((b) => void (b.outcomes[0]!.labels = ['Secret'.repeat(100)])), /^outcomes\[0\]\.labels\[0\]: Too big/],
  [
    'outcomes written out, as version 1 writes them, in a bundle that says version 2',
    () => JSON.stringify({ ...goodBundle(), version: BUNDLE_VERSION }),
    /^sessions\[0\]\.outcomes\[0\]: Invalid input: expected number, received object$/,
  ],
  [
    'places in a bundle that says version 1',
    () => JSON.stringify({ ...compactOf(goodBundle()), version: EXPANDED_VERSION }),
    /^sessions\[0\]\.outcomes\[0\]: Invalid input: expected object, received number$/,
  ],
];

describe('parseBundle refuses a malformed or hostile bundle', () => {
  it('has thirty cases at least in either version', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    expect(HOSTILE_V2.length).toBeGreaterThanOrEqual(30);
  });

  it.each([...HOSTILE, ...HOSTILE_V2])('%s', (_name, text, error) => {
    const result = parseBundle(text(), NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((each) => error.test(each)), result.errors.join('\n')).toBe(true);
    // Names, notes and whatever a field held never come back in an error.
    expect(result.errors.join('\n')).not.toMatch(/Secret/);
    expect(result.errors.length).toBeLessThanOrEqual(21);
  });

  it('gives twenty errors and how many more when everything is wrong', () => {
    const bundle = goodBundle();
    bundle.sessions = Array.from({ length: 1000 }, (_, index) => session(`s${index}`, colleague('nobody'), '2026-09-01T10:00:00.000Z'));
    const result = parseBundle(JSON.stringify(bundle), NOW);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.errors).toHaveLength(21);
      expect(result.errors.at(-1)).toMatch(/^… and \d+ more$/);
    }
  });

  it('gives twenty errors and how many more when a million places are past the list of outcomes', () => {
    const text = compactChanged((b) => void (b.sessions[0]!.outcomes = Array.from({ length: 500 }, () => 7)))();
    // 2,000 sessions of 500 places each: the most a session may have, none of them in the list.
    const bundle = JSON.parse(text) as CompactBundle;
    bundle.sessions = Array.from({ length: 2000 }, (_, index) => ({ ...bundle.sessions[0]!, id: `s${index}`, at: new Date(Date.parse('2026-01-01') + index * 60_000).toISOString() }));
    const result = parseBundle(JSON.stringify(bundle), NOW);
    expect(result).toEqual({ ok: false, errors: [...Array.from({ length: 20 }, (_, at) => expect.stringMatching(new RegExp(`^sessions\\[0\\]\\.outcomes\\[${at}\\]: not one`))), '… and 999980 more'] });
  });
});

/** The dashboard's import: the file read, then the store written only when the whole bundle is valid. */
async function importText(store: OpenCoachingStore, text: string): Promise<{ ok: true; report: ImportReport } | { ok: false; errors: string[] }> {
  const parsed = parseBundle(text, NOW);
  return parsed.ok ? { ok: true, report: await store.importBundle(parsed.bundle, NOW) } : parsed;
}

describe('a refused bundle changes nothing in the store', () => {
  const name = freshName();
  const store = openCoachingStore({ name });
  afterAll(() => store.close());

  it.each([...HOSTILE, ...HOSTILE_V2])('%s', async (_name, text) => {
    if ((await store.colleagues()).length === 0) await store.importBundle(goodBundle(), NOW);
    const before = await rawContents(name);
    expect(await importText(store, text())).toMatchObject({ ok: false });
    expect(await rawContents(name)).toEqual(before);
  });
});

describe('prototype keys', () => {
  it('are own properties after JSON.parse, so a later Object.assign would set a prototype: the check refuses them first', () => {
    const text = injected('"colleagues":[{', '"__proto__":{"isAdmin":true},')();
    const raw = JSON.parse(text) as { colleagues: object[] };
    // What the check guards against: the key is there as an own property, and copying it changes the prototype.
    expect(Object.keys(raw.colleagues[0]!)).toContain('__proto__');
    expect((Object.assign({}, raw.colleagues[0]) as { isAdmin?: boolean }).isAdmin).toBe(true);
    expect(parseBundle(text, NOW)).toEqual({
      ok: false,
      errors: ['colleagues[0].__proto__: a key no bundle has, refused (it could change how objects behave)'],
    });
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });

  it('are found at any depth, each named', () => {
    const text = JSON.stringify(goodBundle())
      .replace('"answers":{', '"answers":{"constructor":true,')
      .replace('"labels":[', '"labels":[{"prototype":{"__proto__":1}},');
    const result = parseBundle(text, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect([...result.errors].sort()).toEqual([
        expect.stringMatching(/^sessions\[0\]\.answers\.constructor: /),
        expect.stringMatching(/^sessions\[0\]\.outcomes\[0\]\.labels\[0\]\.prototype: /),
      ]);
    }
  });
});

describe('parseBundle takes', () => {
  it('a bundle bundleOf wrote, as it was', () => {
    const bundle = goodBundle();
    const records = bundle.colleagues.map((each) => ({ colleague: each, sessions: bundle.sessions.filter((s) => s.colleagueId === each.id) }));
    const written = bundleOf(records, bundle.settings!, new Date(bundle.exportedAt), bundle.guidelines);
    expect(parseBundle(JSON.stringify(written), NOW)).toEqual({ ok: true, bundle: written });
    expect(written.sessions.map((each) => each.id)).toEqual(['s1', 's2', 's3']);
  });

  it('a bundle without settings, guidelines or sessions', () => {
    const bundle: CoachingBundle = { ...goodBundle(), guidelines: null, sessions: [] };
    delete bundle.settings;
    expect(parseBundle(JSON.stringify(bundle), NOW)).toEqual({ ok: true, bundle });
  });

  it('a session up to a day ahead of the clock (clocks differ), and not beyond', () => {
    const ahead = (at: string) => changed((b) => void (b.sessions[0]!.at = at))();
    expect(parseBundle(ahead('2026-11-24T12:00:00.000Z'), NOW).ok).toBe(true);
    expect(parseBundle(ahead('2026-11-24T12:00:00.001Z'), NOW).ok).toBe(false);
  });

  it('HTML and script in a name as text, unchanged (no screen renders a name as HTML)', () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script> & Ada';
    const result = parseBundle(changed((b) => void (b.colleagues[0]!.name = name))(), NOW);
    expect(result.ok && result.bundle.colleagues[0]!.name).toBe(name);
  });

  it('unknown fields nested however deep, dropped unread', () => {
    const text = injected('{', `"extra":${'['.repeat(1e5)}${']'.repeat(1e5)},`)();
    expect(parseBundle(text, NOW)).toEqual({ ok: true, bundle: goodBundle() });
  });

  it('a name of 300 characters', () => {
    expect(parseBundle(changed((b) => void (b.colleagues[0]!.name = 'A'.repeat(300)))(), NOW).ok).toBe(true);
  });

  it('unknown fields, dropped: what the store keeps of its own (profile keys, tally) is never read from a file', () => {
    const text = changed((b) => {
      b.comment = 'Secret';
      Object.assign(b.colleagues[0]!, { profileKeys: ['linkedin:in/someone-else'], tally: { count: 99 } });
      Object.assign(b.sessions[0]!, { html: '<b>Secret</b>' });
    })();
    const result = parseBundle(text, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle).toEqual(goodBundle());
    expect(JSON.stringify(result.bundle)).not.toMatch(/profileKeys|tally|comment|html/);
  });

  it(`text of ${MAX_BUNDLE_CHARS / 1024 / 1024} MB less a character goes to the parser`, () => {
    const text = `${JSON.stringify(goodBundle()).slice(0, -1)},"pad":"${' '.repeat(MAX_BUNDLE_CHARS)}"}`.slice(0, MAX_BUNDLE_CHARS);
    expect(parseBundle(text, NOW)).toEqual({ ok: false, errors: ['(bundle): not JSON, so not a coaching bundle'] });
  });
});

/** Ada as two ambassadors recorded her: each with a random id, one with her LinkedIn profile only. */
function twoAmbassadors(): [CoachingBundle, CoachingBundle] {
  const first = goodBundle();
  const ada = colleague('ada-from-jo', { name: 'Ada V.', profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }], noticeConfirmedAt: '2026-08-15T09:00:00.000Z' });
  const second: CoachingBundle = {
    ...goodBundle(),
    colleagues: [ada, colleague('cleo')],
    sessions: [
      // The same session Jo imported from the first bundle earlier (same time and site, another id), and a later one.
      session('jo-1', ada, '2026-09-01T10:00:00.000Z'),
      session('jo-2', ada, '2026-11-20T10:00:00.000Z', { score: { overall: 85, steps: { 'clean-up': null, 'plan-ahead': 80, 'team-up': 90, guidelines: 90 } } }),
    ],
    settings: { teamSizes: [{ from: '2026-11-01', size: 50 }, { from: '2026-12-01', size: 60 }], viewCost: { perThousand: 15, currency: 'EUR' } },
  };
  return [first, second];
}

describe('mergeBundles', () => {
  it("makes one colleague of two ambassadors' records of one person (a shared profile key)", () => {
    const { records, settings, report } = mergeBundles(twoAmbassadors());
    expect(records.map((record) => record.colleague.id)).toEqual(['ada', 'bram', 'cleo']);
    const ada = records[0]!;
    expect(ada.colleague).toEqual({
      id: 'ada',
      // The second bundle saw her last (20 November).
      name: 'Ada V.',
      profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }, { site: 'x', key: 'x:@ada' }],
      // The earliest confirmation.
      noticeConfirmedAt: '2026-08-15T09:00:00.000Z',
      noticeRetentionMonths: 12,
      createdAt: '2026-09-01T09:00:00.000Z',
    });
    expect(ada.sessions.map((each) => [each.id, each.colleagueId])).toEqual([
      ['s1', 'ada'],
      ['s2', 'ada'],
      ['jo-2', 'ada'],
    ]);
    expect(settings).toEqual({
      teamSizes: [{ from: '2026-09-01', size: 40 }, { from: '2026-11-01', size: 50 }, { from: '2026-12-01', size: 60 }],
      viewCost: { perThousand: 15, currency: 'EUR' },
    });
    expect(report).toEqual({
      bundles: 2,
      colleagues: 3,
      sessions: 4,
      colleaguesJoined: 1,
      duplicateSessions: 1,
      sessionIdConflicts: 0,
      nameConflicts: ['ada'],
      profileConflicts: [],
      teamSizeConflicts: ['2026-11-01'],
      viewCostConflict: true,
    });
  });

  it('joins two colleagues of one bundle that a third record shows are one person', () => {
    const first = goodBundle();
    first.colleagues = [colleague('a', { profiles: [{ site: 'linkedin', key: 'linkedin:in/p' }] }), colleague('b', { profiles: [{ site: 'x', key: 'x:@p' }] })];
    first.sessions = [session('1', first.colleagues[0]!, '2026-10-01T10:00:00.000Z'), session('2', first.colleagues[1]!, '2026-10-02T10:00:00.000Z')];
    const second = { ...goodBundle(), colleagues: [colleague('c', { profiles: [{ site: 'linkedin', key: 'linkedin:in/p' }, { site: 'x', key: 'x:@p' }] })], sessions: [] };
    const { records } = mergeBundles([first, second]);
    expect(records).toHaveLength(1);
    expect(records[0]!.colleague.profiles.map((p) => p.key)).toEqual(['linkedin:in/p', 'x:@p']);
    expect(records[0]!.sessions.map((s) => s.colleagueId)).toEqual(['a', 'a']);
  });

  it('keeps the profile of the bundle that saw the colleague last when two differ on a site, and says so', () => {
    const first = goodBundle();
    const second = goodBundle();
    second.colleagues[0] = { ...second.colleagues[0]!, profiles: [{ site: 'linkedin', key: 'linkedin:in/ada' }, { site: 'x', key: 'x:@ada_new' }] };
    second.sessions[1] = { ...second.sessions[1]!, at: '2026-11-21T10:00:00.000Z', profileKey: 'x:@ada_new' };
    const { records, report } = mergeBundles([first, second]);
    expect(records[0]!.colleague.profiles).toEqual([{ site: 'linkedin', key: 'linkedin:in/ada' }, { site: 'x', key: 'x:@ada_new' }]);
    expect(report.profileConflicts).toEqual(['ada']);
  });

  it('leaves out a session whose id another session has (another time), and counts it', () => {
    const second = goodBundle();
    second.sessions = [{ ...second.sessions[0]!, at: '2026-10-05T10:00:00.000Z' }];
    const { report, records } = mergeBundles([goodBundle(), second]);
    expect(report.sessionIdConflicts).toBe(1);
    expect(records.flatMap((r) => r.sessions).map((s) => s.at)).not.toContain('2026-10-05T10:00:00.000Z');
  });
});

/** Small bundles whose ids, keys and times collide often, each valid on its own. */
const bundleArb: fc.Arbitrary<CoachingBundle> = fc
  .record({
    colleagues: fc.array(
      fc.record({
        id: fc.integer({ min: 0, max: 5 }),
        linkedin: fc.option(fc.integer({ min: 0, max: 5 })),
        x: fc.option(fc.integer({ min: 0, max: 5 })),
        name: fc.constantFrom('Ada', 'Bram', 'Cleo'),
        notice: fc.constantFrom('2026-01-01T09:00:00.000Z', '2026-02-01T09:00:00.000Z'),
        months: fc.constantFrom(6, 12),
      }),
      { maxLength: 6 },
    ),
    sessions: fc.array(
      fc.record({ id: fc.integer({ min: 0, max: 15 }), of: fc.nat(), site: fc.constantFrom('linkedin', 'x'), day: fc.integer({ min: 1, max: 6 }), overall: fc.integer({ min: 0, max: 100 }) }),
      { maxLength: 12 },
    ),
    sizes: fc.array(fc.record({ day: fc.integer({ min: 1, max: 4 }), size: fc.integer({ min: 1, max: 3 }) }), { maxLength: 3 }),
    cost: fc.option(fc.constantFrom(10, 12)),
  })
  .map(({ colleagues, sessions, sizes, cost }) => {
    const candidates = colleagues.flatMap((spec): Colleague[] => {
      const profiles: Colleague['profiles'] = [];
      if (spec.linkedin !== null) profiles.push({ site: 'linkedin', key: `linkedin:in/p${spec.linkedin}` });
      if (spec.x !== null) profiles.push({ site: 'x', key: `x:@p${spec.x}` });
      if (profiles.length === 0) return [];
      return [colleague(`c${spec.id}`, { name: spec.name, profiles, noticeConfirmedAt: spec.notice, noticeRetentionMonths: spec.months })];
    });
    const kept = distinctRecords(candidates, (people) =>
      sessions.map((spec) => {
        const of = people[spec.of % Math.max(people.length, 1)];
        const steps = { 'clean-up': null, 'plan-ahead': null, 'team-up': null, guidelines: null };
        return of ? session(`s${spec.id}`, of, `2026-10-0${spec.day}T10:00:00.000Z`, { site: spec.site, score: { overall: spec.overall, steps } }) : null;
      }),
    );
    const days = new Map(sizes.map(({ day, size }) => [`2026-0${day}-01`, size]));
    return {
      ...goodBundle(),
      ...kept,
      settings: { teamSizes: [...days].map(([from, size]) => ({ from, size })), viewCost: cost === null ? null : { perThousand: cost, currency: 'EUR' } },
    };
  });

/** A merge as a bundle again, as the dashboard would export it. */
const asBundle = (merged: ReturnType<typeof mergeBundles>): CoachingBundle => bundleOf(merged.records, merged.settings, NOW, null);
const content = (merged: ReturnType<typeof mergeBundles>) => ({ records: merged.records, settings: merged.settings });

describe('merging is idempotent and deterministic', () => {
  it('every generated bundle is valid on its own', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        expect(parseBundle(JSON.stringify(bundle), NOW)).toMatchObject({ ok: true });
      }),
    );
  });

  it('a bundle merged with itself is the bundle merged alone', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        expect(content(mergeBundles([bundle, bundle]))).toEqual(content(mergeBundles([bundle])));
      }),
    );
  });

  it('a merge merged again with its last bundle changes nothing (importing the same bundle twice)', () => {
    fc.assert(
      fc.property(bundleArb, bundleArb, (a, b) => {
        const once = mergeBundles([a, b]);
        // A profile left out in a conflict is not remembered (mergeBundles says so): the report names those colleagues.
        if (once.report.profileConflicts.length > 0) return;
        expect(content(mergeBundles([asBundle(once), b]))).toEqual(content(once));
      }),
      // About half the pairs generated join a colleague with a profile conflict: more runs for the other half.
      { numRuns: 300 },
    );
  });

  it('the order of colleagues and sessions inside a bundle does not change the result', () => {
    fc.assert(
      fc.property(bundleArb, bundleArb, (a, b) => {
        const reversed = { ...b, colleagues: [...b.colleagues].reverse(), sessions: [...b.sessions].reverse() };
        expect(content(mergeBundles([a, reversed]))).toEqual(content(mergeBundles([a, b])));
      }),
    );
  });

  it('a merge holds every colleague once (no shared id or profile key) and no session twice', () => {
    fc.assert(
      fc.property(fc.array(bundleArb, { maxLength: 4 }), (bundles) => {
        const { records } = mergeBundles(bundles);
        const keys = records.flatMap((record) => record.colleague.profiles.map((p) => p.key));
        expect(new Set(keys).size).toBe(keys.length);
        const sessions = records.flatMap((record) => record.sessions);
        expect(new Set(sessions.map((s) => s.id)).size).toBe(sessions.length);
        expect(new Set(sessions.map((s) => `${s.colleagueId} ${s.site} ${s.at}`)).size).toBe(sessions.length);
        expect(parseBundle(JSON.stringify(asBundle(mergeBundles(bundles))), NOW).ok).toBe(true);
      }),
    );
  });
});

/** Every path to a value of the good bundle: where a mutation may strike. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((each, index) => pathsOf(each, [...path, index]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([key, each]) => pathsOf(each, [...path, key]))];
  return here;
}

/** Values near every limit the bundle has, and of every JSON type. */
const NEAR_LIMITS: unknown[] = [
  null, true, false, 0, -0, 1, -1, 0.5, 1e-300, 1e-6, 100, 100.5, 101, 120, 121, 1000, 1001, 1e6, 1e6 + 1, 1e7, 1e7 + 1, 1e9, 1e9 + 1,
  2 ** 53 + 2, -5, '', 'x', 'linkedin', 'pass', 'fail', 'plan-ahead', 'EUR', 'eur', 'EU', '2026-02-28', '2026-02-29', '2028-02-29',
  '2026-13-01', '2026-09-01T10:00:00.000Z', '2026-09-01T10:00:00Z', '2026-09-01T10:00:00.1234Z', '2026-02-30T10:00:00.000Z',
  '2026-09-01T24:00:00.000Z', '2026-09-01T10:00:00.000+02:00', 'a'.repeat(300), 'a'.repeat(301), 'a'.repeat(500), 'a'.repeat(501),
  'a'.repeat(20_001), [], [1], {}, { extra: 1 }, BUNDLE_FORMAT, BUNDLE_VERSION,
];
const nearLimits = fc.oneof({ arbitrary: fc.constantFrom(...NEAR_LIMITS), weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 });
const mutation = fc.record({
  path: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'add key', 'duplicate'),
  value: nearLimits,
  key: fc.constantFrom('extra', 'id', 'name', 'nextSessionOn', 'audience', 'settings', 'follow-up', 'a'.repeat(501)),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** The good bundle (or `root`, version 2's) with the mutations made, as JSON.parse would give it. */
function mutated(mutations: readonly Mutation[], root: () => unknown = goodBundle): unknown {
  const bundle = structuredClone(root()) as unknown;
  for (const { path: pick, kind, value, key } of mutations) {
    const paths = pathsOf(bundle);
    const path = paths[pick % paths.length]!;
    const parent = path.slice(0, -1).reduce<any>((at, part) => at[part], bundle); // eslint-disable-line @typescript-eslint/no-explicit-any
    const last = path.at(-1)!;
    const target = parent[last];
    if (kind === 'replace') parent[last] = structuredClone(value);
    else if (kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (kind === 'add key' && typeof target === 'object' && target !== null && !Array.isArray(target)) target[key] = structuredClone(value);
    else if (kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(target));
  }
  return JSON.parse(JSON.stringify(bundle)) as unknown;
}

/** A check of `value` that the fast check and the schema give the same answer, and the same bundle when valid. */
const agreement =
  (fast: (value: unknown) => unknown, schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }) =>
  (value: unknown): void => {
    const checked = fast(value);
    const reference = schema.safeParse(value);
    expect(checked !== null, 'the fast check and the schema disagree').toBe(reference.success);
    if (reference.success) expect(checked).toStrictEqual(reference.data);
  };

/** `agree` on what JSON.parse makes of a case's text; nothing when it is not JSON (no check ever sees it). */
function agreeOnCase(text: () => string, agree: (value: unknown) => void): void {
  let value: unknown;
  try {
    value = JSON.parse(text());
  } catch {
    return;
  }
  agree(value);
}

describe('the fast check agrees with the schema', () => {
  const agree = agreement(fastBundle, BundleSchema);

  it.each(HOSTILE.filter(([name]) => name !== '100 MB of text'))('on %s', (_name, text) => agreeOnCase(text, agree));

  it('on the good bundle and the bundles the merge tests generate', () => {
    agree(JSON.parse(JSON.stringify(goodBundle())));
    fc.assert(fc.property(bundleArb, (bundle) => agree(JSON.parse(JSON.stringify(bundle)))), { numRuns: 100 });
  });

  it('on every value of the good bundle replaced by each value near a limit, or left out, or given an extra key', () => {
    expect(everyMutation(goodBundle, agree)).toBeGreaterThan(5000);
  });

  it('on mutations of the good bundle (values near every limit, fields gone, fields added, items twice)', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => agree(mutated(mutations))), { numRuns: 3000 });
  });

  it('and parseBundle gives the same answer through either', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const value = mutated(mutations);
        const fast = fastBundle(value);
        const schema = BundleSchema.safeParse(value);
        const result = parseBundle(JSON.stringify(value), NOW);
        if (result.ok) expect(result.bundle).toStrictEqual(schema.data);
        if (fast === null && schema.success) expect.fail('valid by the schema, refused by the fast check');
      }),
      { numRuns: 500 },
    );
  });
});

/** Every value of `root()` replaced by each value near a limit, left out, put twice, or given an extra key: how many. */
function everyMutation(root: () => unknown, agree: (value: unknown) => void): number {
  let checked = 0;
  pathsOf(root()).forEach((_, path) => {
    for (const value of NEAR_LIMITS) {
      agree(mutated([{ path, kind: 'replace', value, key: 'extra' }], root));
      checked += 1;
    }
    agree(mutated([{ path, kind: 'delete', value: null, key: 'extra' }], root));
    agree(mutated([{ path, kind: 'duplicate', value: null, key: 'extra' }], root));
    for (const key of ['extra', 'nextSessionOn', 'audience', 'settings', 'a'.repeat(501)]) agree(mutated([{ path, kind: 'add key', value: 1, key }], root));
  });
  return checked;
}

describe('the fast check agrees with the schema on version 2', () => {
  const agree = agreement(fastCompactBundle, CompactBundleSchema);
  const compactGood = () => compactOf(goodBundle());

  it.each(HOSTILE_V2)('on %s', (_name, text) => agreeOnCase(text, agree));

  it('on the good bundle and the bundles the merge tests generate', () => {
    agree(JSON.parse(JSON.stringify(compactGood())));
    fc.assert(fc.property(bundleArb, (bundle) => agree(JSON.parse(JSON.stringify(compactOf(bundle))))), { numRuns: 100 });
  });

  it('on every value of the good bundle replaced by each value near a limit, or left out, or given an extra key', () => {
    expect(everyMutation(compactGood, agree)).toBeGreaterThan(5000);
  });

  it('on mutations of the good bundle (values near every limit, fields gone, fields added, items twice)', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => agree(mutated(mutations, compactGood))), { numRuns: 3000 });
  });

  it('and parseBundle gives what either gives, laid out as version 1', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const value = mutated(mutations, compactGood);
        const schema = CompactBundleSchema.safeParse(value);
        const result = parseBundle(JSON.stringify(value), NOW);
        if (!result.ok) return;
        expect(schema.success).toBe(true);
        const { outcomes, sessions, ...rest } = schema.data!;
        const laidOut = { ...rest, version: EXPANDED_VERSION, sessions: sessions.map((each) => ({ ...each, outcomes: each.outcomes.map((place) => outcomes[place]) })) };
        expect(result.bundle).toStrictEqual(laidOut);
      }),
      { numRuns: 500 },
    );
  });
});

/** `bundle` with its sessions listed as the dashboard exports them: each colleague's together (by id), oldest first, then by id. */
const listed = (bundle: CoachingBundle): CoachingBundle => ({
  ...bundle,
  sessions: [...bundle.sessions].sort((a, b) => byText(a.colleagueId, b.colleagueId) || byText(a.at, b.at) || byText(a.id, b.id)),
});

describe('version 2, as the dashboard exports it', () => {
  it('reads back as the very bundle written, its sessions listed by colleague and time, and as its version 1 text reads', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        expect(parseBundle(bundleText(bundle), NOW)).toEqual({ ok: true, bundle: listed(bundle) });
        expect(parseBundle(bundleText(bundle), NOW)).toStrictEqual(parseBundle(JSON.stringify(listed(bundle)), NOW));
      }),
      { numRuns: 200 },
    );
  });

  it('lists each distinct outcome once, in the order first met, and gives each session its outcomes by place', () => {
    const bundle = goodBundle();
    const other = { ruleId: 'profile-photo', step: 'plan-ahead' as const, status: 'pass' as const, points: 0, labels: [] };
    bundle.sessions[1]!.outcomes = [other, bundle.sessions[0]!.outcomes[0]!, other];
    const compact = compactOf(bundle);
    expect(compact.outcomes).toEqual([bundle.sessions[0]!.outcomes[0], other]);
    expect(compact.sessions.map((each) => each.outcomes)).toEqual([[0], [1, 0, 1], [0]]);
    // The same rule with other points or labels is another outcome.
    bundle.sessions[2]!.outcomes = [{ ...other, points: 1 }, { ...other, labels: ['photo'] }];
    expect(compactOf(bundle).outcomes).toHaveLength(4);
  });

  it('is a third of version 1 or less for sessions of two dozen outcomes', () => {
    const bundle = goodBundle();
    const outcomes = Array.from({ length: 24 }, (_, index) => ({ ruleId: `rule-${index}`, step: 'plan-ahead' as const, status: 'fail' as const, points: 3.2, labels: ['about', '1 item'] }));
    bundle.sessions = Array.from({ length: 300 }, (_, index) => session(`s${index}`, bundle.colleagues[index % 2]!, new Date(Date.parse('2026-01-01') + index * 3_600_000).toISOString(), { outcomes }));
    expect(bundleText(bundle).length * 3).toBeLessThan(JSON.stringify(bundle).length);
    expect(parseBundle(bundleText(bundle), NOW)).toEqual({ ok: true, bundle: listed(bundle) });
  });

  it("drops outcomes of the list no session names, as it drops fields it does not know", () => {
    const text = compactChanged((b) => void b.outcomes.push({ ruleId: 'Secret-rule', step: 'guidelines', status: 'fail', points: 1, labels: [] }))();
    const result = parseBundle(text, NOW);
    expect(result).toEqual({ ok: true, bundle: goodBundle() });
    expect(JSON.stringify(result)).not.toMatch(/Secret-rule/);
  });
});

/** The lines of `text` one after the other, as `team-report` reads a file's (src/cli/team-report-read.ts). */
const linesIn = (text: string): (() => string | undefined) => {
  const lines = text.split('\n');
  let at = 0;
  return () => lines[at++];
};

/**
 * What parseLaidOutBundle makes of `text` (each session kept whole), held to parseBundle's reading of it: it never
 * accepts what parseBundle refuses, and what it accepts is what parseBundle gives.
 */
function agreesWithWhole(text: string): 'read' | 'left to parseBundle' {
  const whole = parseBundle(text, NOW);
  const laid = parseLaidOutBundle(linesIn(text), NOW, (each) => each);
  if (laid === null) return 'left to parseBundle';
  expect(whole.ok, `accepted what parseBundle refuses: ${whole.ok || whole.errors.join('; ')}`).toBe(true);
  if (whole.ok) expect(laid).toStrictEqual(whole.bundle);
  return 'read';
}

/** A parsed value laid out as the dashboard lays out a bundle, when it is an object with a list of sessions. */
function laidOutValue(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as Loose).sessions)) return null;
  try {
    return laidOut(value as { sessions: unknown[] });
  } catch {
    // Nested too deep for JSON.stringify: no file of it can be written.
    return null;
  }
}

const goodLaidOut = () => bundleText(goodBundle());
/** The good bundle laid out in lines, its sessions listed in another order (by their places) or changed. */
const relisted = (change: (sessions: Session[]) => Session[]) => () => {
  const bundle = goodBundle();
  return laidOut(compactOf({ ...bundle, sessions: change(bundle.sessions) }));
};
/** The good bundle's text with some of its lines (0 is the first, the bundle's other fields) changed. */
const linesChanged = (changes: Record<number, (line: string) => string>) => () => {
  const lines = goodLaidOut().split('\n');
  for (const [index, change] of Object.entries(changes)) lines[Number(index)] = change(lines[Number(index)]!);
  return lines.join('\n');
};
const lineChanged = (index: number, change: (line: string) => string) => linesChanged({ [index]: change });
/** A note that says one of the words parseBundle looks for keys by. */
const prototypeNote = (line: string) => line.replace('"text":"', '"text":"the prototype ');
/** A field this version does not know, nested deeper than a bundle is (before the session's answers, or the bundle's time). */
const deepField = (line: string) => line.replace(/"(answers|exportedAt)":/, (field) => `"extra":${'['.repeat(20)}${']'.repeat(20)},${field}`);

/** Texts near the layout: [case, text, what parseBundle says, whether the line reader reads it or leaves it]. */
const LAYOUTS: Array<[string, () => string, 'valid' | 'refused', 'read' | 'left to parseBundle']> = [
  ['as the dashboard exports it', goodLaidOut, 'valid', 'read'],
  ['without the last line break', () => goodLaidOut().trimEnd(), 'valid', 'read'],
  ['without sessions', () => bundleText({ ...goodBundle(), sessions: [] }), 'valid', 'read'],
  ['with one session', () => bundleText({ ...goodBundle(), sessions: goodBundle().sessions.slice(0, 1) }), 'valid', 'read'],
  ['with a list of sessions written earlier in the first line, which JSON.parse overrides', lineChanged(0, (line) => `{"sessions":[{"id":"Secret"}],${line.slice(1)}`), 'valid', 'read'],
  ['with its lines ended by CR LF', () => goodLaidOut().replaceAll('\n', '\r\n'), 'valid', 'left to parseBundle'],
  ['with a session over two lines', lineChanged(1, (line) => line.replace(',"at":', ',\n"at":')), 'valid', 'left to parseBundle'],
  ['with two sessions on one line', () => goodLaidOut().replace('},\n{', '},{'), 'valid', 'left to parseBundle'],
  ['with a blank line between two sessions', lineChanged(1, (line) => `${line}\n`), 'valid', 'left to parseBundle'],
  ['with a space before the first session', lineChanged(1, (line) => ` ${line}`), 'valid', 'read'],
  ['indented', () => JSON.stringify(JSON.parse(goodLaidOut()), null, 2), 'valid', 'left to parseBundle'],
  ['in version 1, a session a line', () => laidOut(goodBundle()), 'valid', 'left to parseBundle'],
  ['with a note that says "prototype" (a word parseBundle looks for keys by: that line is walked)', lineChanged(1, prototypeNote), 'valid', 'read'],
  ['with a note that says "constructor" and an escape of an ASCII character', lineChanged(2, (line) => line.replace('"text":"', '"text":"the constructor \\u0041 ')), 'valid', 'read'],
  ['with a field this version does not know, nested 20 deep', lineChanged(2, deepField), 'valid', 'read'],
  ['with a field nested 20 deep in one session, and a note that says "prototype" in another (then every line is walked)', linesChanged({ 1: prototypeNote, 3: deepField }), 'refused', 'left to parseBundle'],
  ['with a field nested 20 deep in the first line, and a note that says "prototype"', linesChanged({ 0: deepField, 2: prototypeNote }), 'refused', 'left to parseBundle'],
  ['with a field this version does not know in one session, and a note that says "prototype" in another', linesChanged({ 1: prototypeNote, 3: (line) => line.replace('"answers":', '"extra":1,"answers":') }), 'valid', 'left to parseBundle'],
  ['with "constructor" as the name of an answer (a key like any other to the check, refused by its name)', lineChanged(2, (line) => line.replace('"answers":{', '"answers":{"constructor":true,')), 'refused', 'left to parseBundle'],
  ['with "prototype" as the name of an answer', lineChanged(3, (line) => line.replace('"answers":{', '"answers":{"prototype":false,')), 'refused', 'left to parseBundle'],
  ['with a forbidden key in a session', lineChanged(2, (line) => line.replace('"answers":{', '"answers":{"__proto__":true,')), 'refused', 'left to parseBundle'],
  ['with a forbidden key spelt with escapes', lineChanged(2, (line) => line.replace('"answers":{', '"answers":{"\\u005f_proto__":true,')), 'refused', 'left to parseBundle'],
  [
    'with its sessions in a field whose name ends in "sessions" (an escaped quote), after an empty list of sessions',
    lineChanged(0, (line) => `${line.slice(0, -'"sessions":['.length)}"sessions":[],"x\\"sessions":[`),
    'valid',
    'left to parseBundle',
  ],
  [
    'with its sessions in a field whose name ends in "sessions", after a list of sessions that is not one',
    lineChanged(0, (line) => `${line.slice(0, -'"sessions":['.length)}"sessions":[0],"x\\"sessions":[`),
    'refused',
    'left to parseBundle',
  ],
  [`larger than ${MAX_BUNDLE_CHARS / 1024 / 1024} MB`, lineChanged(1, (line) => `${' '.repeat(MAX_BUNDLE_CHARS)}${line}`), 'refused', 'left to parseBundle'],
  ['with a comma after the last session', lineChanged(3, (line) => `${line},`), 'refused', 'left to parseBundle'],
  ['without the comma between two sessions', lineChanged(1, (line) => line.slice(0, -1)), 'refused', 'left to parseBundle'],
  ['with a value after the end', () => `${goodLaidOut()}{"sessions":[]}\n`, 'refused', 'left to parseBundle'],
  ['cut after a session', () => goodLaidOut().split('\n').slice(0, 2).join('\n'), 'refused', 'left to parseBundle'],
  ['with a session that is not an object', lineChanged(2, () => '7,'), 'refused', 'left to parseBundle'],
  ['with a session of nobody in the bundle', lineChanged(3, (line) => line.replace('"colleagueId":"bram"', '"colleagueId":"Secret"')), 'refused', 'left to parseBundle'],
  ['with the id of an earlier session', lineChanged(3, (line) => line.replace('"id":"s3"', '"id":"s1"')), 'refused', 'left to parseBundle'],
  ['with a colleague\'s sessions apart, another\'s between them', relisted(([s1, s2, s3]) => [s1!, s3!, s2!]), 'valid', 'left to parseBundle'],
  ['with a colleague\'s sessions newest first', relisted(([s1, s2, s3]) => [s2!, s1!, s3!]), 'valid', 'left to parseBundle'],
  ['with two sessions of a colleague at one time, one a site', relisted(([s1, s2, s3]) => [s1!, { ...s2!, at: s1!.at }, s3!]), 'valid', 'read'],
  ['with two sessions of a colleague at one time on one site', relisted(([s1, s2, s3]) => [s1!, { ...s2!, at: s1!.at, site: s1!.site, profileKey: s1!.profileKey }, s3!]), 'refused', 'left to parseBundle'],
  ['with the id of an earlier colleague\'s session', lineChanged(3, (line) => line.replace('"id":"s3"', '"id":"s2"')), 'refused', 'left to parseBundle'],
  ['with a session in the future', lineChanged(3, (line) => line.replace(/"at":"[^"]+"/, '"at":"2030-01-01T00:00:00.000Z"')), 'refused', 'left to parseBundle'],
  ['with a place past the list of outcomes', lineChanged(3, (line) => line.replace('"outcomes":[0]', '"outcomes":[9]')), 'refused', 'left to parseBundle'],
  ['with two colleagues of one id', lineChanged(0, (line) => line.replace('"id":"bram"', '"id":"ada"')), 'refused', 'left to parseBundle'],
  ['with two team sizes on one day', lineChanged(0, (line) => line.replace('"from":"2026-11-01"', '"from":"2026-09-01"')), 'refused', 'left to parseBundle'],
  ['of a newer version', lineChanged(0, (line) => line.replace(`"version":${BUNDLE_VERSION}`, '"version":3')), 'refused', 'left to parseBundle'],
  ['not JSON', () => `${goodLaidOut().slice(0, 40)}\n]}\n`, 'refused', 'left to parseBundle'],
];

describe('parseLaidOutBundle, a bundle read a session at a time', () => {
  it.each(LAYOUTS)('%s', (_name, text, whole, laid) => {
    expect(parseBundle(text(), NOW).ok).toBe(whole === 'valid');
    expect(agreesWithWhole(text())).toBe(laid);
  });

  it('reads every bundle the dashboard exports as parseBundle reads it', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        expect(agreesWithWhole(bundleText(bundle))).toBe('read');
      }),
      { numRuns: 200 },
    );
  });

  it('leaves every malformed or hostile version 2 bundle to parseBundle, as given and laid out in lines', () => {
    let laidOutCases = 0;
    for (const [name, text] of HOSTILE_V2) {
      expect(agreesWithWhole(text()), name).toBe('left to parseBundle');
      const value = (() => {
        try {
          return JSON.parse(text()) as unknown;
        } catch {
          return null;
        }
      })();
      const lines = laidOutValue(value);
      if (lines === null || parseBundle(lines, NOW).ok) continue;
      expect(agreesWithWhole(lines), name).toBe('left to parseBundle');
      laidOutCases += 1;
    }
    expect(laidOutCases).toBeGreaterThan(50);
  });

  it('agrees with parseBundle on mutations of the good bundle laid out in lines (values near every limit, fields gone or added, items twice)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const lines = laidOutValue(mutated(mutations, () => compactOf(goodBundle())));
        if (lines !== null) seen.add(agreesWithWhole(lines));
      }),
      { numRuns: 2000 },
    );
    expect([...seen].sort()).toEqual(['left to parseBundle', 'read']);
  });

  it('keeps each session as its `keep` gives it, in the order of the file', () => {
    const kept = parseLaidOutBundle(linesIn(goodLaidOut()), NOW, (each) => `${each.id} ${each.outcomes.length}`);
    expect(kept).toMatchObject({ colleagues: goodBundle().colleagues, sessions: ['s1 1', 's2 1', 's3 1'], settings: goodBundle().settings });
  });
});
