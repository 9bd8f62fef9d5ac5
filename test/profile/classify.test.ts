// Synthetic candidates of known class, swept with the instruction meter, are classified right.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { InstructionMeter } from '../../src/measure/meter.ts';
import { loadProblem, type Problem } from '../../src/problem/load.ts';
import { fitComplexity } from '../../src/profile/fit.ts';
import { runSweep, sweepTests } from '../../src/profile/sweep.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { realExecutor } from '../support/real.ts';
import { TOY_CANDIDATES as CANDIDATES, toySuite } from '../support/toy-suite.ts';

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
      const run = await runSweep({ executor: executor, meter: new InstructionMeter(), cfg }, problem, sweep, CANDIDATES[cls]!, 'python', { factor: 1 });
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
