import { describe, expect, it } from 'vitest';
import { levelEfficiencies, sampleScore, type LevelCost } from '../../src/score/efficiency.ts';

const correctness: LevelCost = { weight: 0, cost: 1, refCost: 1 };

describe('level efficiency, default mode (per-level T = alpha * c*)', () => {
  it('is scale-free: e = max(0, alpha - r) / (alpha - 1)', () => {
    const levels: LevelCost[] = [
      correctness,
      { weight: 3, cost: 150, refCost: 100 }, // r = 1.5 -> (2 - 1.5) / 1 = 0.5
      { weight: 3, cost: 10_000, refCost: 1000 }, // r = 10 -> 0
      { weight: 4, cost: 800, refCost: 1000 }, // r = 0.8 -> 1.2 (not clipped)
    ];
    expect(levelEfficiencies(levels, 2, 'default')).toEqual([0.5, 0, 1.2]);
    // (3 * 0.5 + 3 * 0 + 4 * 1.2) / 10 = 0.63
    expect(sampleScore(levels, 2, 'default')).toBeCloseTo(0.63, 15);
  });

  it('uses alpha: alpha = 3, r = 2 gives (3 - 2) / 2 = 0.5', () => {
    expect(levelEfficiencies([correctness, { weight: 1, cost: 20, refCost: 10 }], 3, 'default')).toEqual([0.5]);
  });

  it('censors a level and every later one', () => {
    const levels: LevelCost[] = [
      correctness,
      { weight: 3, cost: 100, refCost: 100 },
      { weight: 3, cost: undefined, refCost: 100 },
      { weight: 4, cost: 100, refCost: 100 },
    ];
    expect(levelEfficiencies(levels, 2, 'default')).toEqual([1, 0, 0]);
    expect(sampleScore(levels, 2, 'default')).toBeCloseTo(0.3, 15);
  });

  it('rejects alpha <= 1', () => {
    expect(() => levelEfficiencies([correctness, { weight: 1, cost: 1, refCost: 1 }], 1, 'default')).toThrow(/alpha/);
  });
});

describe('level efficiency, ENAMEL mode (one T = alpha * max c*)', () => {
  it('compresses small levels as ENAMEL does', () => {
    const levels: LevelCost[] = [
      correctness,
      { weight: 3, cost: 100, refCost: 10 }, // T = 2 * 1000 = 2000: (2000 - 100) / (2000 - 10) = 0.954773869...
      { weight: 3, cost: 150, refCost: 100 }, // (2000 - 150) / (1900) = 0.973684210...
      { weight: 4, cost: 2500, refCost: 1000 }, // max(0, 2000 - 2500) = 0
    ];
    const e = levelEfficiencies(levels, 2, 'enamel');
    expect(e[0]).toBeCloseTo(1900 / 1990, 15);
    expect(e[1]).toBeCloseTo(1850 / 1900, 15);
    expect(e[2]).toBe(0);
    expect(sampleScore(levels, 2, 'enamel')).toBeCloseTo((3 * (1900 / 1990) + 3 * (1850 / 1900)) / 10, 15);
  });
});
