import { describe, expect, it } from 'vitest';
import { fitComplexity, geometricSizes } from '../../src/profile/fit.ts';

const sizes = geometricSizes(64, 65536, 10);
// A fixed overhead plus the class's growth, with +-3% deterministic wobble as measurements have.
const wobble = (i: number) => 1 + 0.03 * Math.sin(i * 2.1);
const series = (f: (n: number) => number, overhead = 5000) => sizes.map((n, i) => (overhead + f(n)) * wobble(i));

describe('complexity fit', () => {
  it.each([
    ['O(1)', () => 40_000],
    ['O(log n)', (n: number) => 3000 * Math.log2(n)],
    ['O(n)', (n: number) => 30 * n],
    ['O(n log n)', (n: number) => 30 * n * Math.log2(n)],
    ['O(n^2)', (n: number) => 2 * n * n],
    ['O(n^3)', (n: number) => 0.01 * n * n * n],
  ])('recognises %s', (name, f) => {
    const r = fitComplexity(sizes, series(f));
    expect(r.best.name).toBe(name);
    expect(r.best.relError).toBeLessThan(0.05);
    if (name !== 'O(1)') expect(r.rSquared).toBeGreaterThan(0.9);
  });

  it('recognises O(2^n) on small sizes', () => {
    const ns = [4, 6, 8, 10, 12, 14, 16, 18, 20];
    const r = fitComplexity(
      ns,
      ns.map((n, i) => (2000 + 50 * 2 ** n) * wobble(i)),
    );
    expect(r.best.name).toBe('O(2^n)');
  });

  it('is deterministic and reports the log-log slope', () => {
    const costs = series((n) => 2 * n * n);
    expect(fitComplexity(sizes, costs)).toEqual(fitComplexity(sizes, costs));
    expect(
      fitComplexity(
        sizes,
        series((n) => 30 * n, 0),
      ).logLogSlope,
    ).toBeCloseTo(1, 1);
  });

  it('rejects unusable input', () => {
    expect(() => fitComplexity([1, 2], [1, 2])).toThrow(/at least 3/);
    expect(() => fitComplexity([1, 2, 3], [1, 0, 2])).toThrow(/positive/);
  });

  it('makes geometric sizes', () => {
    expect(geometricSizes(10, 1000, 3)).toEqual([10, 100, 1000]);
    expect(geometricSizes(1, 128, 8)).toEqual([1, 2, 4, 8, 16, 32, 64, 128]);
  });
});
