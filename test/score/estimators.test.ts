import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effAtK, passAtK } from '../../src/score/estimators.ts';

// Brute force: the mean over every k-subset of the max score in it.
function bruteEffAtK(scores: number[], k: number): number {
  let total = 0;
  let count = 0;
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === k) {
      total += Math.max(...chosen.map((i) => scores[i]!));
      count++;
      return;
    }
    for (let i = start; i < scores.length; i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return total / count;
}

describe('effAtK matches the test vectors of docs/metrics.md (ENAMEL-exact)', () => {
  const cases: [number[], number, number][] = [
    [[0.1, 0.5, 0.9, 0.3, 0.0], 1, 0.36],
    [[0.1, 0.5, 0.9, 0.3, 0.0], 2, 0.58],
    [[0.1, 0.5, 0.9, 0.3, 0.0], 3, 0.72],
    [[0.1, 0.5, 0.9, 0.3, 0.0], 5, 0.9],
    [Array.from({ length: 100 }, (_, i) => i / 99), 10, 0.917355371901],
    [Array.from({ length: 100 }, (_, i) => i / 99), 50, 0.990097048921],
    [Array.from({ length: 100 }, (_, i) => i / 99), 100, 1],
    [[...Array(195).fill(0.5), ...Array(5).fill(1.0)], 1, 0.5125],
    [[...Array(195).fill(0.5), ...Array(5).fill(1.0)], 7, 0.582355511488],
    [[...Array(195).fill(0.5), ...Array(5).fill(1.0)], 100, 0.985154197383],
    [[1.3, 0.2, 0.0], 1, 0.5],
    [[1.3, 0.2, 0.0], 2, 0.9333333333333333],
  ];
  it.each(cases)('scores %#: k=%i', (scores, k, want) => {
    // The long decimals of docs/metrics.md are rounded to 12 places.
    expect(Math.abs(effAtK(scores, k) - want)).toBeLessThan(want === 1 || String(want).length < 10 ? 3e-16 : 5e-13);
  });

  it('rejects k > n instead of returning 0', () => {
    expect(() => effAtK([0.5, 0.7], 3)).toThrow(/needs at least 3 samples/);
    expect(() => effAtK([0.5], 0)).toThrow(/positive integer/);
  });

  it('equals the brute-force mean of max over all k-subsets', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 9 }), fc.nat(), (scores, kSeed) => {
        const k = 1 + (kSeed % scores.length);
        expect(effAtK(scores, k)).toBeCloseTo(bruteEffAtK(scores, k), 12);
      }),
    );
  });

  it('does not depend on the order of the samples', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }), (scores) => {
        const k = Math.ceil(scores.length / 2);
        expect(effAtK([...scores].reverse(), k)).toBeCloseTo(effAtK(scores, k), 12);
      }),
    );
  });
});

describe('passAtK', () => {
  it('matches hand values', () => {
    // n=5, c=2, k=1: 1 - (1 - 1/4)(1 - 1/5) = 1 - 0.75 * 0.8 = 0.4 = c/n.
    expect(passAtK(5, 2, 1)).toBeCloseTo(0.4, 15);
    // n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10 = 0.7.
    expect(passAtK(5, 2, 2)).toBeCloseTo(0.7, 15);
    expect(passAtK(10, 0, 5)).toBe(0);
    expect(passAtK(4, 3, 2)).toBe(1);
  });

  it('is eff@k of 0/1 scores (brute force)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }), fc.nat(), (oks, kSeed) => {
        const k = 1 + (kSeed % oks.length);
        const c = oks.filter(Boolean).length;
        expect(passAtK(oks.length, c, k)).toBeCloseTo(bruteEffAtK(oks.map(Number), k), 12);
      }),
    );
  });

  it('rejects bad arguments', () => {
    expect(() => passAtK(3, 1, 4)).toThrow(/k = 4/);
    expect(() => passAtK(3, 5, 1)).toThrow(/c must be/);
  });
});
