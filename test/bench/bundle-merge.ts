/**
 * @file Measures the company-wide team report (issue 12): 20 ambassadors' coaching bundles of 500 colleagues × 12
 * typical sessions each (test/bench/team.ts's team, their outcomes varied), as the dashboard exports them
 * (`bundleText`: version 2, compact JSON in ASCII, a session a line). Fifty colleagues are in every bundle under
 * another id (the same LinkedIn profile), so joining and duplicates are measured too. First JSON.parse of the same
 * texts alone, a line at a time as `team-report` reads them and whole (the floors of any reading), then the whole
 * `npm run team-report` command over the same bundles written to files, as a process of its own (wall clock and CPU;
 * target under 2 s): over the files as exported, and over the same bundles in version 1 (read whole, as every file the
 * dashboard did not lay out). It asserts nothing. (Not ./bundle.ts, which is about the extension's JavaScript bundles.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type * as Bundle from '../../src/coaching/bundle';
import type { CoachingBundle } from '../../src/coaching/bundle';
import type { RuleOutcome } from '../../src/coaching/record';
import { importShipped } from './bundle';
import { benchRecords } from './team';

/** JSON.parse of the bundles' texts alone: the floor of any reading of them. */
export interface JsonParseTiming {
  bench: 'bundle-merge';
  case: string;
  bundles: number;
  sessions: number;
  /** The bundles' JSON text, all together. */
  megabytes: number;
  runs: number;
  /** Each line on its own, as `team-report` reads a file the dashboard exported. */
  linesMedianMs: number;
  linesCpuMedianMs: number;
  /** Each text whole, as a file laid out otherwise is read. */
  wholeMedianMs: number;
  wholeCpuMedianMs: number;
}

/** How the bundle files are written: as the dashboard exports them (version 2, a session a line), or version 1 compact. */
type Written = 'version 2, a session a line' | 'version 1';

/** The whole `team-report` command over the same bundles as files: a process of its own, start to finish. */
export interface TeamReportCommandTiming {
  bench: 'bundle-merge';
  case: string;
  bundles: number;
  /** The files: as the dashboard exports them (`bundleText`), or version 1 (its export before). */
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

/** `measure` RUNS times: median wall clock and CPU (this process's user and system time). */
function medians(measure: () => void): { wallMs: number; cpuMs: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    measure();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: round(median(walls)), cpuMs: round(median(cpus)) };
}

export async function bundleMergeTimings(): Promise<Array<JsonParseTiming | TeamReportCommandTiming>> {
  const bundle = await importShipped<typeof Bundle>(new URL('../../src/coaching/bundle.ts', import.meta.url));
  const bundles = benchBundleRecords(bundle);
  const texts = bundles.map((each) => bundle.bundleText(each));
  const lines = medians(() => {
    for (const text of texts) for (const line of text.split('\n')) if (line.startsWith('{"id"')) JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
  });
  const whole = medians(() => {
    for (const text of texts) JSON.parse(text);
  });
  return [
    {
      bench: 'bundle-merge',
      case: `JSON.parse alone, ${BUNDLES} bundles × ${COLLEAGUES} colleagues × ${SESSIONS_EACH} sessions as the dashboard exports them, in Node`,
      bundles: BUNDLES,
      sessions: BUNDLES * COLLEAGUES * SESSIONS_EACH,
      megabytes: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / 1e5) / 10,
      runs: RUNS,
      linesMedianMs: lines.wallMs,
      linesCpuMedianMs: lines.cpuMs,
      wholeMedianMs: whole.wallMs,
      wholeCpuMedianMs: whole.cpuMs,
    },
    teamReportCommand(texts, 'version 2, a session a line'),
    // Version 1 as the dashboard exported it before version 2: the bundle itself, as compact ASCII JSON, read whole.
    teamReportCommand(bundles.map((each) => bundle.asciiJson(each)), 'version 1'),
  ];
}
