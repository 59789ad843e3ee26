/**
 * @file Times the rules engine in Node (V8, as in Chromium): every rule on one snapshot (each fixture's expected
 * snapshot, with the example company's guidelines), and one pass over 1,000 distinct snapshots. Targets from the
 * rules issue: under 1 ms per snapshot, under 200 ms for 1,000. The first run of each snapshot is a cold start
 * (matchers compiled, texts tokenized); the figures are the median of warm runs, and the 1,000-snapshot pass
 * uses snapshots whose texts all differ, so nothing is served from the token cache.
 * The engine is bundled and minified with esbuild first, as the extension ships it: run straight through tsx, every
 * closure pays for tsx's keep-names helper, which made the engine look twice as slow as it is.
 */
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { checkSnapshot as CheckSnapshot } from '../../src/engine';
import { type Snapshot, SnapshotSchema } from '../../src/snapshot';
import { fixturePaths, loadFixture } from '../helpers/fixtures';
import { makeGuidelines } from '../helpers/guidelines';
import { makeLinkedInProfile, makeXProfile, present } from '../helpers/snapshots';

export interface RulesTiming {
  bench: 'rules';
  case: string;
  snapshots: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
}

const NOW = new Date('2026-11-23T12:00:00Z');

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** 1,000 snapshots that differ in every text: half LinkedIn profiles, half X profiles. */
function distinctSnapshots(count: number): Snapshot[] {
  const snapshots: Snapshot[] = [];
  for (let i = 0; i < count; i += 1) {
    const about = `Person ${i} works on grid data quality ${i} and renewables ${i * 7}; previously at Nordlicht ${i}. ${'Context sentence number '.repeat(20)}${i}`;
    snapshots.push(
      i % 2 === 0
        ? makeLinkedInProfile({ about: present(about), headline: present(`Engineer ${i} at Brightwave Systems`) })
        : makeXProfile({ bio: present(`Bio ${i}: energy transition at @BrightwaveSys, views my own ${i}`) }),
    );
  }
  return snapshots;
}

/** The engine as shipped: bundled, minified, without tsx's per-closure naming. */
export async function shippedEngine(): Promise<{ checkSnapshot: typeof CheckSnapshot }> {
  const dir = mkdtempSync(join(tmpdir(), 'profile-coach-bench-'));
  const file = join(dir, 'engine.mjs');
  try {
    await build({
      entryPoints: [new URL('./engine-entry.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      minify: true,
      keepNames: false,
      outfile: file,
    });
    return (await import(pathToFileURL(file).href)) as { checkSnapshot: typeof CheckSnapshot };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function* rulesTimings({ checkSnapshot }: { checkSnapshot: typeof CheckSnapshot }): Generator<RulesTiming> {
  const guidelines = makeGuidelines();
  const options = { guidelines, now: NOW };
  for (const path of fixturePaths()) {
    const fixture = loadFixture(path);
    const snapshot = SnapshotSchema.parse(fixture.expected);
    checkSnapshot(snapshot, options); // cold run: compiles the matchers
    const runs = 200;
    const times: number[] = [];
    for (let batch = 0; batch < runs; batch += 1) {
      const start = performance.now();
      for (let k = 0; k < 10; k += 1) checkSnapshot(snapshot, options);
      times.push((performance.now() - start) / 10);
    }
    yield { bench: 'rules', case: fixture.name, snapshots: 1, runs, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9) };
  }

  const times: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    const snapshots = distinctSnapshots(1000); // built outside the timed part
    const fresh = { guidelines: makeGuidelines(), now: NOW }; // new guidelines: cold matchers and token cache each run
    const start = performance.now();
    for (const snapshot of snapshots) checkSnapshot(snapshot, fresh);
    times.push(performance.now() - start);
  }
  yield { bench: 'rules', case: '1,000 distinct profiles', snapshots: 1000, runs: 15, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9) };
}
