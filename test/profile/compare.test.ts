// Two versions side by side: lines matched by content, per-level ratios with intervals, and
// the lines whose growth changed.
import { describe, expect, it } from 'vitest';
import type { SampleResult } from '../../src/evaluate/candidate.ts';
import type { TestCase } from '../../src/problem/inputs.ts';
import { enamelLevels } from '../../src/problem/spec.ts';
import { changedLines, compareVersions, levelRatio } from '../../src/profile/compare.ts';
import { matchLines } from '../../src/profile/line-diff.ts';
import type { LineProfile } from '../../src/profile/lines.ts';

const cfg = { bootstrapSeed: 7, bootstrapResamples: 2000 };

describe('matching lines by content', () => {
  it('keeps identity across inserted, removed and re-indented lines', () => {
    const a = 'def f(xs):\n    s = 0\n    for x in xs:\n        for y in xs:\n            s += x * y\n    return s';
    const b = 'def f(xs):\n  s = 0\n  t = sum(xs)\n  for x in xs:\n    s += x * t\n  return s';
    expect(matchLines(a, b)).toEqual([{ a: 1, b: 1 }, { a: 2, b: 2 }, { b: 3 }, { a: 3, b: 4 }, { a: 4 }, { a: 5 }, { b: 5 }, { a: 6, b: 6 }]);
  });

  it('matches identical sources one to one', () => {
    const s = 'a\nb\nc';
    expect(matchLines(s, s)).toEqual([1, 2, 3].map((k) => ({ a: k, b: k })));
  });
});

describe('per-level ratio', () => {
  it('is the ratio of level costs (max over tests), with a seeded interval around it', () => {
    const r = levelRatio('large', [100, 200, 150, 120], [10, 30, 12, 11], cfg);
    expect(r.ratio).toBeCloseTo(30 / 200, 12);
    expect(r.low!).toBeLessThanOrEqual(r.ratio!);
    expect(r.high!).toBeGreaterThanOrEqual(r.ratio!);
    expect(levelRatio('large', [100, 200, 150, 120], [10, 30, 12, 11], cfg)).toEqual(r);
    // Costs in a constant proportion leave no doubt.
    const exact = levelRatio('small', [1, 2, 3, 4], [2, 4, 6, 8], cfg);
    expect([exact.low, exact.ratio, exact.high]).toEqual([2, 2, 2]);
  });

  it('has no ratio when a test was not measured (censored)', () => {
    expect(levelRatio('large', [1, 2], [1, undefined], cfg)).toEqual({ name: 'large' });
  });
});

describe('comparing two versions', () => {
  const levels = enamelLevels([1, 2, 3, 4]);
  const tests = levels.flatMap((l, li) => [0, 1].map((c) => ({ id: `${l.name}-${c}`, level: li, args: [] }) as TestCase));
  const passed: SampleResult = { status: 'passed', passed: true, score: 1, levels: [], wallMs: 0 };
  const profile = (rows: [number, string][]): LineProfile => ({ sizes: [10], lines: rows.map(([line, growth]) => ({ line, text: '', counts: [1], growth })) });
  const a = {
    source: 'def f(xs):\n    for x in xs:\n        for y in xs:\n            g(x, y)\n    return 0',
    lines: profile([
      [2, 'O(n)'],
      [3, 'O(n^2)'],
      [4, 'O(n^2)'],
      [5, 'O(1)'],
    ]),
    fit: undefined,
  };
  const b = {
    source: 'def f(xs):\n    for x in xs:\n        g(x, x)\n    return 0',
    lines: profile([
      [2, 'O(n)'],
      [3, 'O(n)'],
      [4, 'O(1)'],
    ]),
    fit: undefined,
  };
  const cmp = compareVersions({
    labels: ['a.py', 'b.py'],
    tests,
    levels,
    a: { result: passed, costs: tests.map((t) => 100 * (t.level + 1) ** 2), curve: a },
    b: { result: passed, costs: tests.map((t) => 10 * (t.level + 1)), curve: b },
    cfg,
  });

  it('names the lines that changed growth, or ran in one version only', () => {
    expect(changedLines(cmp.lines).map((l) => [l.a, l.b, l.change])).toEqual([
      [3, undefined, 'removed'],
      [4, undefined, 'removed'],
      [undefined, 3, 'added'],
    ]);
    expect(cmp.lines.find((l) => l.a === 2)).toMatchObject({ b: 2, change: 'same', growthA: 'O(n)', growthB: 'O(n)' });
    expect(cmp.verdict).toMatch(/a\.py:3 \(O\(n\^2\)\) removed/);
  });

  it('gives each scored level the cost ratio of b to a', () => {
    expect(cmp.levels.map((l) => [l.name, l.ratio])).toEqual([
      ['small', 20 / 400],
      ['medium', 30 / 900],
      ['large', 40 / 1600],
    ]);
    expect(cmp.verdict).toMatch(/^b\.py costs 0\.025x what a\.py costs on the large level/);
  });
});
