// Shared test fixtures: a toy problem spec, its measured reference, and a plain correct
// pair-sum-count candidate.
import type { ProblemReference } from '../../src/evaluate/reference.ts';
import { buildTests, parseSignature, type TestCase } from '../../src/problem/inputs.ts';
import type { Rng } from '../../src/problem/rng.ts';
import { enamelLevels, ProblemSpecSchema, type ProblemSpec } from '../../src/problem/spec.ts';

/** Sum of a list; overrides replace any field. */
export function toySpec(overrides: Partial<Record<string, unknown>> = {}): ProblemSpec {
  return ProblemSpecSchema.parse({
    id: 'toy',
    title: 'Toy',
    category: 'algorithm',
    kind: 'function',
    statement: 'Return the sum of the list; the list may be empty.',
    signature: { params: [{ name: 'xs', type: 'list[int]' }], returns: 'int' },
    entry: { python: 'f', javascript: 'f' },
    cases: [{ args: [[1, 2]], expected: 3 }],
    levels: enamelLevels([3, 10, 20, 30]),
    generate: (rng: Rng, size: number) => [rng.ints(size, -5, 5)],
    ...overrides,
  });
}

/**
 * The toy problem with one correctness case and `cases` tests on each scored level, and an
 * expert reference of it that costs 100 per small test, 1000 per medium and 10000 per large.
 */
export function toyReference(cases: number): { tests: TestCase[]; ref: ProblemReference } {
  const spec = toySpec({
    levels: [
      { name: 'correctness', weight: 0, cases: 1, size: 2 },
      ...enamelLevels([0, 10, 20, 30])
        .slice(1)
        .map((l) => ({ ...l, cases })),
    ],
  });
  const tests = buildTests(spec, 1);
  const ref: ProblemReference = {
    problem: { spec, signature: parseSignature(spec), references: {} },
    language: 'python',
    tests,
    digest: 'x',
    tier: 'expert',
    expected: tests.map(() => 0),
    refNs: tests.map(() => 1_000_000),
    refCost: new Map(tests.flatMap((t, i) => (t.level > 0 ? [[i, 10 ** (t.level + 1)] as [number, number]] : []))),
  };
  return { tests, ref };
}

/** A correct, one-pass pair-sum-count in Python (the standard tier's algorithm). */
export const PAIR_SUM_PLAIN = `
def count_pairs(nums, target):
    seen = {}
    c = 0
    for x in nums:
        c += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return c
`;
