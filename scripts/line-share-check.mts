// How well `brisk profile`'s modelled line shares track the truth, measured by ablation: the
// instruction count of a candidate minus that of the same candidate with some lines' work
// removed is what those lines cost. Prints, per case, the modelled share of those lines at the
// largest size, the true share, and the plain share of line executions. Python, the instruction meter.
// Run: node --import tsx scripts/line-share-check.mts  (about 3 minutes on a quiet machine)
import { DEFAULT_CONFIG, type EvalConfig } from '../src/evaluate/config.ts';
import { InstructionMeter } from '../src/measure/meter.ts';
import { loadProblem, PACKAGE_ROOT } from '../src/problem/load.ts';
import { SandboxLineTracer } from '../src/profile/line-runner.ts';
import { profileLines } from '../src/profile/line-sweep.ts';
import { runSweep, sweepTests } from '../src/profile/sweep.ts';
import { detectIsolation } from '../src/sandbox/detect.ts';
import { pythonInterpreter } from '../src/sandbox/interpreter.ts';
import { ProcessExecutor } from '../src/sandbox/process-executor.ts';

const CASES = [
  {
    name: 'double loop: the inner test',
    sizes: [40, 80, 160, 320, 640],
    full: 'def count_pairs(nums, target):\n    count = 0\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] + nums[j] == target:\n                count += 1\n    return count\n',
    ablated: 'def count_pairs(nums, target):\n    count = 0\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            pass\n    return count\n',
    lines: [5, 6],
  },
  {
    name: 'two O(n) loops, cheap then dear',
    sizes: [250, 500, 1000, 2000, 4000, 8000],
    full: 'def count_pairs(nums, target):\n    seen = {}\n    for x in nums:\n        seen[x] = seen.get(x, 0) + 1\n    total = 0\n    for x in nums:\n        total += seen.get(target - x, 0) - (1 if 2 * x == target else 0) + ((x * x + 3 * x) % 7) * 0\n    return total // 2\n',
    ablated: 'def count_pairs(nums, target):\n    seen = {}\n    for x in nums:\n        seen[x] = seen.get(x, 0) + 1\n    total = 0\n    for x in nums:\n        pass\n    return total // 2\n',
    lines: [7],
  },
  {
    name: 'a builtin on the whole input (sorted) beside a loop',
    sizes: [250, 500, 1000, 2000, 4000, 8000],
    full: 'def count_pairs(nums, target):\n    a = sorted(nums)\n    i, j, count = 0, len(a) - 1, 0\n    seen = {}\n    for x in nums:\n        count += seen.get(target - x, 0)\n        seen[x] = seen.get(x, 0) + 1\n    return count\n',
    ablated:
      'def count_pairs(nums, target):\n    a = nums\n    i, j, count = 0, len(a) - 1, 0\n    seen = {}\n    for x in nums:\n        count += seen.get(target - x, 0)\n        seen[x] = seen.get(x, 0) + 1\n    return count\n',
    lines: [2],
  },
];

const problem = await loadProblem(PACKAGE_ROOT, 'pair-sum-count');
const isolation = await detectIsolation();
const python = await pythonInterpreter();
const executor = new ProcessExecutor(isolation, python);
const tracer = new SandboxLineTracer(isolation, python);
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1 };
const meter = new InstructionMeter();
const pct = (x: number | undefined) => (x === undefined ? '-' : `${(x * 100).toFixed(1)}%`);
console.log('| case | lines | modelled share | true share | share of executions | model fit error | holdout error |');
console.log('|---|---|---|---|---|---|---|');
for (const c of CASES) {
  const sweep = sweepTests(problem, c.sizes, cfg.suiteSeed);
  const full = await runSweep({ executor: executor, meter: meter, cfg }, problem, sweep, c.full, 'python', { factor: 1 });
  const ablated = await runSweep({ executor: executor, meter: meter, cfg }, problem, sweep, c.ablated, 'python', { factor: 1 });
  const p = await profileLines(problem, sweep, full, c.full, 'python', tracer, { memoryBytes: cfg.memoryBytes, unit: 'instructions' });
  if (full.failure || ablated.failure || !p?.attribution) throw new Error(`${c.name}: ${full.failure ?? ablated.failure ?? p?.failure ?? 'no attribution'}`);
  const n = p.attribution.n;
  const k = c.sizes.indexOf(n);
  const truth = 1 - ablated.points[k]!.cost! / full.points[k]!.cost!;
  const rows = p.lines.filter((r) => c.lines.includes(r.line));
  const modelled = rows.every((r) => r.share === undefined) ? undefined : rows.reduce((s, r) => s + (r.share ?? 0), 0);
  const executions = rows.reduce((s, r) => s + (r.executionShare ?? 0), 0);
  console.log(`| ${c.name} (n=${n}) | ${c.lines.join(', ')} | ${pct(modelled)} | ${pct(truth)} | ${pct(executions)} | ${pct(p.attribution.fitError)} | ${pct(p.attribution.holdoutError)} |`);
}
