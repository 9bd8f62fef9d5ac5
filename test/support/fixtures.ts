// Shared test fixtures: a toy problem spec and a plain correct pair-sum-count candidate.
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
