/**
 * @file How a cost grows with its input, for unit tests that must not assert a wall-clock time (a loaded machine
 * makes any budget flaky): the time at `factor` times the size over the time at the size. Linear work gives about
 * the factor, quadratic its square; tests assert less than 1.5 or 2 times the factor, and take a factor of 4 or more
 * where a loaded CI machine moved a doubling's ratio past 3 (linear 2 and quadratic 4 are too close). It does not
 * time anything for the bench (`npm run bench` holds the wall-clock targets).
 *
 * Honest on a busy machine and on a fast input alike:
 * - time is this process's CPU time (`process.cpuUsage`), so other processes competing for the cores do not count;
 * - each sample calls `run` until it has used at least MIN_SAMPLE_MS, then divides: a call of a few microseconds is
 *   measured as well as one of a second, with no floor that would turn every small ratio into 1 (a test that
 *   cannot fail);
 * - samples alternate between the two sizes (a burst of noise hits both alike), and the answer is the median of
 *   the paired ratios.
 * `run` is called many times on the same input: it must not cache its answer by that input.
 */

/** Long enough that the clock's granularity and a timer interrupt are small beside it. */
const MIN_SAMPLE_MS = 20;

const cpuSince = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

/** CPU milliseconds per call of `run(input)`, calling it until at least MIN_SAMPLE_MS have been used. */
function perCallMs<T>(run: (input: T) => unknown, input: T): number {
  const start = process.cpuUsage();
  let calls = 0;
  let elapsed = 0;
  do {
    run(input);
    calls += 1;
    elapsed = cpuSince(start);
  } while (elapsed < MIN_SAMPLE_MS);
  return elapsed / calls;
}

/**
 * `make(size)` builds the input outside the timed part; `run(input)` is timed; `factor` is how much larger the
 * large input is (2 by default; a larger factor lifts the gap between linear and quadratic further above the
 * noise). One warm-up call of each first (compiled code, caches), then `samples` paired samples.
 */
export function growthRatio<T>(make: (size: number) => T, run: (input: T) => unknown, size: number, samples = 5, factor = 2): number {
  const small = make(size);
  const large = make(size * factor);
  run(small);
  run(large);
  const ratios: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const smallMs = perCallMs(run, small);
    ratios.push(perCallMs(run, large) / smallMs);
  }
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] as number;
}
