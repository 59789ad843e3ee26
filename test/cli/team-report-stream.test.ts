// @vitest-environment node
/**
 * @file `team-report` reads one bundle at a time and keeps each session in brief (src/cli/team-report-read.ts): its
 * report must be the one made from every bundle parsed whole and merged at once (mergeBundles, then each colleague's
 * summary), on bundles that share colleagues (by id or by profile) and sessions, written in either version. The
 * command keeps each colleague's facts, not their summary: the summaries it made on the way are compared too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BundleMerger, bundleText, type CoachingBundle, compactOf, laidOut, mergeBundles, parseBundle } from '../../src/coaching/bundle';
import { byText } from '../../src/coaching/order';
import type { Session } from '../../src/coaching/record';
import { DEFAULT_STAGES } from '../../src/coaching/stages';
import { memberOf, summaryOf } from '../../src/coaching/summary';
import { colleagueFacts } from '../../src/coaching/team';
import { readBundleFile, readBundleHead, readLaidOutFile } from '../../src/cli/team-report-read';
import { teamReport } from '../../src/cli/team-report';
import { DEFAULT_GUIDELINES } from '../../src/guidelines/presets/default';
import { colleague, distinctRecords, goodBundle, NOW, session } from '../coaching/bundle-records';

// Every summary the command makes, recorded: it keeps only each colleague's facts from them.
vi.mock('../../src/coaching/summary', async (original) => {
  const actual = await original<typeof import('../../src/coaching/summary')>();
  return { ...actual, summaryOf: vi.fn(actual.summaryOf) };
});
const madeSummaries = vi.mocked(summaryOf);
/**
 * The last `count` summaries made, in an order of their own (the command makes them in no set order): a reading a
 * session at a time that is given up hands over to the whole reading, which sums everyone up again, last.
 */
const summariesMade = (count: number) =>
  madeSummaries.mock.results
    .slice(-count)
    .map((result) => JSON.stringify(result.value))
    .sort();

const scratch = mkdtempSync(join(tmpdir(), 'profile-coach-team-stream-'));
let counter = 0;
/** A bundle file, in turn as the dashboard exports it (version 2), and in version 1 compact and indented. */
const write = (bundle: CoachingBundle): string => {
  const file = join(scratch, `bundle-${(counter += 1)}.json`);
  writeFileSync(file, counter % 3 === 0 ? bundleText(bundle) : JSON.stringify(bundle, null, counter % 3 === 1 ? 2 : undefined), 'utf8');
  return file;
};

const STATUSES = ['pass', 'fail', 'notApplicable', 'incomplete', 'error'] as const;
const RULES = ['headline-keywords', 'about-keywords', 'manual:follow-up'] as const;

/**
 * One ambassador's bundle over a small pool of people: ids and profile keys drawn from a few, so that bundles share
 * colleagues (the same id, or another id with the same profile) and sessions (the same colleague, site and time).
 */
const bundleArb: fc.Arbitrary<CoachingBundle> = fc
  .record({
    colleagues: fc.array(fc.record({ id: fc.integer({ min: 0, max: 4 }), key: fc.integer({ min: 0, max: 4 }), name: fc.constantFrom('Ada', 'Bram') }), {
      maxLength: 4,
    }),
    sessions: fc.array(
      fc.record({
        id: fc.integer({ min: 0, max: 12 }),
        of: fc.nat(),
        site: fc.constantFrom('linkedin' as const, 'x' as const),
        day: fc.integer({ min: 1, max: 5 }),
        overall: fc.option(fc.integer({ min: 0, max: 100 })),
        print: fc.constantFrom('f1', 'f2'),
        outcomes: fc.array(fc.record({ rule: fc.constantFrom(...RULES), status: fc.constantFrom(...STATUSES) }), { maxLength: 3 }),
        action: fc.option(fc.record({ rule: fc.constantFrom(...RULES), due: fc.constantFrom('2026-10-02', '2026-12-31') })),
        answered: fc.boolean(),
        followers: fc.option(fc.integer({ min: 0, max: 500 })),
      }),
      { maxLength: 8 },
    ),
    size: fc.option(fc.integer({ min: 1, max: 50 })),
  })
  .map(({ colleagues, sessions, size }) => {
    const candidates = colleagues.map((spec) =>
      colleague(`c${spec.id}`, { name: spec.name, profiles: [{ site: 'linkedin', key: `linkedin:in/p${spec.key}` }, { site: 'x', key: `x:@p${spec.key}` }] }),
    );
    const kept = distinctRecords(candidates, (people) =>
      sessions.map((spec) => {
        const of = people[spec.of % Math.max(people.length, 1)];
        if (!of) return null;
        const id = `s${spec.id}`;
        return session(id, of, `2026-10-0${spec.day}T10:00:00.000Z`, {
          site: spec.site,
          guidelines: { name: 'Brightwave', fingerprint: spec.print },
          score: { overall: spec.overall, steps: { 'clean-up': null, 'plan-ahead': spec.overall, 'team-up': null, guidelines: null } },
          outcomes: spec.outcomes.map(({ rule, status }) => ({ ruleId: rule, step: 'plan-ahead', status, points: 2, labels: ['headline'] })),
          actions: spec.action ? [{ id: `${id}-a`, ruleId: spec.action.rule, text: 'Secret', due: spec.action.due }] : [],
          answers: { 'follow-up': spec.answered },
          ...(spec.followers === null ? {} : { audience: { followers: spec.followers, connections: null } }),
        });
      }),
    );
    return {
      ...goodBundle(),
      ...kept,
      settings: { teamSizes: size === null ? [] : [{ from: '2026-09-01', size }], viewCost: null },
    };
  });

const options = { guidelines: DEFAULT_GUIDELINES, stages: DEFAULT_STAGES, today: '2026-11-23', now: NOW, language: 'en' };

/** The report as made before: every bundle parsed whole, held, and merged at once. */
function allAtOnce(bundles: readonly CoachingBundle[]) {
  const parsed = bundles.map((bundle) => {
    const result = parseBundle(JSON.stringify(bundle), NOW);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.bundle;
  });
  const merged = mergeBundles(parsed);
  const team = merged.records.map(memberOf);
  const context = { onboardingScore: DEFAULT_GUIDELINES.checklist.onboardingScore, stages: DEFAULT_STAGES, today: options.today };
  return {
    facts: team.map((member) => colleagueFacts(member, context)),
    summaries: team.map((member) => JSON.stringify(member.summary)).sort(),
    settings: merged.settings,
    report: merged.report,
  };
}

describe('team-report one bundle at a time, sessions in brief', () => {
  it('makes the report of every bundle merged at once, on bundles sharing colleagues and sessions', () => {
    fc.assert(
      fc.property(fc.array(bundleArb, { minLength: 1, maxLength: 4 }), (bundles) => {
        const expected = allAtOnce(bundles);
        madeSummaries.mockClear();
        const made = teamReport({ ...options, bundles: bundles.map(write), sessions: false });
        expect(made.report).toEqual(expected.report);
        expect(made.input.facts).toEqual(expected.facts);
        expect(summariesMade(expected.summaries.length)).toEqual(expected.summaries);
        expect({ teamSizes: made.input.teamSizes, viewCost: made.input.viewCost }).toEqual(expected.settings);
        expect(made.records).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('merges bundle files laid out as the dashboard exports them as they are read, into the report of every bundle merged at once', () => {
    const lonely = vi.spyOn(BundleMerger.prototype, 'lonely');
    try {
      let summedEarly = 0;
      fc.assert(
        fc.property(fc.array(bundleArb, { minLength: 1, maxLength: 4 }), fc.boolean(), (bundles, apart) => {
          const files = bundles.map((bundle) => {
            const file = join(scratch, `laid-out-${(counter += 1)}.json`);
            // Listed as the dashboard lists them (by colleague, then time), or by time alone, so that a colleague's
            // sessions may be apart (every file is then read whole).
            const order = apart ? (a: Session, b: Session) => byText(a.at, b.at) : (a: Session, b: Session) => byText(a.colleagueId, b.colleagueId) || byText(a.at, b.at);
            const listed = { ...bundle, sessions: [...bundle.sessions].sort(order) };
            writeFileSync(file, laidOut(compactOf(listed)), 'utf8');
            return file;
          });
          const expected = allAtOnce(bundles);
          lonely.mockClear();
          madeSummaries.mockClear();
          const made = teamReport({ ...options, bundles: files, sessions: false });
          summedEarly += lonely.mock.calls.length;
          expect(made.report).toEqual(expected.report);
          expect(made.input.facts).toEqual(expected.facts);
          expect(summariesMade(expected.summaries.length)).toEqual(expected.summaries);
          expect({ teamSizes: made.input.teamSizes, viewCost: made.input.viewCost }).toEqual(expected.settings);
        }),
        { numRuns: 200 },
      );
      // Colleagues of one bundle only were summed up as they were read, not at the end.
      expect(summedEarly).toBeGreaterThan(100);
    } finally {
      lonely.mockRestore();
    }
  });

  it('reads no laid-out file again once its first line changed, and then reads every file whole', () => {
    const file = join(scratch, 'changing.json');
    writeFileSync(file, bundleText(goodBundle()), 'utf8');
    const head = readBundleHead(file);
    expect(head?.checked.colleagues.map((each) => each.id)).toEqual(['ada', 'bram']);
    const renamed = goodBundle();
    renamed.colleagues[1] = { ...renamed.colleagues[1]!, name: 'Bram Other' };
    writeFileSync(file, bundleText(renamed), 'utf8');
    expect(readLaidOutFile(file, NOW, head!, (session) => session)).toBeNull();
    writeFileSync(file, bundleText(goodBundle()), 'utf8');
    expect(readLaidOutFile(file, NOW, head!, (session) => session)?.sessions.map((each) => each.id)).toEqual(['s1', 's2', 's3']);
    // A first line longer than a piece read (64 KB): 800 colleagues.
    const many = { ...goodBundle(), colleagues: Array.from({ length: 800 }, (_, index) => colleague(`c${index}`)), sessions: [] };
    writeFileSync(file, bundleText(many), 'utf8');
    expect(bundleText(many).indexOf('\n')).toBeGreaterThan(128 * 1024);
    expect(readBundleHead(file)?.checked.colleagues).toHaveLength(800);
    // A file that is not laid out so has no first line to read ahead.
    writeFileSync(file, JSON.stringify(goodBundle(), null, 2), 'utf8');
    expect(readBundleHead(file)).toBeNull();
  });

  it('names every invalid file among files laid out as the dashboard exports them, and writes nothing', () => {
    const laid = (bundle: CoachingBundle) => {
      const file = join(scratch, `laid-out-${(counter += 1)}.json`);
      writeFileSync(file, bundleText(bundle), 'utf8');
      return file;
    };
    const late = laid({ ...goodBundle(), sessions: [goodBundle().sessions[0]!, { ...goodBundle().sessions[1]!, at: '2031-01-01T00:00:00.000Z' }] });
    expect(() => teamReport({ ...options, bundles: [laid(goodBundle()), late], sessions: false })).toThrow(
      /no report written: a bundle is invalid\n {2}\S*laid-out-\d+\.json: sessions\[1\]\.at: in the future/,
    );
  });

  it('keeps every session whole when asked (the sessions CSV), as merged at once', () => {
    fc.assert(
      fc.property(fc.array(bundleArb, { minLength: 1, maxLength: 4 }), (bundles) => {
        const whole = teamReport({ ...options, bundles: bundles.map(write), sessions: true });
        expect(whole.records).toEqual(mergeBundles(bundles).records);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps no notes, profile key or step scores of a session, and no copy of its outcomes', () => {
    const read = readBundleFile(write(goodBundle()), NOW, false);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const text = JSON.stringify(read.bundle.sessions);
    expect(text).not.toMatch(/Secret note|steps|notes|profileKey/);
    expect(read.bundle.sessions[0]).toMatchObject({ id: 's1', colleagueId: 'ada', score: { overall: 70 }, guidelines: { fingerprint: 'f1' } });
    // The good bundle's sessions have one outcome: version 2 lists it once, and every brief holds that one.
    const compact = join(scratch, 'compact.json');
    writeFileSync(compact, bundleText(goodBundle()), 'utf8');
    const shared = readBundleFile(compact, NOW, false);
    if (!shared.ok) throw new Error(shared.errors.join('\n'));
    expect(shared.bundle.sessions[0]!.outcomes[0]).toBe(shared.bundle.sessions[2]!.outcomes[0]);
  });

  it('writes nothing and names every invalid file', () => {
    const bad = write({ ...goodBundle(), sessions: [{ ...goodBundle().sessions[0]!, at: 'yesterday' }] });
    expect(() => teamReport({ ...options, bundles: [write(goodBundle()), bad, join(scratch, 'missing.json')] })).toThrow(
      /no report written: bundles are invalid\n {2}\S*bundle-\d+\.json: sessions\[0\]\.at[\s\S]*\n {2}\S*missing\.json/,
    );
  });
});

describe('bundleText, the text the dashboard exports', () => {
  const accented = (): CoachingBundle => {
    const chloe = colleague('chloe', { name: 'Chloé “Secret” 李' });
    return { ...goodBundle(), colleagues: [...goodBundle().colleagues, chloe], sessions: [session('c1', chloe, '2026-11-01T10:00:00.000Z', { notes: [{ text: 'the team’s 🎯', forColleague: true }] })] };
  };

  it('is compact JSON in ASCII (other characters escaped), a session a line, which reads back as the bundle', () => {
    const text = bundleText(accented());
    const lines = text.split('\n');
    // The other fields, the one session, the end, and the last line break.
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^[\x20-\x7e]*$/);
    expect(lines[0]).toMatch(/^\{"format":"profile-coach-coaching".*"sessions":\[$/);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^\{"id":"c1".*\}$/), ']}', '']);
    expect(text).not.toContain('\n ');
    expect(parseBundle(text, NOW)).toEqual({ ok: true, bundle: accented() });
  });

  it('is read from a file as the same bundle as its UTF-8 text', () => {
    const ascii = join(scratch, 'ascii.json');
    const utf8 = join(scratch, 'utf8.json');
    // Laid out in lines, its characters written out in UTF-8, not escaped: read a line at a time all the same.
    const laidOutUtf8 = join(scratch, 'laid-out-utf8.json');
    writeFileSync(ascii, bundleText(accented()), 'utf8');
    writeFileSync(utf8, JSON.stringify(accented()), 'utf8');
    writeFileSync(laidOutUtf8, bundleText(accented()).replace(/\\u([0-9a-f]{4})/g, (_, code: string) => String.fromCharCode(parseInt(code, 16))), 'utf8');
    expect(readFileSync(laidOutUtf8, 'utf8')).toContain('Chloé “Secret” 李');
    const [a, b, c] = [readBundleFile(ascii, NOW, true), readBundleFile(utf8, NOW, true), readBundleFile(laidOutUtf8, NOW, true)];
    expect(a).toEqual(b);
    expect(c).toEqual(b);
    expect(a.ok && a.bundle.colleagues[2]?.name).toBe('Chloé “Secret” 李');
  });

  it('is read from a file a session at a time, never parsed whole; a file laid out otherwise is parsed whole', () => {
    const laidOut = join(scratch, 'laid-out.json');
    const indented = join(scratch, 'indented.json');
    writeFileSync(laidOut, bundleText(goodBundle()), 'utf8');
    writeFileSync(indented, JSON.stringify(JSON.parse(bundleText(goodBundle())), null, 2), 'utf8');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const read = readBundleFile(laidOut, NOW, false);
      expect(read.ok).toBe(true);
      // The first line (the bundle's other fields), then each of the three sessions.
      expect(parse.mock.calls.map(([text]) => text.split('\n').length)).toEqual([1, 1, 1, 1]);
      parse.mockClear();
      expect(readBundleFile(indented, NOW, false)).toEqual(read);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('still refuses a forbidden key spelt with escapes', () => {
    const text = bundleText(goodBundle()).replace('"answers":{', '"answers":{"\\u005f_proto__":true,');
    expect(parseBundle(text, NOW)).toMatchObject({ ok: false, errors: [expect.stringMatching(/a key no bundle has/)] });
  });
});
