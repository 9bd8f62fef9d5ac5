// The real sandbox, interpreter and bundled problems, for integration tests.
import { loadProblem, PACKAGE_ROOT, type Problem } from '../../src/problem/load.ts';
import { detectIsolation } from '../../src/sandbox/detect.ts';
import { pythonInterpreter } from '../../src/sandbox/interpreter.ts';
import { ProcessExecutor } from '../../src/sandbox/process-executor.ts';

export async function realExecutor(): Promise<ProcessExecutor> {
  return new ProcessExecutor(await detectIsolation(), await pythonInterpreter());
}

export function bundled(id: string): Promise<Problem> {
  return loadProblem(PACKAGE_ROOT, id);
}
