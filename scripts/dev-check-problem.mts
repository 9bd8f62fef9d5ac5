// Developer aid while writing a problem: runs every Python tier natively on every test, checks
// that all agree with the expert and the hand-written cases, prints per-level time ratios and
// the expert's instruction count on the largest level. `npx brisk problems check` is the full check.
import { readFileSync } from 'node:fs';
import { canonical } from '../src/problem/codec.ts';
import { buildTests } from '../src/problem/inputs.ts';
import { loadProblem, PACKAGE_ROOT } from '../src/problem/load.ts';
import { DEFAULT_SUITE_SEED } from '../src/problem/rng.ts';
import { detectIsolation } from '../src/sandbox/detect.ts';
import { pythonInterpreter } from '../src/sandbox/interpreter.ts';
import { ProcessExecutor } from '../src/sandbox/process-executor.ts';

const id = process.argv[2];
const language = (process.argv[3] ?? 'python') as 'python' | 'javascript';
if (!id || !['python', 'javascript'].includes(language)) {
  throw new Error('usage: node --import tsx scripts/dev-check-problem.mts <problem-id> [python|javascript]');
}
const p = await loadProblem(PACKAGE_ROOT, id);
const tests = buildTests(p.spec, DEFAULT_SUITE_SEED);
const ex = new ProcessExecutor(await detectIsolation(), await pythonInterpreter());
const refs = p.references[language] ?? [];
const entry = p.spec.kind === 'function' ? p.spec.entry[language] : undefined;
const job = (source: string, mode: 'native' | 'callgrind', idx: number[], lang: 'python' | 'javascript' = language) => ({
  language: lang,
  returns: p.signature?.returns,
  kind: p.spec.kind,
  entry: p.spec.kind === 'function' ? p.spec.entry[lang] : undefined,
  source,
  mode,
  tests: idx.map((i) => ({ args: tests[i]!.args, stdin: tests[i]!.stdin })),
});
void entry;
// Other languages must reproduce the Python expert's outputs.
if (language !== 'python') {
  const py = p.references.python?.at(-1);
  if (!py) throw new Error('write the Python tiers first: the Python expert defines the expected outputs');
  const out = await ex.run(
    job(
      readFileSync(py.file, 'utf8'),
      'native',
      tests.map((_, i) => i),
      'python',
    ),
    { callLimitMs: () => 60_000, memoryBytes: 4 * 2 ** 30 },
  );
  out.tests.forEach((t, i) => {
    if (t.output !== undefined) tests[i]!.expected = t.output;
  });
}
const all = tests.map((_, i) => i);
const outputs: Record<string, string[]> = {};
const levelTimes: Record<string, number[]> = {};
for (const r of [...refs].reverse()) {
  const out = await ex.run(job(readFileSync(r.file, 'utf8'), 'native', all), { callLimitMs: () => 60_000, memoryBytes: 4 * 2 ** 30 });
  if (out.status !== 'completed') console.log(`${r.tier}: ${out.status} ${out.message}`);
  outputs[r.tier] = out.tests.map((t) => (t.output === undefined ? `<${t.status} ${t.message ?? ''}>` : typeof t.output === 'string' ? t.output : canonical(t.output)));
  levelTimes[r.tier] = p.spec.levels.map((_, li) => Math.max(0, ...out.tests.filter((_, i) => tests[i]!.level === li).map((t) => t.firstNs ?? Infinity)));
}
let ok = true;
tests.forEach((t, i) => {
  const exp = outputs.expert![i]!;
  if (t.expected !== undefined) {
    const want = typeof t.expected === 'string' ? t.expected : canonical(t.expected);
    if ((typeof t.expected === 'string' ? exp.trimEnd() : exp) !== (typeof t.expected === 'string' ? want.trimEnd() : want)) {
      ok = false;
      console.log(`${t.id}: expert gives ${exp.slice(0, 100)}, the case expects ${want.slice(0, 100)}`);
    }
  }
  for (const r of refs)
    if (outputs[r.tier]![i] !== exp) {
      ok = false;
      console.log(`${t.id}: ${r.tier} gives ${outputs[r.tier]![i]!.slice(0, 100)}, expert ${exp.slice(0, 100)}`);
    }
});
console.log(ok ? 'all tiers agree on every test' : 'DISAGREEMENT');
for (const r of refs)
  console.log(
    r.tier.padEnd(9),
    p.spec.levels.map((l, li) => `${l.name} ${(levelTimes[r.tier]![li]! / 1e6).toFixed(2)}ms x${(levelTimes[r.tier]![li]! / levelTimes.expert![li]!).toFixed(1)}`).join('  '),
  );
// Instructions for standard and expert on the scored levels (naive would take too long here).
const scored = all.filter((i) => tests[i]!.level > 0);
const counts: Record<string, number[]> = {};
for (const r of refs.filter((x) => x.tier !== 'naive')) {
  const cg = await ex.run(job(readFileSync(r.file, 'utf8'), 'callgrind', [0, ...scored]), { callLimitMs: () => 600_000, memoryBytes: 0 });
  counts[r.tier] = p.spec.levels.map((_, li) =>
    Math.max(
      0,
      ...cg.tests
        .slice(1)
        .filter((_, k) => tests[scored[k]!]!.level === li)
        .map((t) => t.instructions ?? Infinity),
    ),
  );
}
for (const tier of Object.keys(counts)) {
  console.log(
    `${tier} instructions:`.padEnd(24),
    p.spec.levels
      .slice(1)
      .map((l, k) => `${l.name} ${counts[tier]![k + 1]!.toExponential(2)} x${(counts[tier]![k + 1]! / counts.expert![k + 1]!).toFixed(2)}`)
      .join('  '),
  );
}
