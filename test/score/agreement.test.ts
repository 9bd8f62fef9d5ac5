import { describe, expect, it } from 'vitest';
import { agreementSummary, type RatioRun } from '../../src/score/agreement.ts';

/** A level's ratio in one pass: [entrant, problem, sample index, level, ratio, passed]. */
type Row = [string, string, number, string, number | undefined, boolean?];

/** A run outcome's shape, built from rows (a missing ratio is a censored level). */
function run(rows: Row[]): RatioRun {
  const entrants = new Map<string, Map<string, Map<number, { index: number; passed: boolean; levels: { name: string; ratio?: number }[] }>>>();
  for (const [e, p, i, level, ratio, passed = true] of rows) {
    const problems = entrants.get(e) ?? new Map();
    entrants.set(e, problems);
    const samples = problems.get(p) ?? new Map();
    problems.set(p, samples);
    const s = samples.get(i) ?? { index: i, passed, levels: [] };
    samples.set(i, s);
    s.levels.push({ name: level, ...(ratio === undefined ? {} : { ratio }) });
  }
  return {
    entrants: [...entrants].map(([name, problems]) => ({ name, problems: [...problems].map(([id, samples]) => ({ id, samples: [...samples.values()] })) })),
  };
}

/** One problem, one entrant, one level per sample: the ratios of each meter, in sample order. */
function oneProblem(instructions: (number | undefined)[], time: (number | undefined)[], id = 'p') {
  return agreementSummary(run(instructions.map((r, i): Row => ['m', id, i, 'small', r])), run(time.map((r, i): Row => ['m', id, i, 'small', r])));
}

describe('agreementSummary', () => {
  it('is Spearman over the pairs: 1 for the same order, -1 for the reverse, 0.8 for two swaps', () => {
    expect(oneProblem([1, 2, 3, 4], [1.1, 2.5, 2.9, 40]).spearman).toBeCloseTo(1, 12);
    expect(oneProblem([1, 2, 3, 4], [4, 3, 2, 1]).spearman).toBeCloseTo(-1, 12);
    // Ranks 1..5 against 2,1,4,3,5: sum d^2 = 4, rho = 1 - 6 * 4 / (5 * 24) = 0.8.
    const swapped = oneProblem([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);
    expect(swapped.spearman).toBeCloseTo(0.8, 12);
    expect(swapped.n).toBe(5);
    expect(swapped.problems).toEqual([{ id: 'p', n: 5, spearman: swapped.spearman, medianGap: expect.any(Number) }]);
  });

  it('gives tied ratios their average rank', () => {
    // Midranks 1.5, 1.5, 3, 4 against 1, 2, 3, 4: rho = 4.5 / sqrt(4.5 * 5) = sqrt(0.9).
    expect(oneProblem([1, 1, 2, 3], [1, 2, 3, 4]).spearman).toBeCloseTo(Math.sqrt(0.9), 12);
  });

  it('has no Spearman when one meter ratios are all equal, or below 3 pairs; n and the gap stay', () => {
    // The expert against itself: every instruction ratio is exactly 1, the times scatter.
    const constant = oneProblem([1, 1, 1, 1], [0.9, 1.05, 1.1, 0.97]);
    expect(constant.n).toBe(4);
    expect(constant.spearman).toBeUndefined();
    expect(constant.problems[0]).not.toHaveProperty('spearman');
    // Gaps 1/0.97, 1.05, 1.1, 1/0.9 in order: the median of their logarithms is halfway from ln 1.05 to ln 1.1.
    expect(constant.medianGap).toBeCloseTo(Math.sqrt(1.05 * 1.1), 12);
    const two = oneProblem([1, 2], [2, 1]);
    expect(two).toMatchObject({ n: 2, medianGap: 2 });
    expect(two.spearman).toBeUndefined();
    // Censored under the count: the problem is listed with no pair, and is no disagreement.
    expect(oneProblem([undefined], [1])).toEqual({ n: 0, unpaired: { instructionsOnly: 0, timeOnly: 1 }, problems: [{ id: 'p', n: 0 }], disagreements: [], pairs: [] });
  });

  it('pairs only levels both passes measured: censored, failed and non-positive ratios are left out and counted', () => {
    const instructions = run([
      ['m', 'p', 0, 'small', 1],
      ['m', 'p', 0, 'medium', 2],
      ['m', 'p', 0, 'large', undefined], // censored under the count
      ['m', 'p', 1, 'small', 3],
      ['m', 'p', 1, 'medium', 4],
      ['m', 'p', 1, 'large', 5],
      ['m', 'p', 2, 'small', 9, false], // failed: a ratio it carries anyway is not one
      ['m', 'p', 3, 'small', 0], // at the noise floor
    ]);
    const time = run([
      ['m', 'p', 0, 'small', 1],
      ['m', 'p', 0, 'medium', 2],
      ['m', 'p', 0, 'large', 7],
      ['m', 'p', 1, 'small', 3],
      ['m', 'p', 1, 'medium', 4],
      ['m', 'p', 1, 'large', undefined], // censored when timed
      ['m', 'p', 2, 'small', 9],
      ['m', 'p', 3, 'small', 0.5],
    ]);
    const a = agreementSummary(instructions, time);
    expect(a.n).toBe(4);
    expect(a.spearman).toBeCloseTo(1, 12);
    expect(a.medianGap).toBe(1);
    expect(a.unpaired).toEqual({ instructionsOnly: 1, timeOnly: 3 });
  });

  it('pairs by entrant, problem, sample index and level name, never by position', () => {
    const instructions = run([
      ['a', 'p', 0, 'small', 1],
      ['a', 'p', 1, 'small', 2],
      ['b', 'p', 0, 'small', 3],
    ]);
    // The same values listed in another order, and an entrant the first pass does not have.
    const time = run([
      ['b', 'p', 0, 'small', 30],
      ['a', 'p', 1, 'small', 20],
      ['a', 'p', 0, 'small', 10],
      ['c', 'p', 0, 'small', 5],
    ]);
    const s = agreementSummary(instructions, time);
    expect(s).toMatchObject({ n: 3, unpaired: { instructionsOnly: 0, timeOnly: 1 } });
    // Listed in the first run's order, each with both ratios.
    expect(s.pairs).toEqual([
      { entrant: 'a', problem: 'p', sample: 0, level: 'small', instructions: 1, time: 10 },
      { entrant: 'a', problem: 'p', sample: 1, level: 'small', instructions: 2, time: 20 },
      { entrant: 'b', problem: 'p', sample: 0, level: 'small', instructions: 3, time: 30 },
    ]);
    expect(s.medianGap).toBeCloseTo(10, 12);
    expect(s.spearman).toBeCloseTo(1, 12);
  });

  it('pools every problem overall and names the worst problems: the larger gap, then the lower Spearman', () => {
    const rows = (id: string, a: number[], b: number[]) => [a.map((r, i): Row => ['m', id, i, 'small', r]), b.map((r, i): Row => ['m', id, i, 'small', r])] as const;
    const problems = [
      rows('agrees', [1, 2, 3], [1, 2, 3]),
      rows('reversed-close', [1, 2, 3], [1.2, 1.1, 1.0]),
      rows('reversed-far', [1, 2, 3], [30, 20, 10]),
      rows('constant', [1, 1, 1], [1, 2, 3]),
      rows('two-pairs', [1, 2], [8, 16]),
      rows('half', [1, 2, 3, 4], [2, 1, 3, 4]),
    ];
    const s = agreementSummary(run(problems.flatMap(([a]) => a)), run(problems.flatMap(([, b]) => b)));
    expect(s.n).toBe(18);
    expect(s.problems.map((p) => [p.id, p.n])).toEqual([
      ['agrees', 3],
      ['reversed-close', 3],
      ['reversed-far', 3],
      ['constant', 3],
      ['two-pairs', 2],
      ['half', 4],
    ]);
    // Gaps: reversed-far 10x, two-pairs 8x, constant 2x, reversed-close 1.82x, half 1.41x, agrees 1x (left out, top 5).
    expect(s.disagreements.map((d) => d.id)).toEqual(['reversed-far', 'two-pairs', 'constant', 'reversed-close', 'half']);
    expect(s.disagreements[0]).toMatchObject({ spearman: -1, n: 3 });
    expect(s.disagreements[0]!.medianGap).toBeCloseTo(10, 12);
    // Its worst pair: sample 0, ratio 1 by count and 30 by time.
    expect(s.disagreements[0]!.worst).toEqual({ entrant: 'm', sample: 0, level: 'small', instructions: 1, time: 30 });
    expect(s.disagreements[3]!.worst).toMatchObject({ sample: 2, instructions: 3, time: 1 });
  });
});
