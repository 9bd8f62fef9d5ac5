// summarizeTimes: the median, the MAD, the coefficient of variation and hyperfine's outlier rule.
import { describe, expect, it } from 'vitest';
import { OUTLIER_MAD_RATIO, summarizeTimes } from '../../src/measure/stats.ts';

describe('summarizeTimes', () => {
  it('gives the median, the unscaled MAD and the sample coefficient of variation', () => {
    const s = summarizeTimes([10, 12, 11, 13, 9]);
    expect(s).toMatchObject({ median: 11, mad: 1, outliers: 0, n: 5 });
    // sample sd of 9..13 is sqrt(2.5); mean 11
    expect(s.cv).toBeCloseTo(Math.sqrt(2.5) / 11, 12);
  });

  it('counts a value past 14.83 MADs from the median as an outlier, and one just inside as none', () => {
    // median 100, MAD 1: 100 + 14.83 is inside, 100 + 15 is outside.
    expect(summarizeTimes([99, 100, 100, 101, 100 + OUTLIER_MAD_RATIO]).outliers).toBe(0);
    expect(summarizeTimes([99, 100, 100, 101, 115]).outliers).toBe(1);
  });

  it('a single value or equal values have no spread and no outliers; no values is an error', () => {
    expect(summarizeTimes([7])).toEqual({ median: 7, mad: 0, cv: 0, outliers: 0, n: 1 });
    expect(summarizeTimes([5, 5, 5, 50])).toMatchObject({ median: 5, mad: 0, outliers: 0 });
    expect(() => summarizeTimes([])).toThrow('no timing samples');
  });
});
