// Do JavaScript instruction counts repeat between processes? Counts one candidate on every test
// of a problem in N separate counted (valgrind) processes and prints each test's counts, marking any
// that differ. Usage: node --import tsx scripts/js-count-repeat.mts [problem-id] [runs] [file.js]
// (default: pair-sum-count, 3 runs, the problem's JavaScript expert).
import { readFileSync } from 'node:fs';
import { buildTests } from '../src/problem/inputs.ts';
import { loadProblem, PACKAGE_ROOT } from '../src/problem/load.ts';
import { DEFAULT_SUITE_SEED } from '../src/problem/rng.ts';
import { detectIsolation } from '../src/sandbox/detect.ts';
import { pythonInterpreter } from '../src/sandbox/interpreter.ts';
import { ProcessExecutor } from '../src/sandbox/process-executor.ts';

const [id = 'pair-sum-count', runsArg = '3', file] = process.argv.slice(2);
const p = await loadProblem(PACKAGE_ROOT, id);
if (p.spec.kind !== 'function') throw new Error(`${id}: only function problems`);
const source = readFileSync(file ?? p.references.javascript!.at(-1)!.file, 'utf8');
const tests = buildTests(p.spec, DEFAULT_SUITE_SEED);
const executor = new ProcessExecutor(await detectIsolation(), await pythonInterpreter());
const job = {
  language: 'javascript' as const,
  returns: p.signature?.returns,
  kind: 'function' as const,
  entry: p.spec.entry.javascript,
  source,
  mode: 'callgrind' as const,
  tests: tests.map((t) => ({ args: t.args })),
};
const runs: (number | undefined)[][] = [];
for (let r = 0; r < Number(runsArg); r++) {
  const out = await executor.run(job, { callLimitMs: () => 120_000, memoryBytes: 2 ** 31 });
  if (out.status !== 'completed') throw new Error(`run ${r + 1}: ${out.status} ${out.message ?? ''}`);
  runs.push(out.tests.map((t) => t.instructions));
}
let differing = 0;
tests.forEach((t, i) => {
  const counts = runs.map((r) => r[i]);
  const same = new Set(counts).size === 1;
  if (!same) differing++;
  console.log(`${t.id.padEnd(16)} ${counts.join(' ')}${same ? '' : '  DIFFERS'}`);
});
console.log(`${differing} of ${tests.length} tests differ between ${runs.length} processes`);
