/**
 * @file How a cost grows with its input, for unit tests that must not assert a wall-clock time (a loaded machine
 * makes any budget flaky): the time at twice the size over the time at the size. Linear work gives about 2,
 * quadratic about 4; tests assert < 3. Times are this process's CPU time (`process.cpuUsage`), not the wall clock,
 * so other processes competing for the cores do not count; and the fastest of several runs, since what noise
 * remains only ever adds time. Wall-clock targets live in `npm run bench`.
 */

/** Below this, a cost is too small to measure a growth from (and small enough not to matter). */
const FLOOR_MS = 5;

function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * `make(size)` builds the input outside the timed part; `run(input)` is timed; `factor` is how much larger the large
 * input is (2 by default; a larger factor lifts the gap between linear and quadratic above the noise of a fast run).
 * Runs alternate between the two sizes, so a burst of noise hits both alike; one warm-up run of each first (JIT,
 * caches).
 */
export function growthRatio<T>(make: (size: number) => T, run: (input: T) => unknown, size: number, runs = 5, factor = 2): number {
  const small = make(size);
  const large = make(size * factor);
  run(small);
  run(large);
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < runs; i += 1) {
    smallMs = Math.min(smallMs, cpuMs(() => run(small)));
    largeMs = Math.min(largeMs, cpuMs(() => run(large)));
  }
  return Math.max(largeMs, FLOOR_MS) / Math.max(smallMs, FLOOR_MS);
}
