/**
 * @file Growth checks for unit tests without a wall-clock limit: how much longer a function takes on twice the
 * input, as the median of several paired samples (one on each size, back to back, so a machine that gets busier
 * or quieter in between affects both), each sample repeated until it lasts long enough to measure. A test can
 * assert that doubling the input less than triples the time; absolute times belong in the bench.
 */
import { performance } from 'node:perf_hooks';

/** Milliseconds per call of `run`, repeated until at least `minMs` have passed. */
function sampleMs(run: () => unknown, minMs: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    run();
    calls += 1;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}

/** How much longer `run(2 * size)` takes than `run(size)`: about 2 when linear, 4 when quadratic. */
export function doublingRatio(run: (size: number) => unknown, size: number, samples = 9, minMs = 30): number {
  run(size); // warm-up: compiled code, caches
  run(2 * size);
  const ratios: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const small = sampleMs(() => run(size), minMs);
    ratios.push(sampleMs(() => run(2 * size), minMs) / small);
  }
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] as number;
}
