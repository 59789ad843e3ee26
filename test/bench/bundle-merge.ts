/**
 * @file Measures the company-wide team report's first half (issue 12) in Node, as shipped (bundled and minified):
 * 20 ambassadors' coaching bundles of 500 colleagues × 12 typical sessions each (test/bench/team.ts's team), read
 * from JSON text, checked and merged (`parseBundle` then `mergeBundles`), target under 2 s for all of it. Fifty
 * colleagues are in every bundle under another id (the same LinkedIn profile), so joining and duplicates are
 * measured too; then JSON.parse of the same text alone (the floor of any reading), and the whole `npm run team-report`
 * command over the same bundles written to files, as a process of its own (wall clock and CPU). It asserts nothing.
 * (Not ./bundle.ts, which is about the extension's JavaScript bundles.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type * as Bundle from '../../src/coaching/bundle';
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
  parseMedianMs: number;
  mergeMedianMs: number;
  /** CPU time of the process (user + system) per run, median: what the machine's other load does not inflate. */
  cpuMedianMs: number;
  targetMs: number;
  /** Colleagues and sessions in the merge. */
  merged: { colleagues: number; sessions: number; duplicates: number };
  /** JSON.parse of the same texts alone, median: the floor of any reading of them (wall clock, then CPU). */
  jsonParseMedianMs: number;
  jsonParseCpuMedianMs: number;
}

/** The whole `team-report` command over the same bundles as files: a process of its own, start to finish. */
export interface TeamReportCommandTiming {
  bench: 'bundle-merge';
  case: string;
  bundles: number;
  megabytes: number;
  runs: number;
  medianMs: number;
  /** CPU time of the command's processes (user + system), median. */
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

/** Twenty ambassadors' bundles as JSON text: their own colleagues, and fifty everyone coaches. */
export function benchBundles(bundle: Pick<typeof Bundle, 'bundleOf'>): string[] {
  const team = benchRecords(COLLEAGUES, SESSIONS_EACH);
  return Array.from({ length: BUNDLES }, (_, b) => {
    const records = team.map(({ colleague, sessions }, c) => {
      const id = `b${b}-${colleague.id}`;
      const key = c < SHARED ? `linkedin:in/shared-${c}` : `linkedin:in/b${b}-c${c}`;
      return {
        colleague: { ...colleague, id, profiles: [{ site: 'linkedin' as const, key }] },
        sessions: sessions.map((session) => ({ ...session, id: `b${b}-${session.id}`, colleagueId: id, profileKey: key })),
      };
    });
    const settings = { teamSizes: [{ from: '2026-01-01', size: 600 + b }], viewCost: { perThousand: 12, currency: 'EUR' } };
    return JSON.stringify(bundle.bundleOf(records, settings, NOW, { name: 'Brightwave Systems · Winter 2026-27', fingerprint: 'after' }));
  });
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

/** `npm run team-report` as the lead runs it (tsx, so the source as written), over the bundles written to files. */
function teamReportCommand(texts: readonly string[]): TeamReportCommandTiming {
  const dir = mkdtempSync(join(tmpdir(), 'profile-coach-bundles-'));
  try {
    const files = texts.map((text, index) => {
      const file = join(dir, `bundle-${index}.json`);
      writeFileSync(file, text);
      return file;
    });
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let index = 0; index < RUNS; index += 1) {
      const args = [join(ROOT, 'src/cli/team-report.ts'), ...files, '--csv', join(dir, 'team.csv'), '--md', join(dir, 'team.md'), '--today', '2026-12-03'];
      const before = childrenCpuMs();
      const start = performance.now();
      const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, encoding: 'utf8' });
      walls.push(performance.now() - start);
      if (run.status !== 0) throw new Error(`team-report failed: ${run.stderr}`);
      cpus.push(childrenCpuMs() - before);
    }
    return {
      bench: 'bundle-merge',
      case: `npm run team-report, ${BUNDLES} bundle files × ${COLLEAGUES} colleagues × ${SESSIONS_EACH} sessions, a process of its own (tsx)`,
      bundles: BUNDLES,
      megabytes: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / 1e5) / 10,
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
  const texts = benchBundles(bundle);
  const run = () => {
    const start = performance.now();
    const parsed = texts.map((text) => {
      const result = bundle.parseBundle(text, NOW);
      if (!result.ok) throw new Error(`bench bundle refused: ${result.errors.join('; ')}`);
      return result.bundle;
    });
    const read = performance.now();
    const merged = bundle.mergeBundles(parsed);
    return { parseMs: read - start, mergeMs: performance.now() - read, merged };
  };
  bundle.mergeBundles(texts.slice(0, 2).map((text) => (bundle.parseBundle(text, NOW) as { bundle: Bundle.CoachingBundle }).bundle)); // warm-up: the JIT settles
  const totals: number[] = [];
  const parses: number[] = [];
  const merges: number[] = [];
  const cpu: number[] = [];
  let last: ReturnType<typeof run> | null = null;
  for (let index = 0; index < RUNS; index += 1) {
    const startCpu = process.cpuUsage();
    last = run();
    const used = process.cpuUsage(startCpu);
    totals.push(last.parseMs + last.mergeMs);
    parses.push(last.parseMs);
    merges.push(last.mergeMs);
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
      case: `parseBundle + mergeBundles, ${BUNDLES} bundles × ${COLLEAGUES} colleagues × ${SESSIONS_EACH} sessions, in Node`,
      bundles: BUNDLES,
      colleagues: BUNDLES * COLLEAGUES,
      sessions: BUNDLES * COLLEAGUES * SESSIONS_EACH,
      megabytes: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / 1e5) / 10,
      runs: RUNS,
      medianMs: round(median(totals)),
      parseMedianMs: round(median(parses)),
      mergeMedianMs: round(median(merges)),
      cpuMedianMs: round(median(cpu)),
      targetMs: TARGET_MS,
      merged: { colleagues: report.colleagues, sessions: report.sessions, duplicates: report.duplicateSessions },
      jsonParseMedianMs: round(median(jsonParses)),
      jsonParseCpuMedianMs: round(median(jsonParseCpu)),
    },
    teamReportCommand(texts),
  ];
}
