/** @file The growth helper itself: it must tell linear from quadratic work, even for calls of microseconds. */
import { describe, expect, it } from 'vitest';
import { growthRatio } from './time-growth';

/** Work proportional to n (or n²): plain arithmetic, no allocation, so no collector pause blurs it. */
function linear(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum = (sum + i * i) % 1_000_003;
  return sum;
}
function quadratic(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) sum += (i ^ j) & 1;
  return sum;
}

describe('growthRatio', () => {
  it('gives about 2 for linear work, even when one call lasts microseconds (no floor flattens it to 1)', () => {
    const ratio = growthRatio((n) => n, linear, 20_000);
    // Above 1 by a margin (a call's fixed cost keeps it a little under 2); a 5 ms floor once made it exactly 1.
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(3);
  });

  it('gives about 4 for quadratic work of a fraction of a millisecond, so a growth test can fail', () => {
    expect(growthRatio((n) => n, quadratic, 300)).toBeGreaterThan(3);
  });
});
