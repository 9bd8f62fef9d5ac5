// Developer aid: each reference tier's allocation peak (tracemalloc for Python, the V8 heap for
// JavaScript) and RSS peak on every test of the largest level, run natively in the harness's
// memory mode, as the memory pass of `brisk run` measures them, but for every tier, censored or
// not. Usage: node --import tsx scripts/dev-memory-problem.mts <problem-id> [python|javascript]
import { readFileSync } from 'node:fs';
import { buildTests } from '../src/problem/inputs.ts';
import { loadProblem, PACKAGE_ROOT } from '../src/problem/load.ts';
import { DEFAULT_SUITE_SEED } from '../src/problem/rng.ts';
import { detectIsolation } from '../src/sandbox/detect.ts';
import { pythonInterpreter } from '../src/sandbox/interpreter.ts';
import { ProcessExecutor } from '../src/sandbox/process-executor.ts';

const id = process.argv[2];
const language = (process.argv[3] ?? 'python') as 'python' | 'javascript';
if (!id || !['python', 'javascript'].includes(language)) {
  throw new Error('usage: node --import tsx scripts/dev-memory-problem.mts <problem-id> [python|javascript]');
}
const p = await loadProblem(PACKAGE_ROOT, id);
const last = p.spec.levels.length - 1;
const tests = buildTests(p.spec, DEFAULT_SUITE_SEED).filter((t) => t.level === last);
const ex = new ProcessExecutor(await detectIsolation(), await pythonInterpreter());
const mb = (b: number | undefined) => (b === undefined ? '-' : `${(b / 2 ** 20).toFixed(2)} MiB`);
const peaks: Record<string, number> = {};
for (const r of p.references[language] ?? []) {
  const out = await ex.run(
    {
      language,
      returns: p.signature?.returns,
      kind: p.spec.kind,
      entry: p.spec.kind === 'function' ? p.spec.entry[language] : undefined,
      source: readFileSync(r.file, 'utf8'),
      mode: 'memory',
      tests: tests.map((t) => ({ args: t.args, stdin: t.stdin })),
    },
    { callLimitMs: () => 120_000, memoryBytes: 4 * 2 ** 30 },
  );
  if (out.status !== 'completed' || out.tests.some((t) => t.memory === undefined)) {
    console.log(`${r.tier.padEnd(9)} ${out.status} ${out.message ?? ''} ${out.tests.map((t) => t.message ?? '').join(' ')}`);
    continue;
  }
  const peak = Math.max(...out.tests.map((t) => t.memory!.peakBytes));
  const rss = Math.max(...out.tests.map((t) => t.memory!.rssPeakBytes ?? 0));
  peaks[r.tier] = peak;
  console.log(`${r.tier.padEnd(9)} allocation peak ${mb(peak).padStart(12)}   RSS peak ${mb(rss || undefined).padStart(12)}   (${p.spec.levels[last]!.name}, ${tests.length} tests)`);
}
if (peaks.naive !== undefined && peaks.expert) console.log(`naive / expert allocation peak: ${(peaks.naive / peaks.expert).toFixed(1)}x`);
