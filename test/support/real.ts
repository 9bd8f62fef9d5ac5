// The real sandbox, interpreter and bundled problems, for integration tests.
import { loadProblem, PACKAGE_ROOT, type Problem } from '../../src/problem/load.ts';
import { detectIsolation } from '../../src/sandbox/detect.ts';
import { pythonInterpreter } from '../../src/sandbox/interpreter.ts';
import { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import type { EvalConfig } from '../../src/evaluate/config.ts';
import { measureReference, type ProblemReference } from '../../src/evaluate/reference.ts';
import type { Meter } from '../../src/measure/meter.ts';

export async function realExecutor(): Promise<ProcessExecutor> {
  return new ProcessExecutor(await detectIsolation(), await pythonInterpreter());
}

export function bundled(id: string): Promise<Problem> {
  return loadProblem(PACKAGE_ROOT, id);
}

/** pair-sum-count, a real executor, and the problem's Python reference measured with this meter. */
export async function measuredPairSum(meter: Meter, cfg: EvalConfig): Promise<{ problem: Problem; executor: ProcessExecutor; ref: ProblemReference }> {
  const problem = await bundled('pair-sum-count');
  const executor = await realExecutor();
  return { problem, executor, ref: await measureReference({ executor, meter, cfg }, problem) };
}
