// Synthetic candidates of known class, swept with the instruction meter, are classified right.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { InstructionMeter } from '../../src/measure/meter.ts';
import { loadProblem, PACKAGE_ROOT, type Problem } from '../../src/problem/load.ts';
import { fitComplexity } from '../../src/profile/fit.ts';
import { runSweep, sweepTests } from '../../src/profile/sweep.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { realExecutor } from '../support/real.ts';

// A toy suite: sum of a list, where size is the list length.
function toySuite(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-toy-'));
  mkdirSync(path.join(dir, 'problems', 'toy-sum'), { recursive: true });
  writeFileSync(
    path.join(dir, 'problems', 'toy-sum', 'problem.ts'),
    `import { defineProblem, enamelLevels } from ${JSON.stringify(path.join(PACKAGE_ROOT, 'src/problem/spec.ts'))};
export default defineProblem({
  id: 'toy-sum', title: 'Toy sum', category: 'algorithm', kind: 'function',
  statement: 'Return the sum of the integers in xs (0 for an empty list).',
  signature: { params: [{ name: 'xs', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'total', javascript: 'total' },
  cases: [{ args: [[1, 2, 3]], expected: 6 }],
  levels: enamelLevels([4, 10, 20, 40]),
  generate: (rng, size) => [rng.ints(size, 0, 9)],
});
`,
  );
  return dir;
}

const CANDIDATES: Record<string, string> = {
  'O(n)': 'def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n',
  // A merge sort written in Python, so the log factor is in interpreted steps, then a sum.
  'O(n log n)': [
    'def total(xs):',
    '    a = list(xs)',
    '    width = 1',
    '    while width < len(a):',
    '        out = []',
    '        for lo in range(0, len(a), 2 * width):',
    '            left, right = a[lo:lo + width], a[lo + width:lo + 2 * width]',
    '            i = j = 0',
    '            while i < len(left) and j < len(right):',
    '                if left[i] <= right[j]:',
    '                    out.append(left[i]); i += 1',
    '                else:',
    '                    out.append(right[j]); j += 1',
    '            out.extend(left[i:]); out.extend(right[j:])',
    '        a = out',
    '        width *= 2',
    '    return sum(a)',
    '',
  ].join('\n'),
  'O(n^2)': 'def total(xs):\n    s = 0\n    for i in range(len(xs)):\n        for j in range(len(xs)):\n            if i == j:\n                s += xs[j]\n    return s\n',
  'O(2^n)': 'def total(xs):\n    def go(i):\n        if i == len(xs):\n            return 0\n        return (go(i + 1) + go(i + 1)) // 2 + xs[i]\n    return go(0)\n',
};

describe('complexity classes from an instruction sweep', () => {
  let problem: Problem;
  let executor: ProcessExecutor;
  const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1 };
  beforeAll(async () => {
    problem = await loadProblem(toySuite(), 'toy-sum');
    executor = await realExecutor();
  });

  it.each(Object.keys(CANDIDATES))(
    '%s',
    async (cls) => {
      const sizes = cls === 'O(2^n)' ? [3, 5, 7, 9, 11, 13, 15, 17] : [250, 500, 1000, 2000, 4000, 8000, 16000, 32000].map((n) => (cls === 'O(n^2)' ? n / 50 : n));
      const sweep = sweepTests(problem, sizes, 1);
      const run = await runSweep(problem, sweep, CANDIDATES[cls]!, 'python', executor, new InstructionMeter(), cfg, { factor: 1 });
      expect(run.failure).toBeUndefined();
      const costs = run.points.map((p) => p.cost!);
      const fit = fitComplexity(sizes, costs);
      expect(fit.best.name).toBe(cls);
      // Deterministic: the same counts give the same fit.
      expect(fitComplexity(sizes, costs)).toEqual(fit);
    },
    300_000,
  );
});
