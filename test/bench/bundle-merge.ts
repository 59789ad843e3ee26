/**
 * @file Measures the company-wide team report's first half (issue 12) in Node, as shipped (bundled and minified):
 * 20 ambassadors' coaching bundles of 500 colleagues × 12 typical sessions each (test/bench/team.ts's team, their
 * outcomes varied), as the dashboard exports them (`bundleText`: version 2, compact JSON in ASCII), read one at a time
 * as `team-report` reads them: checked (`parseBundle`), each session kept in brief (src/coaching/bundle-brief.ts),
 * then merged (`mergeBundles`) and summed up per colleague (`summaryOf`), in one thread. Fifty colleagues are in every
 * bundle under another id (the same LinkedIn profile), so joining and duplicates are measured too; then JSON.parse of
 * the same text alone (the floor of any reading), and the whole `npm run team-report` command over the same bundles
 * written to files, as a process of its own (wall clock and CPU, its worker threads included; target under 2 s): in
 * version 2, and in version 1 as the dashboard exported them before. It asserts nothing.
 * (Not ./bundle.ts, which is about the extension's JavaScript bundles.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type * as Bundle from '../../src/coaching/bundle';
import type * as Brief from '../../src/coaching/bundle-brief';
import type { CoachingBundle } from '../../src/coaching/bundle';
import type { RuleOutcome } from '../../src/coaching/record';
import type * as Summary from '../../src/coaching/summary';
import { importShipped } from './bundle';
import { benchRecords } from './team';

export interface BundleMergeTiming {
  bench: 'bundle-merge';
  case: string;
  bundles: number;
  colleagues: number;
  sessions: number;
  /** The bundles' JSON text, all together. */
  megabytes: number;
  runs: number;
  medianMs: number;
  /** Reading each bundle: parseBundle, then its sessions in brief. */
  parseMedianMs: number;
  mergeMedianMs: number;
  /** Each merged colleague's summary (what the team's figures read). */
  summaryMedianMs: number;
  /** CPU time of the process (user + system) per run, median: what the machine's other load does not inflate. */
  cpuMedianMs: number;
  targetMs: number;
  /** Colleagues and sessions in the merge. */
  merged: { colleagues: number; sessions: number; duplicates: number };
  /** JSON.parse of the same texts alone, median: the floor of any reading of them (wall clock, then CPU). */
  jsonParseMedianMs: number;
  jsonParseCpuMedianMs: number;
}

/** Which version the bundle files are written in, both as the dashboard exports (compact ASCII JSON). */
type Written = 'version 2' | 'version 1';

/** The whole `team-report` command over the same bundles as files: a process of its own, start to finish. */
export interface TeamReportCommandTiming {
  bench: 'bundle-merge';
  case: string;
  bundles: number;
  /** The files' version: 2 (the dashboard's export, `bundleText`) or 1 (its export before). */
  written: Written;
  megabytes: number;
  runs: number;
  medianMs: number;
  /** CPU time of the command's process (user + system, its worker threads included), median. */
  cpuMedianMs: number;
  targetMs: number;
}

const BUNDLES = 20;
const COLLEAGUES = 500;
const SESSIONS_EACH = 12;
const SHARED = 50;
const RUNS = 3;
const TARGET_MS = 2000;
const NOW = new Date('2026-12-03T12:00:00.000Z');

const round = (ms: number) => Math.round(ms);
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * A session's outcomes as one colleague's would vary: the points a failed rule weighs differ a little from one
 * colleague to the next (29 variants), and about a third of the failed findings pass in a given session. Version 2
 * lists each distinct outcome once, so identical sessions would flatter it: these give each bundle 93.
 */
function varied(outcomes: readonly RuleOutcome[], colleague: number, session: number): RuleOutcome[] {
  return outcomes.map((outcome, index) => {
    if (outcome.status !== 'fail') return outcome;
    if ((colleague + session + index) % 3 === 0) return { ...outcome, status: 'pass', points: 0 };
    return { ...outcome, points: Math.round(outcome.points * (100 + (colleague % 29)) / 10) / 10 };
  });
}

/** Twenty ambassadors' bundles: their own colleagues, and fifty everyone coaches. */
export function benchBundleRecords(bundle: Pick<typeof Bundle, 'bundleOf'>): CoachingBundle[] {
  const team = benchRecords(COLLEAGUES, SESSIONS_EACH);
  return Array.from({ length: BUNDLES }, (_, b) => {
    const records = team.map(({ colleague, sessions }, c) => {
      const id = `b${b}-${colleague.id}`;
      const key = c < SHARED ? `linkedin:in/shared-${c}` : `linkedin:in/b${b}-c${c}`;
      return {
        colleague: { ...colleague, id, profiles: [{ site: 'linkedin' as const, key }] },
        sessions: sessions.map((session, s) => ({ ...session, id: `b${b}-${session.id}`, colleagueId: id, profileKey: key, outcomes: varied(session.outcomes, c, s) })),
      };
    });
    const settings = { teamSizes: [{ from: '2026-01-01', size: 600 + b }], viewCost: { perThousand: 12, currency: 'EUR' } };
    return bundle.bundleOf(records, settings, NOW, { name: 'Brightwave Systems · Winter 2026-27', fingerprint: 'after' });
  });
}

/** The same bundles as the dashboard exports them (`bundleText`: version 2, compact, ASCII). */
export function benchBundles(bundle: Pick<typeof Bundle, 'bundleOf' | 'bundleText'>): string[] {
  return benchBundleRecords(bundle).map((each) => bundle.bundleText(each));
}

/** CPU time of this process's finished children (cutime + cstime of /proc/self/stat, at 100 ticks a second); 0 off Linux. */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `npm run team-report` as a user runs it (npm, then the script of package.json), over the bundles written to files.
 */
function teamReportCommand(texts: readonly string[], written: Written): TeamReportCommandTiming {
  const dir = mkdtempSync(join(tmpdir(), 'profile-coach-bundles-'));
  try {
    let bytes = 0;
    const files = texts.map((text, index) => {
      const file = join(dir, `bundle-${index}.json`);
      writeFileSync(file, text);
      bytes += Buffer.byteLength(text);
      return file;
    });
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let index = 0; index < RUNS; index += 1) {
      const args = ['run', '-s', 'team-report', '--', ...files, '--csv', join(dir, 'team.csv'), '--md', join(dir, 'team.md'), '--today', '2026-12-03'];
      const before = childrenCpuMs();
      const start = performance.now();
      const run = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8' });
      walls.push(performance.now() - start);
      if (run.status !== 0) throw new Error(`team-report failed: ${run.stderr}`);
      cpus.push(childrenCpuMs() - before);
    }
    return {
      bench: 'bundle-merge',
      case: `npm run team-report, ${BUNDLES} bundle files (${written}) × ${COLLEAGUES} colleagues × ${SESSIONS_EACH} sessions, a process of its own (npm run)`,
      bundles: BUNDLES,
      written,
      megabytes: Math.round(bytes / 1e5) / 10,
      runs: RUNS,
      medianMs: round(median(walls)),
      cpuMedianMs: round(median(cpus)),
      targetMs: TARGET_MS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bundleMergeTimings(): Promise<Array<BundleMergeTiming | TeamReportCommandTiming>> {
  const bundle = await importShipped<typeof Bundle>(new URL('../../src/coaching/bundle.ts', import.meta.url));
  const brief = await importShipped<typeof Brief>(new URL('../../src/coaching/bundle-brief.ts', import.meta.url));
  const summary = await importShipped<typeof Summary>(new URL('../../src/coaching/summary.ts', import.meta.url));
  const bundles = benchBundleRecords(bundle);
  const texts = bundles.map((each) => bundle.bundleText(each));
  const run = (some: readonly string[]) => {
    const start = performance.now();
    // One at a time, each parsed tree dropped once its brief is kept, as team-report reads them.
    const kept = some.map((text) => {
      const result = bundle.parseBundle(text, NOW);
      if (!result.ok) throw new Error(`bench bundle refused: ${result.errors.join('; ')}`);
      return brief.keptOf(result.bundle, false);
    });
    const read = performance.now();
    const merged = bundle.mergeBundles(kept);
    const joined = performance.now();
    const team = merged.records.map(({ colleague, sessions }) => ({ colleague, summary: summary.summaryOf(sessions) }));
    return { parseMs: read - start, mergeMs: joined - read, summaryMs: performance.now() - joined, merged, team };
  };
  run(texts.slice(0, 2)); // warm-up: the JIT settles
  const totals: number[] = [];
  const parses: number[] = [];
  const merges: number[] = [];
  const summaries: number[] = [];
  const cpu: number[] = [];
  let last: ReturnType<typeof run> | null = null;
  for (let index = 0; index < RUNS; index += 1) {
    last = null;
    const startCpu = process.cpuUsage();
    last = run(texts);
    const used = process.cpuUsage(startCpu);
    totals.push(last.parseMs + last.mergeMs + last.summaryMs);
    parses.push(last.parseMs);
    merges.push(last.mergeMs);
    summaries.push(last.summaryMs);
    cpu.push((used.user + used.system) / 1000);
  }
  const jsonParses: number[] = [];
  const jsonParseCpu: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    for (const text of texts) JSON.parse(text);
    jsonParses.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    jsonParseCpu.push((used.user + used.system) / 1000);
  }
  const report = last!.merged.report;
  return [
    {
      bench: 'bundle-merge',
      case: `parseBundle + brief, mergeBundles, summaryOf, ${BUNDLES} bundles × ${COLLEAGUES} colleagues × ${SESSIONS_EACH} sessions, one thread, in Node`,
      bundles: BUNDLES,
      colleagues: BUNDLES * COLLEAGUES,
      sessions: BUNDLES * COLLEAGUES * SESSIONS_EACH,
      megabytes: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / 1e5) / 10,
      runs: RUNS,
      medianMs: round(median(totals)),
      parseMedianMs: round(median(parses)),
      mergeMedianMs: round(median(merges)),
      summaryMedianMs: round(median(summaries)),
      cpuMedianMs: round(median(cpu)),
      targetMs: TARGET_MS,
      merged: { colleagues: report.colleagues, sessions: report.sessions, duplicates: report.duplicateSessions },
      jsonParseMedianMs: round(median(jsonParses)),
      jsonParseCpuMedianMs: round(median(jsonParseCpu)),
    },
    teamReportCommand(texts, 'version 2'),
    // Version 1 as the dashboard exported it before version 2: the bundle itself, as compact ASCII JSON.
    teamReportCommand(bundles.map((each) => bundle.asciiJson(each)), 'version 1'),
  ];
}
