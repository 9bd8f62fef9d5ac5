// The cost model behind per-line shares, on synthetic calls whose true costs are known.
import { describe, expect, it } from 'vitest';
import { fitCostModel, nnls, type TracedCall } from '../../src/profile/attribute.ts';
import { lineProfile, opcodeWeights } from '../../src/profile/lines.ts';

const sizes = [16, 32, 64, 128, 256, 512];

describe('non-negative least squares', () => {
  it('recovers non-negative coefficients exactly', () => {
    const a = [
      [1, 2, 0],
      [1, 3, 1],
      [1, 5, 4],
      [1, 7, 9],
      [1, 11, 2],
    ];
    const x = [3, 0.5, 2];
    expect(
      nnls(
        a,
        a.map((r) => r.reduce((s, v, j) => s + v * x[j]!, 0)),
      ).map((v) => +v.toFixed(9)),
    ).toEqual(x);
  });

  it('clamps at zero where the unconstrained solution goes negative', () => {
    // b = 2 * col0 - 1 * col1: the best non-negative fit drops col1.
    const a = [
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
    ];
    const x = nnls(
      a,
      a.map((r) => 2 * r[0]! - r[1]!),
    );
    expect(x[1]).toBe(0);
    expect(x[0]).toBeGreaterThan(0);
  });
});

describe('the per-class cost model', () => {
  // cost = 500 fixed + 7 per O(n) execution + 3 per O(n^2) execution.
  const calls: TracedCall[] = sizes.flatMap((n) =>
    [0, 1].map(() => ({
      n,
      byClass: new Map([
        ['O(1)', 2],
        ['O(n)', n + 1],
        ['O(n^2)', n * n],
      ]),
      cost: 500 + 7 * (n + 1) + 3 * n * n,
    })),
  );

  it('recovers the costs per execution, and predicts the largest size from the smaller ones', () => {
    const m = fitCostModel(calls)!;
    expect(m.perUnit['O(n)']).toBeCloseTo(7, 6);
    expect(m.perUnit['O(n^2)']).toBeCloseTo(3, 6);
    expect(m.fixed).toBeCloseTo(500, 3);
    expect(m.fitError).toBeLessThan(1e-9);
    expect(m.holdoutError!).toBeLessThan(1e-9);
  });

  it('gives no model with fewer calls than it has unknowns', () => {
    expect(fitCostModel(calls.slice(0, 3))).toBeUndefined();
  });
});

describe('line profiles from counts', () => {
  // A double loop: line 2 runs n + 1 times, line 3 n^2 times, line 4 n times; line 1 once.
  const source = 'def f(xs):\n    for i in xs:\n        for j in xs:\n            pass\n    return 0\n';
  const traced = sizes.flatMap((n) => [
    {
      n,
      counts: [
        [2, n + 1],
        [3, n * (n + 1)],
        [4, n * n],
        [5, 1],
      ] as [number, number][],
      cost: 1000 + 40 * (n + 1) + 25 * n * (n + 1) + 25 * n * n,
    },
  ]);
  const p = lineProfile(source, 'python', sizes, traced, 'instructions');

  it('fits each line its own class and names the fastest-growing line', () => {
    expect(p.lines.map((r) => [r.line, r.growth])).toEqual([
      [2, 'O(n)'],
      [3, 'O(n^2)'],
      [4, 'O(n^2)'],
      [5, 'O(1)'],
    ]);
    expect(p.hot).toMatchObject({ line: 3, growth: 'O(n^2)', n: 512, count: 512 * 513 });
  });

  it('shares and the fixed part add up to 1; O(1) lines have no share of their own', () => {
    const sum = p.lines.reduce((s, r) => s + (r.share ?? 0), 0) + p.attribution!.fixedShare;
    expect(sum).toBeCloseTo(1, 9);
    expect(p.lines.find((r) => r.line === 5)!.share).toBeUndefined();
    expect(p.attribution!.n).toBe(512);
    // Lines 3 and 4 share one cost per execution (one class): their shares follow their counts.
    const [l3, l4] = [3, 4].map((l) => p.lines.find((r) => r.line === l)!.share!);
    expect(l3! / l4!).toBeCloseTo(513 / 512, 9);
  });

  it('with bytecode weights, shares within a class follow executions x weight', () => {
    const weights = opcodeWeights(
      [
        [3, 10],
        [4, 8],
        [2, 5],
      ],
      [
        [3, 20],
        [4, 48],
        [2, 10],
      ],
    );
    expect([...weights]).toEqual([
      [3, 2],
      [4, 6],
      [2, 2],
    ]);
    const w = lineProfile(source, 'python', sizes, traced, 'instructions', undefined, weights);
    expect(w.attribution!.workUnit).toBe('bytecode instruction');
    const [l3, l4] = [3, 4].map((l) => w.lines.find((r) => r.line === l)!.share!);
    expect(l4! / l3!).toBeCloseTo((6 * 512) / (2 * 513), 9);
    // Line 5 did not run on the weighed call: it gets the mean weight.
    expect(w.lines.find((r) => r.line === 5)!.weight).toBeCloseTo(10 / 3, 12);
    expect(p.attribution!.workUnit).toBe('line execution');
  });

  it('uses only sizes whose every case was traced', () => {
    // Two cases per size, but only one of the two at n=1024 (the tracer stopped there).
    const partial = [...traced, ...traced, { n: 1024, counts: [[3, 1]] as [number, number][] }];
    const q = lineProfile(source, 'python', [...sizes, 1024], partial, 'instructions');
    expect(q.lines.find((r) => r.line === 3)!.counts.slice(-2)).toEqual([512 * 513, null]);
    expect(q.hot!.n).toBe(512);
  });

  it('keeps JavaScript lines that hold code, not closing brackets', () => {
    const js = 'function f(xs) {\n  for (const x of xs) {\n    g(x);\n  }\n} // end\n';
    const t = sizes.map((n) => ({
      n,
      counts: [
        [1, 1],
        [2, n],
        [3, n],
        [4, n],
        [5, 1],
      ] as [number, number][],
    }));
    expect(lineProfile(js, 'javascript', sizes, t, 'instructions').lines.map((r) => r.line)).toEqual([1, 2, 3]);
  });
});
