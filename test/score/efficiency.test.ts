import { enamelLevels } from '../../src/problem/spec.ts';
import { describe, expect, it } from 'vitest';
import { levelEfficiencies, ratioSensitivity, sampleScore, type LevelCost } from '../../src/score/efficiency.ts';

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
    const levels: LevelCost[] = [correctness, { weight: 3, cost: 100, refCost: 100 }, { weight: 3, cost: undefined, refCost: 100 }, { weight: 4, cost: 100, refCost: 100 }];
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

  it("treats a level past T as ENAMEL's timeout: it and every later level score 0", () => {
    // refs 10, 100, 50 -> T = 2 * 100 = 200. Level 1 costs 250 > T: 0, and it censors the rest,
    // so level 2 (cost 100, would be (200 - 100) / (200 - 100) = 1) and level 3 score 0 too.
    const levels: LevelCost[] = [correctness, { weight: 3, cost: 250, refCost: 10 }, { weight: 3, cost: 100, refCost: 100 }, { weight: 4, cost: 50, refCost: 50 }];
    expect(levelEfficiencies(levels, 2, 'enamel')).toEqual([0, 0, 0]);
    // Exactly T is not past it: level 1 scores (200 - 200) / 190 = 0, level 2 (200-100)/(200-100) = 1,
    // level 3 (200 - 50) / (200 - 50) = 1; sample = (3*0 + 3*1 + 4*1) / 10 = 0.7.
    const atT: LevelCost[] = [correctness, { weight: 3, cost: 200, refCost: 10 }, levels[2]!, levels[3]!];
    expect(levelEfficiencies(atT, 2, 'enamel')).toEqual([0, 1, 1]);
    expect(sampleScore(atT, 2, 'enamel')).toBeCloseTo(0.7, 15);
  });

  it("uses ENAMEL's defaults: hardness 0, 3, 3, 4 over tests 8, 4, 4, 4", () => {
    expect(enamelLevels([10, 100, 1000, 10000]).map((l) => [l.weight, l.cases, l.size])).toEqual([
      [0, 8, 10],
      [3, 4, 100],
      [3, 4, 1000],
      [4, 4, 10000],
    ]);
  });
});

describe("how far a level's ratio moves its efficiency (ratioSensitivity)", () => {
  const levels = [
    { weight: 0, refCost: 1 },
    { weight: 3, refCost: 10 },
    { weight: 3, refCost: 100 },
    { weight: 4, refCost: 1000 },
  ];

  it('is 1 for every level in default mode: each level is its own ratio', () => {
    expect(ratioSensitivity(levels, 2, 'default')).toEqual([1, 1, 1, 1]);
  });

  it('is the enamel-mode slope relative to the default one: 1 for the dearest level, small for the cheap ones', () => {
    // T = 2000. Slope of e_l in r_l: c*_l / (T - c*_l); default: 1 / (alpha - 1) = 1.
    const s = ratioSensitivity(levels, 2, 'enamel');
    expect(s[0]).toBe(1);
    expect(s[1]).toBeCloseTo(10 / 1990, 15);
    expect(s[2]).toBeCloseTo(100 / 1900, 15);
    expect(s[3]).toBeCloseTo(1, 15);
    // It is the real slope: a ratio 0.1 higher on level 2 lowers its efficiency by 0.1 x s[2].
    const at = (r: number) =>
      levelEfficiencies(
        [
          { weight: 0, cost: 1, refCost: 1 },
          { weight: 3, cost: 10, refCost: 10 },
          { weight: 3, cost: 100 * r, refCost: 100 },
          { weight: 4, cost: 1000, refCost: 1000 },
        ],
        2,
        'enamel',
      )[1]!;
    expect(at(1) - at(1.1)).toBeCloseTo(0.1 * s[2]!, 12);
    // With alpha 3 the default slope is 1/2; the dearest level's relative sensitivity stays 1.
    expect(ratioSensitivity(levels, 3, 'enamel')[3]).toBeCloseTo(1, 15);
  });

  it('falls back on 1 where every reference costs 0 (no slope to aim at)', () => {
    const zero = levels.map((l) => ({ ...l, refCost: 0 }));
    expect(ratioSensitivity(zero, 2, 'enamel')).toEqual([1, 1, 1, 1]);
  });
});
