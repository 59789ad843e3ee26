/** @file The growth helper itself: it must tell linear from quadratic work, even for calls of microseconds. */
import { describe, expect, it } from 'vitest';
import { growthRatio } from './time-growth';

/** Work proportional to n (or n²), on a typed array so that no allocation or collector pause blurs it. */
function linear(n: number): number {
  const cells = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += cells[i] = i;
  return sum;
}
function quadratic(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) sum += (i ^ j) & 1;
  return sum;
}

describe('growthRatio', () => {
  it('gives about 2 for linear work, even when one call lasts microseconds (no floor hides it)', () => {
    const ratio = growthRatio((n) => n, linear, 2_000);
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThan(3);
  });

  it('gives about 4 for quadratic work of a fraction of a millisecond, so a growth test can fail', () => {
    expect(growthRatio((n) => n, quadratic, 300)).toBeGreaterThan(3);
  });
});
